import { useEffect, useRef } from 'react';
import { useText } from '../../lib/i18n.ts';
import { Link, navigate, useLocation } from '../../lib/router.tsx';
import { useCan, useMe } from '../../lib/session.ts';
import { useDebounced } from '../../lib/use-api.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { TextField } from '../../lib/ui/field.tsx';
import { boardPath } from './task-links.ts';
import { TaskListSection } from './task-list-section.tsx';
import { TaskOverview } from './task-overview.tsx';
import { tasksText } from './tasks.i18n.ts';
import { vietnamToday } from './today.ts';
import { UnitCodeField } from '../../lib/ui/unit-code-field.tsx';

/**
 * /tasks?unit=&asOf=: the unit and the date live in the address, so a drill-down from the ranking, the
 * back button and a shared link all show the same figures.
 */
export function TaskBoardPage() {
  const text = useText(tasksText);
  const me = useMe();
  const canAssign = useCan('tasks:assign');
  const canReport = useCan('tasks:report');
  const { search } = useLocation();
  const unitInput = search.get('unit') ?? '';
  const asOfInput = search.get('asOf') ?? '';
  const unit = useDebounced(unitInput.trim(), 400) || me.user.unit.code;
  const asOf = /^\d{4}-\d{2}-\d{2}$/.test(asOfInput) ? asOfInput : vietnamToday();
  usePageTitle(text.boardTitle);

  // A drill-down link in the ranking disappears while the new unit's figures load; rather than leave
  // keyboard focus on <body>, bring it to the top of the figures.
  const overviewTitle = useRef<HTMLHeadingElement>(null);
  const shown = useRef(`${unit} ${asOf}`);
  useEffect(() => {
    if (shown.current === `${unit} ${asOf}`) return;
    shown.current = `${unit} ${asOf}`;
    if (document.activeElement === document.body) overviewTitle.current?.focus();
  }, [unit, asOf]);

  const update = (next: { unit?: string; asOf?: string }) =>
    navigate(boardPath({ unit: unitInput, asOf: asOfInput, ...next }), { replace: true });

  return (
    <div className="page">
      <div className="page__head">
        <div>
          <h1>{text.boardTitle}</h1>
          <p className="lead">{text.boardIntro}</p>
        </div>
        <div className="page__actions">
          {canReport && (
            <Link className="button" to="/tasks/mine">
              {text.myTasks}
            </Link>
          )}
          {canAssign && (
            <Link className="button button--primary" to="/tasks/new">
              {text.assignNew}
            </Link>
          )}
        </div>
      </div>
      <section className="card" aria-labelledby="overview-title">
        <h2 id="overview-title" className="overview__title" ref={overviewTitle} tabIndex={-1}>
          {text.summaryTitle}
        </h2>
        <search className="filters" aria-label={text.summaryControls}>
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
        <TaskOverview unit={unit} asOf={asOf} />
      </section>
      <TaskListSection unit={unit} />
    </div>
  );
}
