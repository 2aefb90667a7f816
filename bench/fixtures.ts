/**
 * What the measurements need to know about a generated dataset, read once before the server starts:
 * units and plans to ask about, and tasks and officers to write with.
 */
import type pg from 'pg';
import { officerOf } from './users.ts';

export type Fixtures = {
  /** Units whose dashboards and statistics are measured: [code, path, id, plan code]. */
  views: { code: string; path: string; id: number; planCode: string }[];
  communes: string[];
  /** Open tasks of the province with their lead unit's officer, for the progress-report load. */
  reportTargets: { taskId: number; officer: string }[];
  /** BM.01 of the province's plan (monthly, %): the value the freshness check records and approves. */
  indicatorId: number;
};

export async function readFixtures(client: pg.PoolClient, isNational: boolean): Promise<Fixtures> {
  const { rows: views } = await client.query<{ code: string; path: string; id: number }>(
    `select code, path, id from units where valid_to is null and code = any($1) order by path`,
    [isNational ? ['TW', '38'] : ['38']],
  );
  const plans: Record<string, string> = { TW: '57-NQ/TW', '38': '266-KH/TU' };
  const { rows: communes } = await client.query<{ code: string }>(
    `select u.code from units u join units p on p.id = u.parent_id
     where p.code = '38' and u.level = 'commune' and u.valid_to is null order by u.code`,
  );
  // 40 officers with up to 5 open tasks each: many sessions and many tasks, as in real use.
  const { rows: targets } = await client.query<{ task_id: number; code: string }>(
    `select task_id, code from (
       select t.id as task_id, u.code, row_number() over (partition by u.id order by t.id) as n,
         dense_rank() over (order by u.code) as officer_rank
       from tasks t join units u on u.id = t.lead_unit_id join units p on p.id = u.parent_id
       where p.code = '38' and not t.is_locked and u.level in ('commune', 'department')) x
     where n <= 5 and officer_rank <= 40 order by task_id`,
  );
  const {
    rows: [indicator],
  } = await client.query<{ id: number }>(
    `select i.id from indicators i join plans p on p.id = i.plan_id where p.code = '266-KH/TU' and i.code = 'BM.01'`,
  );
  return {
    views: views.map((v) => ({ ...v, planCode: plans[v.code]! })),
    communes: communes.map((c) => c.code),
    reportTargets: targets.map((t) => ({ taskId: t.task_id, officer: officerOf(t.code) })),
    indicatorId: indicator!.id,
  };
}
