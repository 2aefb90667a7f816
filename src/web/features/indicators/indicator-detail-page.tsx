import { useEffect, useRef } from 'react';
import { useText } from '../../lib/i18n.ts';
import { Link, useLocation } from '../../lib/router.tsx';
import { useCan, useMe } from '../../lib/session.ts';
import { useApi } from '../../lib/use-api.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { Loading } from '../../lib/ui/loading.tsx';
import { SampleTag } from './indicator-badges.tsx';
import { IndicatorChart } from './indicator-chart.tsx';
import { indicatorDetailText } from './indicator-detail.i18n.ts';
import { IndicatorFacts, IndicatorFigures } from './indicator-facts.tsx';
import { indicatorsPath } from './indicator-links.ts';
import { fetchValues, valuesUrl } from './indicator-values.api.ts';
import { fetchIndicatorStats, findIndicator, indicatorStatsUrl } from './indicators.api.ts';
import { progressSeries } from './progress-series.ts';
import { ValueEntryForm } from './value-entry-form.tsx';
import { valueEntryText } from './value-entry.i18n.ts';
import { ValueHistory } from './value-history.tsx';

/**
 * /indicators/:id?unit=&plan=: one indicator at one unit. Three requests: the indicator (from its plan's
 * catalogue), the plan's statistics for its progress row, and the unit's history of values.
 */
export function IndicatorDetailPage({ id }: { id: string }) {
  const text = useText(indicatorDetailText);
  const entryText = useText(valueEntryText);
  const me = useMe();
  const canReport = useCan('indicators:report');
  const { search } = useLocation();
  const indicatorId = Number(id);
  const isValidId = Number.isInteger(indicatorId) && indicatorId > 0;
  const unitCode = search.get('unit')?.trim() || me.user.unit.code;
  const planHint = search.get('plan');
  const found = useApi(`indicator ${indicatorId} ${planHint}`, (signal) =>
    findIndicator(indicatorId, planHint, signal),
  );
  const plan = found.data?.plan;
  const statsQuery = plan ? { unit: unitCode, plan: plan.code } : null;
  const stats = useApi(statsQuery && indicatorStatsUrl(statsQuery), (signal) =>
    fetchIndicatorStats(statsQuery!, signal),
  );
  const values = useApi(isValidId ? valuesUrl(indicatorId, unitCode) : null, (signal) =>
    fetchValues(indicatorId, unitCode, signal),
  );
  const indicator = found.data?.indicator;
  const row = stats.data?.items.find((item) => item.code === indicator?.code);
  usePageTitle(indicator ? `${indicator.code} ${indicator.name}` : '');

  // Coming from the table keeps focus within /indicators (see app.tsx); the clicked link is gone now.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const isShown = Boolean(indicator && row && values.data);
  useEffect(() => {
    if (isShown && (document.activeElement === document.body || document.activeElement === null)) {
      headingRef.current?.focus();
    }
  }, [isShown]);

  const error = found.error ?? stats.error ?? values.error;
  const retry = () => [found, stats, values].forEach((state) => state.error && state.reload());
  if (error) return <ErrorAlert error={error} onRetry={retry} />;
  if (!isValidId || found.data === null || (stats.data && !row))
    return <p className="alert alert--error">{text.notFound}</p>;
  if (!indicator || !plan || !stats.data || !row || !values.data) return <Loading />;

  const unit = stats.data.unit;
  const isDerived = indicator.formula !== null;
  const series = progressSeries(row, plan.documentDate, values.data, isDerived);
  const onSent = () => {
    values.reload();
    stats.reload();
  };
  return (
    <article className="page ind-page" aria-labelledby="ind-title">
      <nav aria-label={text.breadcrumb}>
        <ol className="ind-breadcrumb">
          <li>
            <Link to={indicatorsPath({ plan: plan.code, unit: unit.code })}>{text.list}</Link>
          </li>
          <li aria-current="page">{indicator.code}</li>
        </ol>
      </nav>
      <p className="ind-head__code">
        {text.code}: <strong>{indicator.code}</strong> {indicator.isSample && <SampleTag />}
      </p>
      <h1 id="ind-title" ref={headingRef} tabIndex={-1}>
        {indicator.name}
      </h1>
      <div className={canReport && !isDerived ? 'ind-layout' : 'ind-layout ind-layout--single'}>
        <section className="card ind-layout__main" aria-labelledby="ind-figures-title">
          <h2 id="ind-figures-title">{text.figures}</h2>
          <IndicatorFigures row={row} series={series} />
        </section>
        <section className="card ind-layout__main" aria-labelledby="ind-chart-title">
          <h2 id="ind-chart-title">{text.chartTitle}</h2>
          <IndicatorChart code={indicator.code} unitOfMeasure={indicator.unitOfMeasure} series={series} />
        </section>
        {canReport && !isDerived && (
          <section className="card ind-layout__side" aria-labelledby="ind-entry-title">
            <h2 id="ind-entry-title">{entryText.title}</h2>
            <ValueEntryForm indicator={indicator} unit={unit} values={values.data} onSent={onSent} />
          </section>
        )}
        <section className="card ind-layout__wide" aria-labelledby="ind-history-title">
          <h2 id="ind-history-title">{text.historyTitle}</h2>
          <p className="muted">{text.historyNote}</p>
          <ValueHistory values={values.data} unitOfMeasure={indicator.unitOfMeasure} />
        </section>
        <section className="card ind-layout__wide" aria-labelledby="ind-facts-title">
          <h2 id="ind-facts-title">{text.facts}</h2>
          <IndicatorFacts indicator={indicator} plan={plan} unit={`${unit.fullName} (${unit.code})`} />
        </section>
      </div>
    </article>
  );
}
