import { formatDay, formatNumber } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { useApi } from '../../lib/use-api.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { Loading } from '../../lib/ui/loading.tsx';
import { IndicatorFilters, type IndicatorFilterValues } from './indicator-filters.tsx';
import { indicatorPath } from './indicator-links.ts';
import { IndicatorList, type IndicatorRow } from './indicator-list.tsx';
import { IndicatorSummary } from './indicator-summary.tsx';
import { catalogueUrl, fetchCatalogue, fetchIndicatorStats, indicatorStatsUrl } from './indicators.api.ts';
import { indicatorsText } from './indicators.i18n.ts';

type Props = {
  plan: string;
  unit: string;
  asOf: string;
  filters: IndicatorFilterValues;
  onFilter: (next: IndicatorFilterValues) => void;
};

/**
 * The figures and the rows of one plan at one unit. The statistics carry codes, the catalogue carries
 * ids (for links and sparklines) and is joined in by code.
 */
export function IndicatorOverview({ plan, unit, asOf, filters, onFilter }: Props) {
  const text = useText(indicatorsText);
  const { lang } = useLang();
  const query = { plan, unit, asOf };
  const stats = useApi(indicatorStatsUrl(query), (signal) => fetchIndicatorStats(query, signal));
  const catalogue = useApi(catalogueUrl(plan), (signal) => fetchCatalogue(plan, signal));

  if (stats.error || catalogue.error) {
    return (
      <ErrorAlert error={stats.error ?? catalogue.error} onRetry={stats.error ? stats.reload : catalogue.reload} />
    );
  }
  if (!stats.data || !catalogue.data) return <Loading />;
  const data = stats.data;
  const byCode = new Map(catalogue.data.items.map((indicator) => [indicator.code, indicator]));
  const rows: IndicatorRow[] = data.items.map((item) => {
    const indicator = byCode.get(item.code);
    return { ...item, isDerived: Boolean(indicator?.formula) };
  });
  const shown = rows.filter(
    (row) =>
      (!filters.pillar || row.pillar === filters.pillar) &&
      (!filters.tier || row.tier === filters.tier) &&
      (!filters.status || row.status === filters.status),
  );
  const hrefOf = (id: number) => indicatorPath(id, { unit: data.unit.code, plan: data.plan.code });
  return (
    <>
      <p className="ind-of">{text.summaryOf(data.unit.fullName, formatDay(data.asOf, lang))}</p>
      <IndicatorSummary stats={data} />
      <h2 className="ind-list-title">{text.tableCaption}</h2>
      <IndicatorFilters value={filters} onChange={onFilter} />
      <p className="muted" role="status">
        {text.count(formatNumber(shown.length, lang), formatNumber(rows.length, lang))}
      </p>
      {rows.length === 0 ? (
        <p>{text.emptyPlan}</p>
      ) : shown.length === 0 ? (
        <p>{text.empty}</p>
      ) : (
        <IndicatorList rows={shown} unit={data.unit.code} asOf={data.asOf} hrefOf={hrefOf} />
      )}
    </>
  );
}
