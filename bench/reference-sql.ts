/**
 * The same answers as the dashboard and statistics endpoints, computed by hand-written SQL run directly
 * on the database: the yardstick for "within 2× of the direct SQL". Written for the existing schema
 * (no extra index) and for speed: several dates in one pass over the tasks, decisive events fetched by
 * per-task probes of the (task_id, kind, occurred_on) index instead of a scan of every event.
 * Semantics follow tasks/task-stats.repository.ts (status CASE, sub-task rule, latest decision by id).
 */
import type pg from 'pg';

type Client = pg.PoolClient | pg.Client;

export type StatusCount = { asOf: string; status: string; n: number };

const likePrefix = (path: string) => `${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Tasks of a subtree with their status on each date; leaves a CTE named `classified`. */
const classifiedSql = `
  with dates(as_of) as (select unnest($1::date[])),
  scoped as materialized (
    select t.id, t.code, t.title, t.lead_unit_id, t.pillar, t.assigned_on, t.original_deadline, t.started_on,
      nullif(split_part(substr(lu.path, length($2) + 1), '/', 1), '')::int as child_id
    from units lu join tasks t on t.lead_unit_id = lu.id
    where lu.path like $3 and t.assigned_on <= (select max(as_of) from dates)
      and not exists (select 1 from tasks p join units pu on pu.id = p.lead_unit_id
                      where p.id = t.parent_task_id and pu.path like $3)
  ), decisions as materialized (
    select s.id as task_id, e.id, e.kind, e.occurred_on,
      (e.payload->>'deadline')::date as deadline, (e.payload->>'completedOn')::date as completed_on
    from scoped s cross join lateral (
      select e.id, e.kind, e.occurred_on, e.payload from task_events e
      where e.task_id = s.id and e.kind in ('extension_approved', 'completion_confirmed', 'reopened')
        and e.occurred_on <= (select max(as_of) from dates)) e
  ), latest as (
    select distinct on (d.as_of, x.task_id, x.kind = 'extension_approved')
      d.as_of, x.task_id, x.kind, x.deadline, x.completed_on
    from dates d join decisions x on x.occurred_on <= d.as_of
    order by d.as_of, x.task_id, x.kind = 'extension_approved', x.id desc
  ), facts as (
    select d.as_of, s.id, s.code, s.title, s.lead_unit_id, s.pillar, s.child_id, s.original_deadline,
      coalesce(ext.deadline, s.original_deadline) as deadline,
      case when c.kind = 'completion_confirmed' then c.completed_on end as completed_on,
      coalesce(s.started_on <= d.as_of, false) as is_started
    from dates d join scoped s on s.assigned_on <= d.as_of
    left join latest ext on ext.as_of = d.as_of and ext.task_id = s.id and ext.kind = 'extension_approved'
    left join latest c on c.as_of = d.as_of and c.task_id = s.id and c.kind <> 'extension_approved'
  ), classified as (
    select f.*,
      case
        when f.completed_on is not null and f.deadline is not null and f.completed_on > f.deadline then 'completed_late'
        when f.completed_on is not null then 'completed_on_time'
        when f.deadline is not null and f.as_of > f.deadline then 'overdue'
        when not f.is_started then 'not_started'
        when f.deadline is not null and f.deadline - f.as_of <= $4 then 'near_deadline'
        else 'in_progress'
      end as status
    from facts f
  )`;

/** Counts by date, pillar, child unit and status (the rows the statistics are built from). */
export async function taskCountsRef(client: Client, unitPath: string, dates: string[], near: number) {
  const { rows } = await client.query<StatusCount & { pillar: string; childId: number | null }>(
    `${classifiedSql}
     select as_of::text as "asOf", pillar, child_id as "childId", status, is_started, 
       (deadline is not null and deadline < as_of) or completed_on is not null as is_due,
       coalesce(completed_on > original_deadline, false) as is_late_original, count(*)::int as n
     from classified group by 1, 2, 3, 4, 5, 6, 7`,
    [dates, unitPath, likePrefix(unitPath), near],
  );
  return rows;
}

/** Overdue and near-deadline tasks on one date, most urgent first (the dashboard's warnings). */
async function urgentRef(client: Client, unitPath: string, asOf: string, near: number) {
  const { rows } = await client.query(
    `${classifiedSql}
     select id, code, title, lead_unit_id, deadline, status from classified
     where status in ('overdue', 'near_deadline')
     order by (status = 'overdue') desc, deadline asc, code asc limit 100`,
    [[asOf], unitPath, likePrefix(unitPath), near],
  );
  return rows;
}

/** Explanation requests not answered by the date, found by index probes per task of the subtree. */
async function explanationsRef(client: Client, unitPath: string, asOf: string) {
  const { rows } = await client.query(
    `select t.id, t.code, t.lead_unit_id, e.payload->>'question' as question, e.occurred_on
     from units u join tasks t on t.lead_unit_id = u.id
     cross join lateral (select e.id, e.payload, e.occurred_on from task_events e
       where e.task_id = t.id and e.kind = 'explanation_requested' and e.occurred_on <= $2) e
     where u.path like $1 and not exists (
       select 1 from task_events a where a.task_id = t.id and a.kind = 'explanation_answered'
         and a.occurred_on <= $2 and (a.payload->>'requestEventId')::bigint = e.id)
     order by e.occurred_on limit 100`,
    [likePrefix(unitPath), asOf],
  );
  return rows;
}

/**
 * An indicator plan at a unit on a date: each indicator's approved series (highest version reviewed by
 * then), or for those without own values the latest value of each direct sub-unit with its roll-up
 * inputs; and the unit's baseline and targets.
 */
export async function indicatorsRef(client: Client, unitId: number, planCode: string, asOf: string) {
  const { rows } = await client.query(
    `with cat as materialized (select i.* from indicators i join plans p on p.id = i.plan_id where p.code = $2),
     own as materialized (
       select distinct on (v.indicator_id, v.period_end) v.indicator_id, v.period_end, v.value
       from cat join indicator_values v on v.indicator_id = cat.id
       where v.unit_id = $1 and v.status = 'approved' and v.reviewed_on <= $3 and v.period_end <= $3
       order by v.indicator_id, v.period_end, v.version desc
     ), missing as (
       select id from cat where rollup <> 'none' and formula is null and id not in (select indicator_id from own)
     ), sub as materialized (
       -- The latest approved value of each sub-unit: one backward index probe per (indicator, sub-unit).
       select m.id as indicator_id, v.period_end, v.value
       from missing m cross join units c
       cross join lateral (
         select v.period_end, v.value from indicator_values v
         where v.indicator_id = m.id and v.unit_id = c.id and v.status = 'approved' and v.reviewed_on <= $3
           and v.period_end <= $3
         order by v.period_end desc, v.version desc limit 1) v
       where c.parent_id = $1 and c.valid_to is null
     ), rolled as (
       select indicator_id, json_build_object('on', max(period_end), 'sum', sum(value), 'avg', avg(value),
         'min', min(value), 'max', max(value), 'n', count(*)) as rolled
       from sub group by indicator_id
     ), series as (
       select indicator_id, json_agg(json_build_array(period_end, value) order by period_end) as series
       from own group by indicator_id
     ), targets as (
       select t.indicator_id, json_agg(json_build_array(t.kind, t.year, t.on, t.value)) as targets
       from cat join indicator_targets t on t.indicator_id = cat.id and t.unit_id = $1 group by t.indicator_id
     )
     select cat.code, cat.rollup, s.series, r.rolled, t.targets
     from cat left join series s on s.indicator_id = cat.id left join rolled r on r.indicator_id = cat.id
       left join targets t on t.indicator_id = cat.id
     order by cat.code`,
    [unitId, planCode, asOf],
  );
  return rows;
}

export type RefUnit = { id: number; path: string; planCode: string };

const daysBefore = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/** Everything the dashboard shows, statement by statement on one connection. */
export async function dashboardRef(client: Client, unit: RefUnit, asOf: string, near: number) {
  const counts = await taskCountsRef(client, unit.path, [asOf, daysBefore(asOf, 7), daysBefore(asOf, 30)], near);
  const urgent = await urgentRef(client, unit.path, asOf, near);
  const explanations = await explanationsRef(client, unit.path, asOf);
  const indicators = await indicatorsRef(client, unit.id, unit.planCode, asOf);
  return { counts, urgent, explanations, indicators };
}

/** The trend's six points, 30 days apart, in one pass. */
export async function trendRef(client: Client, unit: RefUnit, asOf: string, near: number) {
  const dates = Array.from({ length: 6 }, (_, i) => daysBefore(asOf, 30 * (5 - i)));
  return taskCountsRef(client, unit.path, dates, near);
}
