import { useEffect, useRef } from 'react';
import { formatDay } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { navigate, useLocation } from '../../lib/router.tsx';
import { useMe } from '../../lib/session.ts';
import { useDebounced } from '../../lib/use-api.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { TextField } from '../../lib/ui/field.tsx';
import { Loading } from '../../lib/ui/loading.tsx';
import { formatClock, isIsoDate, vietnamToday } from './clock.ts';
import { dashboardPath, dashboardPdfPath } from './dashboard-links.ts';
import { dashboardText } from './dashboard.i18n.ts';
import { IndicatorBands } from './indicator-bands.tsx';
import { PillarBars } from './pillar-bars.tsx';
import { RankingSection } from './ranking-section.tsx';
import { RecentReports } from './recent-reports.tsx';
import { TaskFigures } from './task-figures.tsx';
import { TrendChart } from './trend-chart.tsx';
import { UnitCodeField } from '../../lib/ui/unit-code-field.tsx';
import { UnitMap } from './unit-map.tsx';
import { useDashboard } from './use-dashboard.ts';
import { WarningList } from './warning-list.tsx';

/**
 * /dashboard?unit=&asOf=&plan=: the steering committee's first screen. The unit and the date live in the
 * address, so a drill-down from the ranking, the back button and a shared link all show the same figures;
 * the server's change events keep them fresh without a reload.
 */
export function DashboardPage() {
  const text = useText(dashboardText);
  const { lang } = useLang();
  const me = useMe();
  const { search } = useLocation();
  const unitInput = search.get('unit') ?? '';
  const asOfInput = search.get('asOf') ?? '';
  const plan = search.get('plan') || undefined;
  const unit = useDebounced(unitInput.trim(), 400) || me.user.unit.code;
  const asOf = isIsoDate(asOfInput) ? asOfInput : vietnamToday();
  usePageTitle(text.title);
  const { dashboard, trend, live } = useDashboard({ unit, asOf, plan });
  const data = dashboard.data;

  // A drill-down link in the ranking disappears while the next unit loads; rather than leave keyboard
  // focus on <body>, bring it to the line that names the unit shown.
  const scopeLine = useRef<HTMLParagraphElement>(null);
  const shown = useRef(`${unit} ${asOf}`);
  useEffect(() => {
    if (shown.current === `${unit} ${asOf}`) return;
    shown.current = `${unit} ${asOf}`;
    if (document.activeElement === document.body) scopeLine.current?.focus();
  }, [unit, asOf]);

  // The map's colour choice (mapBy) stays when the unit or the date changes.
  const mapBy = search.get('mapBy') || undefined;
  const update = (next: { unit?: string; asOf?: string }) =>
    navigate(dashboardPath({ unit: unitInput, asOf: asOfInput, plan, mapBy, ...next }), { replace: true });

  return (
    <div className="page dash">
      <div className="page__head">
        <div>
          <h1>{text.title}</h1>
          <p className="lead dash-screen-only">{text.intro}</p>
        </div>
        <div className="page__actions dash-screen-only">
          <button type="button" className="button" onClick={() => window.print()} title={text.printHint}>
            <PrinterIcon />
            {text.print}
          </button>
          <a className="button" href={dashboardPdfPath({ unit: data?.unit.code ?? unit, asOf, plan })} download>
            {text.exportPdf}
          </a>
        </div>
      </div>
      <search className="filters dash-controls dash-screen-only" aria-label={text.controls}>
        <UnitCodeField
          label={text.unitCode}
          hint={text.unitCodeHint}
          placeholder={me.user.unit.code}
          value={unitInput}
          onChange={(code) => update({ unit: code })}
        />
        <TextField
          label={text.asOf}
          type="date"
          value={asOf}
          max="2100-12-31"
          onChange={(event) => update({ asOf: event.target.value })}
        />
      </search>
      <div className="dash-status">
        <p className="dash-scope" ref={scopeLine} tabIndex={-1}>
          {data && text.scopeOf(data.unit.fullName, formatDay(data.asOf, lang))}
        </p>
        <p className="dash-updated" role="status">
          {dashboard.loadedAt && text.updatedAt(formatClock(dashboard.loadedAt, lang))}
          {live === 'retrying' && <span className="dash-updated__off"> · {text.liveOff}</span>}
        </p>
      </div>
      {dashboard.isLoading && <Loading />}
      <ErrorAlert error={dashboard.error} onRetry={dashboard.reload} />
      {data && (
        <>
          <section className="dash-section" aria-labelledby="dash-tasks">
            <h2 id="dash-tasks">{text.tasksTitle}</h2>
            <TaskFigures dashboard={data} />
            <div className="dash-pair">
              <div className="card dash-card">
                <h3>{text.trendTitle}</h3>
                <ErrorAlert error={trend.error} onRetry={trend.reload} />
                {trend.data && <TrendChart points={trend.data.points} />}
              </div>
              <div className="card dash-card">
                <h3>{text.byPillarTitle}</h3>
                <PillarBars byPillar={data.byPillar} />
              </div>
            </div>
          </section>
          <section className="dash-section" aria-labelledby="dash-indicators">
            <h2 id="dash-indicators">{text.indicatorsTitle}</h2>
            <IndicatorBands dashboard={data} />
          </section>
          <section className="dash-section" aria-labelledby="dash-warnings">
            <h2 id="dash-warnings">{text.warningsTitle}</h2>
            <WarningList warnings={data.warnings} />
          </section>
          <section className="dash-section" aria-labelledby="dash-ranking">
            <h2 id="dash-ranking">{text.rankingTitle}</h2>
            {/* Draws nothing until an admin has imported the children's boundaries (GeoJSON). */}
            <UnitMap
              unit={data.unit.code}
              ranking={data.ranking}
              asOf={data.asOf}
              plan={plan}
              indicatorPlan={data.plan?.code}
            />
            <RankingSection dashboard={data} plan={plan} />
          </section>
          <section className="dash-section" aria-labelledby="dash-recent">
            <h2 id="dash-recent">{text.recentTitle}</h2>
            <RecentReports reports={data.recentReports} />
          </section>
        </>
      )}
    </div>
  );
}

function PrinterIcon() {
  return (
    <svg className="dash-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M4.5 6V1.75h7V6M4.5 11.5H2.25V6h11.5v5.5H11.5M4.5 9.5h7v4.75h-7Z" />
    </svg>
  );
}
