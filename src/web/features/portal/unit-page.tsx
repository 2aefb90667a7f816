import { formatDay } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { Link } from '../../lib/router.tsx';
import { useApi } from '../../lib/use-api.ts';
import { IndicatorCard } from './indicator-card.tsx';
import { fetchUnit, portalPaths, unitUrl } from './portal.api.ts';
import { portalText } from './portal.i18n.ts';
import { PortalState } from './portal-state.tsx';
import { TaskFigures } from './task-figures.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';

/** /portal/units/:code: what one unit has published. */
export function UnitPage({ code }: { code: string }) {
  const text = useText(portalText);
  const { lang } = useLang();
  const state = useApi(unitUrl(code), (signal) => fetchUnit(code, signal));
  usePageTitle(state.data?.unit.fullName ?? code);
  return (
    <PortalState state={state}>
      {({ unit, asOf, tasks, plans }) => (
        <>
          <h1>{unit.fullName}</h1>
          {unit.parent && (
            <p className="portal-lead">
              {text.parentLabel}:{' '}
              {unit.parent.isPublished ? (
                <Link to={portalPaths.unit(unit.parent.code)}>{unit.parent.fullName}</Link>
              ) : (
                unit.parent.fullName
              )}
            </p>
          )}
          <p className="muted">{text.asOf(formatDay(asOf, lang))}</p>
          {!tasks && plans.length === 0 && <p>{text.nothingPublished}</p>}
          {tasks && (
            <section className="portal-section" aria-labelledby="portal-tasks">
              <h2 id="portal-tasks">{text.tasksTitle}</h2>
              <TaskFigures tasks={tasks} />
            </section>
          )}
          {plans.length > 0 && (
            <section className="portal-section" aria-labelledby="portal-indicators">
              <h2 id="portal-indicators">{text.indicatorsTitle}</h2>
              {plans.map(({ plan, indicators }) => (
                <section key={plan.code} aria-label={text.planOf(plan.code)}>
                  <p className="muted">
                    {text.planOf(plan.code)}: {plan.title}
                  </p>
                  <div className="portal-indicators">
                    {indicators.map((indicator) => (
                      <IndicatorCard key={indicator.code} indicator={indicator} />
                    ))}
                  </div>
                </section>
              ))}
            </section>
          )}
        </>
      )}
    </PortalState>
  );
}
