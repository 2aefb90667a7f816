/**
 * Deterministic province-scale data for benchmarks: tasks for Thanh Hóa's departments and communes,
 * each with dated events (assignment, progress reports, some completions). Same seed, same data.
 */
import type pg from 'pg';
import { addDays } from '../src/shared/dates.ts';

function random(seed: number) {
  let state = seed;
  return (min: number, max: number) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return min + Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * (max - min + 1));
  };
}

export type Scale = { tasks: number; reportsPerTask: number };

async function insertRows(client: pg.Pool, table: string, columns: string[], rows: unknown[][]) {
  const batch = Math.floor(30_000 / columns.length);
  for (let start = 0; start < rows.length; start += batch) {
    const slice = rows.slice(start, start + batch);
    const values: unknown[] = [];
    const tuples = slice.map((row) => `(${row.map((value) => `$${values.push(value)}`).join(',')})`);
    await client.query(`insert into ${table} (${columns.join(',')}) values ${tuples.join(',')}`, values);
  }
}

/** Inserts the tasks and their events with multi-row INSERTs; returns the counts and seconds taken. */
export async function generateProvince(pool: pg.Pool, scale: Scale) {
  const rand = random(57);
  const { rows: units } = await pool.query<{ id: number }>(
    `select u.id from units u join units p on p.id = u.parent_id where p.code = '38' and u.valid_to is null order by u.code`,
  );
  const {
    rows: [province],
  } = await pool.query<{ id: number }>(`select id from units where code = '38' and valid_to is null`);
  const {
    rows: [plan],
  } = await pool.query<{ id: number }>(`select id from plans where code = '266-KH/TU'`);
  const pillars = ['KHCN', 'DMST', 'CDS'];
  const {
    rows: [maxRow],
  } = await pool.query<{ id: number }>('select coalesce(max(id), 0)::int as id from tasks');
  const firstId = maxRow!.id + 1;
  const tasks: unknown[][] = [];
  const events: unknown[][] = [];
  for (let i = 0; i < scale.tasks; i++) {
    const id = firstId + i;
    const lead = units[rand(0, units.length - 1)]!.id;
    const assignedOn = addDays('2025-03-01', rand(0, 120));
    const deadline = addDays(assignedOn, rand(30, 400));
    const isDone = rand(0, 99) < 45;
    const completedOn = isDone ? addDays(assignedOn, rand(20, 420)) : null;
    tasks.push([
      id,
      plan!.id,
      `B.${i}`,
      `Nhiệm vụ benchmark ${i}`,
      `b.${i} nhiem vu benchmark ${i}`,
      pillars[i % 3],
      province!.id,
      lead,
      assignedOn,
      deadline,
      deadline,
      'Báo cáo',
      addDays(assignedOn, 3),
      completedOn,
      isDone,
    ]);
    events.push([id, 'assigned', assignedOn, province!.id, '{}']);
    for (let r = 0; r < scale.reportsPerTask; r++) {
      events.push([
        id,
        'progress_reported',
        addDays(assignedOn, 3 + r * 7),
        lead,
        JSON.stringify({ text: 'Báo cáo định kỳ', percent: Math.min(95, r * 5) }),
      ]);
    }
    if (completedOn)
      events.push([id, 'completion_confirmed', completedOn, province!.id, JSON.stringify({ completedOn })]);
  }
  const started = performance.now();
  await insertRows(
    pool,
    'tasks',
    [
      'id',
      'plan_id',
      'code',
      'title',
      'search_text',
      'pillar',
      'assigning_unit_id',
      'lead_unit_id',
      'assigned_on',
      'original_deadline',
      'deadline',
      'required_output',
      'started_on',
      'completed_on',
      'is_locked',
    ],
    tasks,
  );
  const tasksSeconds = (performance.now() - started) / 1000;
  const eventsStarted = performance.now();
  await insertRows(pool, 'task_events', ['task_id', 'kind', 'occurred_on', 'unit_id', 'payload'], events);
  const eventsSeconds = (performance.now() - eventsStarted) / 1000;
  await pool.query(`select setval(pg_get_serial_sequence('tasks', 'id'), (select max(id) from tasks))`);
  await pool.query('analyze');
  return { tasks: tasks.length, events: events.length, tasksSeconds, eventsSeconds };
}
