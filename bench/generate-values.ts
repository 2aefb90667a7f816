/**
 * Indicator values, generated in SQL like the tasks: every commune and department of the benchmark's
 * provinces reports each BM.* indicator of its province's plan every month, ending with the period of
 * 14/10/2026. The latest month is partly awaiting review (30 %) or returned (2 %); older months are
 * approved. Corrections are new versions of approved values (as the product versions them), added
 * until the total is exactly the requested count.
 */
import type pg from 'pg';
import { benchIndicatorCount, provincePlansSql } from './plans.ts';
import { pickSql } from './sql-hash.ts';

export type ValueFigures = { values: number; periods: number; corrections: number; seconds: number };

const LAST_PERIOD_END = '2026-10-14';

export async function generateValues(
  client: pg.PoolClient,
  provinceCodes: string[],
  total: number,
): Promise<ValueFigures> {
  await client.query('drop table if exists bench_value_units');
  await client.query(
    `create table bench_value_units as
     select u.id as unit_id, pp.plan_id,
       (select id from users where username = 'cb.' || lower(u.code)) as officer_id,
       (select id from users where username = 'tt.' || p.code) as reviewer_id
     from units u join units p on p.id = u.parent_id join ${provincePlansSql} pp on pp.province_id = p.id
     where u.valid_to is null and u.level in ('commune', 'department') and p.code = any($1)`,
    [provinceCodes],
  );
  const {
    rows: [{ units } = { units: 0 }],
  } = await client.query<{ units: number }>('select count(*)::int as units from bench_value_units');
  const perPeriod = units * benchIndicatorCount;
  // About 8 % of the total are corrections; the rest fills whole months.
  const periods = Math.max(1, Math.round(total / (perPeriod * 1.08)));
  const firstVersions = perPeriod * periods;
  const corrections = total - firstVersions;
  if (corrections < 0) throw new Error(`value total ${total} is below one month for ${units} units`);
  const {
    rows: [{ base } = { base: 0 }],
  } = await client.query<{ base: number }>('select coalesce(max(id), 0)::int as base from indicator_values');

  const started = performance.now();
  const seed = `(u.unit_id * 4096 + substr(i.code, 4)::int * 64 + p)`;
  await client.query(`
    insert into indicator_values (indicator_id, unit_id, period_end, value, version, status, source,
      submitted_by, submitted_on, reviewed_by, reviewed_on)
    select i.id, u.unit_id, v.period_end, v.value, 1, v.status, 'form', u.officer_id, v.period_end + v.delay,
      case when v.status <> 'submitted' then u.reviewer_id end,
      case when v.status <> 'submitted' then v.period_end + v.delay + 2 + ${pickSql(seed, 3, 4)} end
    from bench_value_units u join indicators i on i.plan_id = u.plan_id and i.code like 'BM.%'
    cross join generate_series(0, ${periods - 1}) p
    cross join lateral (select
      (date '${LAST_PERIOD_END}' - make_interval(months => ${periods - 1} - p))::date as period_end,
      3 + ${pickSql(seed, 1, 5)} as delay,
      case when i.unit_of_measure = '%' then least(100, 40 + (p * 45) / ${periods} + ${pickSql(seed, 2, 15)})
        else 5 + ${pickSql(seed, 2, 50)} end::float8 as value,
      case when p < ${periods - 1} then 'approved'
        when ${pickSql(seed, 4, 100)} < 30 then 'submitted'
        when ${pickSql(seed, 4, 100)} < 32 then 'returned' else 'approved' end as status) v
    order by v.period_end, u.unit_id, i.code`);
  const stride = Math.max(1, Math.floor((firstVersions * 0.9) / Math.max(1, corrections)));
  if (corrections > 0) {
    await client.query(`
      insert into indicator_values (indicator_id, unit_id, period_end, value, version, status, source, comment,
        submitted_by, submitted_on, reviewed_by, reviewed_on)
      select v.indicator_id, v.unit_id, v.period_end,
        case when v.value * 1.05 > 100 and i.unit_of_measure = '%' then 100 else round((v.value * 1.05)::numeric, 2) end,
        2, 'approved', 'form', 'Điều chỉnh theo số liệu rà soát', v.submitted_by, v.reviewed_on + 10, v.reviewed_by,
        v.reviewed_on + 13
      from indicator_values v join indicators i on i.id = v.indicator_id
      where v.id > ${base} and v.status = 'approved' and (v.id - ${base}) % ${stride} = 0
      order by v.id limit ${corrections}`);
  }
  const seconds = (performance.now() - started) / 1000;
  const {
    rows: [{ n } = { n: 0 }],
  } = await client.query<{ n: number }>(`select count(*)::int as n from indicator_values where id > ${base}`);
  await client.query('drop table bench_value_units');
  return { values: n, periods, corrections, seconds };
}
