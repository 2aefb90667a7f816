import { sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';

export type StatsRow = {
  pillar: string;
  childId: number | null;
  status: string;
  isStarted: boolean;
  isDue: boolean;
  isLateAgainstOriginal: boolean;
  n: number;
};

const likePrefix = (path: string) => `${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Where a date's facts come from. Any date: the dated events (the latest decisions on or before it).
 * Today or later: the task rows, which hold the current deadline, start and completion (no event is
 * dated after today), so no event is read; tests check that both give the same figures.
 */
export type FactSource = 'events' | 'task_rows';

/** The tasks of a unit's subtree with their status on `asOf` (a CTE named `classified`). */
function classifiedTasks(unitPath: string, asOf: string, nearDeadlineDays: number, source: FactSource = 'events') {
  const prefix = likePrefix(unitPath);
  const scoped = sql`
    with scoped as (
      select t.id, t.code, t.title, t.lead_unit_id, t.pillar, t.original_deadline, t.started_on,
        t.deadline as current_deadline, t.completed_on as current_completed_on,
        nullif(split_part(substr(lu.path, ${unitPath.length + 1}), '/', 1), '')::int as child_id
      from tasks t join units lu on lu.id = t.lead_unit_id
      where lu.path like ${prefix} and t.assigned_on <= ${asOf}::date
        and not exists (
          select 1 from tasks p join units pu on pu.id = p.lead_unit_id
          where p.id = t.parent_task_id and pu.path like ${prefix})
    )`;
  // started_on is set once, by the first report or proposal, so it answers "started by then?".
  const facts =
    source === 'task_rows'
      ? sql`, facts as materialized (
      select s.*, s.current_deadline as deadline, s.current_completed_on as completed_on,
        coalesce(s.started_on <= ${asOf}::date, false) as is_started
      from scoped s
    )`
      : sql`, marks as (
      -- The latest deadline decision and completion decision on or before the date (events are
      -- appended in time order, so the highest id is the latest).
      select e.task_id,
        max(e.id) filter (where e.kind = 'extension_approved') as extension_id,
        max(e.id) filter (where e.kind in ('completion_confirmed', 'reopened')) as completion_id
      from task_events e join scoped s on s.id = e.task_id
      where e.occurred_on <= ${asOf}::date and e.kind in ('extension_approved', 'completion_confirmed', 'reopened')
      group by e.task_id
    ), facts as materialized (
      select s.*,
        coalesce((x.payload->>'deadline')::date, s.original_deadline) as deadline,
        case when c.kind = 'completion_confirmed' then (c.payload->>'completedOn')::date end as completed_on,
        coalesce(s.started_on <= ${asOf}::date, false) as is_started
      from scoped s
      left join marks m on m.task_id = s.id
      left join task_events x on x.id = m.extension_id
      left join task_events c on c.id = m.completion_id
    )`;
  return sql`${scoped}${facts}, classified as (
      select f.*,
        case
          when f.completed_on is not null and f.deadline is not null and f.completed_on > f.deadline then 'completed_late'
          when f.completed_on is not null then 'completed_on_time'
          when f.deadline is not null and ${asOf}::date > f.deadline then 'overdue'
          when not f.is_started then 'not_started'
          when f.deadline is not null and f.deadline - ${asOf}::date <= ${nearDeadlineDays} then 'near_deadline'
          else 'in_progress'
        end as status
      from facts f
    )`;
}

/**
 * Counts the tasks led within a unit's subtree as they stood on `asOf`, grouped by pillar, child unit
 * and status. Status facts come from the dated events, so any past date gives the figures of that day.
 * A sub-task is counted only when its parent is outside the subtree, so nothing is counted twice.
 * The CASE mirrors deriveTaskStatus() in src/shared/task-status.ts. `facts` is MATERIALIZED so the
 * CASE does not recompute it per use (measured: that alone took the query from 99 ms to 18 ms).
 */
export async function countTasksAsOf(
  db: Executor,
  unitPath: string,
  asOf: string,
  nearDeadlineDays: number,
  source: FactSource = 'events',
): Promise<StatsRow[]> {
  const result = await db.execute(sql`
    ${classifiedTasks(unitPath, asOf, nearDeadlineDays, source)}
    select pillar, child_id as "childId", status, is_started as "isStarted",
      (deadline is not null and deadline < ${asOf}::date) or completed_on is not null as "isDue",
      coalesce(completed_on > original_deadline, false) as "isLateAgainstOriginal",
      count(*)::int as n
    from classified
    group by 1, 2, 3, 4, 5, 6`);
  return result.rows as StatsRow[];
}

export type TaskWarningRow = {
  id: number;
  code: string;
  title: string;
  leadUnitId: number;
  deadline: string | null;
  status: 'overdue' | 'near_deadline';
};

/** Overdue and near-deadline tasks on `asOf`, most urgent first (longest overdue, then closest deadline). */
export async function urgentTasksAsOf(
  db: Executor,
  unitPath: string,
  asOf: string,
  nearDeadlineDays: number,
  limit = 200,
  source: FactSource = 'events',
): Promise<TaskWarningRow[]> {
  const result = await db.execute(sql`
    ${classifiedTasks(unitPath, asOf, nearDeadlineDays, source)}
    select id, code, title, lead_unit_id as "leadUnitId", deadline::text as deadline, status
    from classified
    where status in ('overdue', 'near_deadline')
    order by (status = 'overdue') desc, deadline asc, code asc
    limit ${limit}`);
  return result.rows as TaskWarningRow[];
}

export type MissingReportRow = { id: number; code: string; title: string; leadUnitId: number; missedOn: string };

/**
 * Daily-report tasks, open on `asOf`, whose lead unit sent no progress report the day before (the
 * latest day that is over; rule of tasks/task-daily.ts). Oldest deadline first.
 */
export async function missingDailyReportsAsOf(
  db: Executor,
  unitPath: string,
  asOf: string,
  limit = 100,
  source: FactSource = 'events',
): Promise<MissingReportRow[]> {
  const result = await db.execute(sql`
    ${classifiedTasks(unitPath, asOf, 0, source)}
    select c.id, c.code, c.title, c.lead_unit_id as "leadUnitId", (${asOf}::date - 1)::text as "missedOn"
    from classified c join tasks t on t.id = c.id
    where t.is_daily_report and c.completed_on is null and t.assigned_on < ${asOf}::date - 1
      and not exists (
        select 1 from task_events e
        where e.task_id = c.id and e.kind = 'progress_reported' and e.unit_id = c.lead_unit_id
          and e.occurred_on = ${asOf}::date - 1)
    order by c.deadline asc nulls last, c.code asc
    limit ${limit}`);
  return result.rows as MissingReportRow[];
}
