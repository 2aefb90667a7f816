import { useEffect } from 'react';
import type { UnitDetail } from '../../../shared/api/units.ts';
import { unitLevelLabels } from '../../../shared/domain.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { Link } from '../../lib/router.tsx';
import { useCan } from '../../lib/session.ts';
import { useApi } from '../../lib/use-api.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { Loading } from '../../lib/ui/loading.tsx';
import { UnitHistory } from './unit-history.tsx';
import { unitPath } from './unit-links.ts';
import { fetchUnit, unitUrl } from './units.api.ts';
import { unitsText } from './units.i18n.ts';

type Props = { code: string; onLoaded: (unit: UnitDetail) => void };

/** One unit: where it sits (breadcrumb), what it is, and what it was formed from or became. */
export function UnitDetailPanel({ code, onLoaded }: Props) {
  const { data: unit, error, isLoading, reload } = useApi(unitUrl(code), (signal) => fetchUnit(code, signal));
  useEffect(() => {
    if (unit) onLoaded(unit);
  }, [unit, onLoaded]);
  usePageTitle(unit?.fullName ?? '');
  if (isLoading && !unit) return <Loading />;
  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  if (!unit) return null;
  return <UnitFacts unit={unit} />;
}

function UnitFacts({ unit }: { unit: UnitDetail }) {
  const text = useText(unitsText);
  const { lang } = useLang();
  const canSeeUsers = useCan('users:read');
  return (
    <article className="unit-detail" aria-labelledby="unit-detail-title">
      {unit.ancestors.length > 0 && (
        <nav aria-label={text.breadcrumb}>
          <ol className="breadcrumb">
            {unit.ancestors.map((ancestor) => (
              <li key={ancestor.code}>
                <Link to={unitPath(ancestor.code)}>{ancestor.fullName}</Link>
              </li>
            ))}
            <li aria-current="page">{unit.fullName}</li>
          </ol>
        </nav>
      )}
      <h2 id="unit-detail-title" className="unit-detail__title">
        {unit.fullName}
      </h2>
      <dl className="facts">
        <dt>{text.code}</dt>
        <dd>{unit.code}</dd>
        <dt>{text.level}</dt>
        <dd>{unitLevelLabels[unit.level][lang]}</dd>
        <dt>{text.type}</dt>
        <dd>{unit.type}</dd>
        <dt>{text.validFrom}</dt>
        <dd>{formatDate(unit.validFrom, lang)}</dd>
        <dt>{text.validTo}</dt>
        <dd>{unit.validTo ? formatDate(unit.validTo, lang) : text.stillActive}</dd>
        <dt>{text.children}</dt>
        <dd>{formatNumber(unit.childCount, lang)}</dd>
        <dt>{text.standingOffice}</dt>
        <dd>{unit.isStandingOffice ? text.yes : text.no}</dd>
      </dl>
      {canSeeUsers && (
        <p>
          <Link to={`/users?unit=${encodeURIComponent(unit.code)}`}>{text.usersOfUnit}</Link>
        </p>
      )}
      <UnitHistory unit={unit} />
    </article>
  );
}
