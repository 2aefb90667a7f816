import { sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';

export type PendingExplanation = {
  taskId: number;
  code: string;
  leadUnitId: number;
  question: string;
  askedOn: string;
};

/** Explanation requests made by `asOf` and not answered by then, in a unit's subtree, oldest first. */
export async function pendingExplanations(db: Executor, unitPath: string, asOf: string): Promise<PendingExplanation[]> {
  const result = await db.execute(sql`
    select t.id as "taskId", t.code, t.lead_unit_id as "leadUnitId", e.payload->>'question' as question,
      e.occurred_on::text as "askedOn"
    from task_events e
    join tasks t on t.id = e.task_id
    join units u on u.id = t.lead_unit_id
    where e.kind = 'explanation_requested' and e.occurred_on <= ${asOf}::date
      and u.path like ${`${unitPath}%`}
      and not exists (
        select 1 from task_events a
        where a.task_id = e.task_id and a.kind = 'explanation_answered'
          and (a.payload->>'requestEventId')::bigint = e.id and a.occurred_on <= ${asOf}::date)
    order by e.occurred_on asc
    limit 100`);
  return result.rows as PendingExplanation[];
}
