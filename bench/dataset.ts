/**
 * Builds a benchmark dataset in an empty database through the product's own paths where they exist
 * (migrations, demo seed, unit importer, bulk unit insert) and set-based SQL for the volumes.
 * Province scale: Thanh Hóa (38) with its 166 communes and 20 departments. National scale: the real
 * list of 34 provinces and 3,321 communes, 20 departments each, tasks also assigned by the centre to
 * provinces and split into sub-tasks for their departments.
 */
import type { Database } from '../src/server/db/database.ts';
import { runMigrations } from '../src/server/db/database.ts';
import { seedDemo } from '../src/server/demo/demo.seed.ts';
import { addDepartments } from './departments.ts';
import { generateTaskBatch, type TaskBatchFigures } from './generate-tasks.ts';
import { generateValues, type ValueFigures } from './generate-values.ts';
import { addIndicatorCatalogue, ensureProvincePlans, provincePlansSql } from './plans.ts';
import { loadNationalUnits, type UnitListFigures } from './unit-list.ts';
import { addUsers } from './users.ts';

export type Scale = { kind: 'province' | 'national'; tasks: number; reports: number; values: number };

export type DatasetFigures = {
  unitList?: UnitListFigures;
  units: Record<string, number>;
  users: number;
  tasks: number;
  events: number;
  reports: number;
  values: number;
  taskBatches: TaskBatchFigures[];
  valueFigures: ValueFigures;
  seconds: { seed: number; units: number; tasks: number; values: number; vacuum: number; total: number };
};

const leadsOf = (provinceCodes: string[]) => `
  select u.id as unit_id, u.code as unit_code, pp.plan_id, p.id as assigning_id
  from units u join units p on p.id = u.parent_id join ${provincePlansSql} pp on pp.province_id = p.id
  where u.valid_to is null and u.level in ('commune', 'department')
    and p.code in (${provinceCodes.map((c) => `'${c}'`).join(', ')})`;

const centreToProvinces = `
  select p.id as unit_id, p.code as unit_code, nq.id as plan_id, tw.id as assigning_id
  from units p cross join plans nq cross join units tw
  where p.level = 'province' and p.valid_to is null and nq.code = '71/NQ-CP' and tw.code = 'TW' and tw.valid_to is null`;

/** Department tasks (1 in 20) become sub-tasks of a centre-assigned task led by their province. */
const linkSubTasks = (parents: TaskBatchFigures, main: TaskBatchFigures) => `
  with parents as (
    select id, lead_unit_id, (row_number() over (partition by lead_unit_id order by id) - 1)::int as ix,
      count(*) over (partition by lead_unit_id)::int as n
    from tasks where id between ${parents.firstId} and ${parents.lastId}
  ), children as (
    select t.id, u.parent_id as province_id from tasks t join units u on u.id = t.lead_unit_id
    where t.id between ${main.firstId} and ${main.lastId} and u.level = 'department' and t.id % 20 = 3
  )
  update tasks t set parent_task_id = p.id
  from children c join parents p on p.lead_unit_id = c.province_id and p.ix = c.id % p.n
  where t.id = c.id`;

export async function buildDataset(database: Database, scale: Scale, log: (line: string) => void) {
  const clock = performance.now();
  const lap = () => (performance.now() - clock) / 1000;
  await runMigrations(database);
  await seedDemo(database.db);
  const seedSeconds = lap();
  const unitList = scale.kind === 'national' ? await loadNationalUnits(database) : undefined;
  const { rows: provinceRows } = await database.pool.query<{ code: string }>(
    `select code from units where level = 'province' and valid_to is null order by code`,
  );
  const provinceCodes = scale.kind === 'national' ? provinceRows.map((r) => r.code) : ['38'];
  await addDepartments(database, provinceCodes);
  await addUsers(database, provinceCodes);
  const unitsSeconds = lap() - seedSeconds;
  log(`  units and users ready (${unitsSeconds.toFixed(1)} s)`);

  const client = await database.pool.connect();
  try {
    // The generator sorts millions of events by date in one statement.
    await client.query(`set work_mem = '256MB'`);
    await ensureProvincePlans(client, provinceCodes);
    await addIndicatorCatalogue(client, provinceCodes);
    const batches: TaskBatchFigures[] = [];
    const centreTasks = scale.kind === 'national' ? Math.round(scale.tasks * 0.005) : 0;
    const centreReports = Math.round((scale.reports * centreTasks) / scale.tasks);
    if (centreTasks > 0) {
      batches.push(
        await generateTaskBatch(client, {
          leadsSql: centreToProvinces,
          tasks: centreTasks,
          reports: centreReports,
          salt: 2,
          codePrefix: 'TW-',
        }),
      );
    }
    batches.push(
      await generateTaskBatch(client, {
        leadsSql: leadsOf(provinceCodes),
        tasks: scale.tasks - centreTasks,
        reports: scale.reports - centreReports,
        salt: 1,
        codePrefix: 'NV-',
      }),
    );
    if (batches.length === 2) await client.query(linkSubTasks(batches[0]!, batches[1]!));
    const tasksSeconds = lap() - seedSeconds - unitsSeconds;
    log(`  tasks and events generated (${tasksSeconds.toFixed(1)} s)`);
    const valueFigures = await generateValues(client, provinceCodes, scale.values);
    const valuesSeconds = lap() - seedSeconds - unitsSeconds - tasksSeconds;
    log(`  indicator values generated (${valuesSeconds.toFixed(1)} s)`);
    const vacuumStarted = performance.now();
    await client.query('vacuum analyze');
    const vacuumSeconds = (performance.now() - vacuumStarted) / 1000;
    const count = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0]!.n);
    const { rows: levels } = await client.query<{ level: string; n: string }>(
      `select level, count(*) as n from units where valid_to is null group by level order by level`,
    );
    return {
      unitList,
      units: Object.fromEntries(levels.map((r) => [r.level, Number(r.n)])),
      users: await count('select count(*) as n from users'),
      tasks: await count('select count(*) as n from tasks'),
      events: await count('select count(*) as n from task_events'),
      reports: await count(`select count(*) as n from task_events where kind = 'progress_reported'`),
      values: await count('select count(*) as n from indicator_values'),
      taskBatches: batches,
      valueFigures,
      seconds: {
        seed: seedSeconds,
        units: unitsSeconds,
        tasks: tasksSeconds,
        values: valuesSeconds,
        vacuum: vacuumSeconds,
        total: lap(),
      },
    } satisfies DatasetFigures;
  } finally {
    client.release();
  }
}
