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

export type RecentReport = {
  taskId: number;
  code: string;
  title: string;
  unitCode: string;
  unitName: string;
  reportedOn: string;
  percent: number | null;
  text: string | null;
};

/** The latest progress reports on tasks led in a unit's subtree, made by `asOf`, newest first. */
export async function recentReports(db: Executor, unitPath: string, asOf: string, limit = 6): Promise<RecentReport[]> {
  const result = await db.execute(sql`
    select t.id as "taskId", t.code, t.title, ru.code as "unitCode", ru.full_name as "unitName",
      e.occurred_on::text as "reportedOn", (e.payload->>'percent')::float8 as percent, e.payload->>'text' as text
    from task_events e
    join tasks t on t.id = e.task_id
    join units u on u.id = t.lead_unit_id
    join units ru on ru.id = e.unit_id
    where e.kind = 'progress_reported' and e.occurred_on <= ${asOf}::date and u.path like ${`${unitPath}%`}
    order by e.occurred_on desc, e.id desc
    limit ${limit}`);
  return result.rows as RecentReport[];
}
