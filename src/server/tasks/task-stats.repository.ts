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
 * Counts the tasks led within a unit's subtree as they stood on `asOf`, grouped by pillar, child unit
 * and status. Status facts come from the dated events, so any past date gives the figures of that day.
 * A sub-task is counted only when its parent is outside the subtree, so nothing is counted twice.
 * The CASE mirrors deriveTaskStatus() in src/shared/task-status.ts.
 */
export async function countTasksAsOf(
  db: Executor,
  unitPath: string,
  asOf: string,
  nearDeadlineDays: number,
): Promise<StatsRow[]> {
  const prefix = likePrefix(unitPath);
  const result = await db.execute(sql`
    with scoped as (
      select t.id, t.pillar, t.original_deadline,
        nullif(split_part(substr(lu.path, ${unitPath.length + 1}), '/', 1), '')::int as child_id
      from tasks t join units lu on lu.id = t.lead_unit_id
      where lu.path like ${prefix} and t.assigned_on <= ${asOf}::date
        and not exists (
          select 1 from tasks p join units pu on pu.id = p.lead_unit_id
          where p.id = t.parent_task_id and pu.path like ${prefix})
    ), facts as (
      select s.*,
        coalesce((select (e.payload->>'deadline')::date from task_events e
                  where e.task_id = s.id and e.kind = 'extension_approved' and e.occurred_on <= ${asOf}::date
                  order by e.occurred_on desc, e.id desc limit 1), s.original_deadline) as deadline,
        (select case when e.kind = 'completion_confirmed' then (e.payload->>'completedOn')::date end
           from task_events e
           where e.task_id = s.id and e.kind in ('completion_confirmed', 'reopened') and e.occurred_on <= ${asOf}::date
           order by e.occurred_on desc, e.id desc limit 1) as completed_on,
        exists (select 1 from task_events e
                where e.task_id = s.id and e.kind in ('progress_reported', 'completion_proposed')
                  and e.occurred_on <= ${asOf}::date) as is_started
      from scoped s
    ), classified as (
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
    )
    select pillar, child_id as "childId", status, is_started as "isStarted",
      (deadline is not null and deadline < ${asOf}::date) or completed_on is not null as "isDue",
      coalesce(completed_on > original_deadline, false) as "isLateAgainstOriginal",
      count(*)::int as n
    from classified
    group by 1, 2, 3, 4, 5, 6`);
  return result.rows as StatsRow[];
}
