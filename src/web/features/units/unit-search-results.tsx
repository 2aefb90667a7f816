import { unitLevelLabels } from '../../../shared/domain.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { formatNumber } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { useApi } from '../../lib/use-api.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { Loading } from '../../lib/ui/loading.tsx';
import { Pager } from '../../lib/ui/pager.tsx';
import { fetchUnits, unitListUrl, type UnitListQuery } from './units.api.ts';
import { unitPath } from './unit-links.ts';
import { unitsText } from './units.i18n.ts';

type Props = { query: UnitListQuery; selectedCode: string | undefined; onPage: (offset: number) => void };

/** Search results as links; the count is announced politely as the user types. */
export function UnitSearchResults({ query, selectedCode, onPage }: Props) {
  const text = useText(unitsText);
  const { lang } = useLang();
  const { data, error, isLoading, reload } = useApi(unitListUrl(query), (signal) => fetchUnits(query, signal));
  return (
    <div className="search-results">
      <p className="search-results__count" role="status">
        {data && (data.total === 0 ? text.noResults : text.results(formatNumber(data.total, lang)))}
      </p>
      {isLoading && !data && <Loading />}
      <ErrorAlert error={error} onRetry={reload} />
      {data && data.items.length > 0 && (
        <ul className="result-list">
          {data.items.map((unit) => (
            <li key={unit.code}>
              <Link
                to={unitPath(unit.code)}
                className="result-list__link"
                aria-current={unit.code === selectedCode ? 'true' : undefined}
              >
                <span className="result-list__name">{unit.fullName}</span>
                <span className="result-list__meta">
                  {unitLevelLabels[unit.level][lang]} · {unit.code}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {data && <Pager offset={query.offset ?? 0} limit={query.limit ?? 20} total={data.total} onChange={onPage} />}
    </div>
  );
}
