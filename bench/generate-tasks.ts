/**
 * Tasks with full histories, generated in SQL (INSERT … SELECT over generate_series): deterministic,
 * valid against the real schema, and consistent with how the product writes them:
 * - every task has an `assigned` event, progress reports from its lead unit's officer, and for some an
 *   approved extension, a completion proposal (pending) or a confirmed completion, an explanation request;
 * - the `tasks` row holds the same current facts (deadline, started_on, completed_on, is_locked, progress);
 * - events are inserted in date order, so ids grow with time as in production ("the highest id is the
 *   latest" holds), and a task's events are scattered over the table as they would be.
 * Report counts per task vary (0 to ~2× the mean) but add up exactly to the requested total.
 */
import type pg from 'pg';
import { communeTaskTitles, departmentTaskTitles } from '../src/server/demo/demo-task-titles.ts';
import { foldForSearch } from '../src/shared/text.ts';
import { pickSql } from './sql-hash.ts';

/** The last day of generated history; statistics "as of" dates are chosen on or before it. */
export const HISTORY_END = '2026-11-01';

export type TaskBatch = {
  /** SQL selecting candidate leads: unit_id, unit_code, plan_id, assigning_id (ordered for determinism). */
  leadsSql: string;
  tasks: number;
  reports: number;
  /** Distinguishes batches in codes and hashes. */
  salt: number;
  codePrefix: string;
};

export type TaskBatchFigures = {
  tasks: number;
  events: number;
  reports: number;
  firstId: number;
  lastId: number;
  tasksSeconds: number;
  eventsSeconds: number;
};

const titles = [...departmentTaskTitles, ...communeTaskTitles];
const reportTexts = [
  'Đã rà soát, cập nhật số liệu và báo cáo Thường trực Ban Chỉ đạo theo đúng kỳ.',
  'Đang triển khai theo kế hoạch; đã tổ chức họp triển khai với các đơn vị phối hợp.',
  'Hoàn thành khảo sát hiện trạng, đang xây dựng dự thảo và lấy ý kiến các sở, ngành.',
  'Đã tập huấn cho cán bộ, công chức; tiếp tục hướng dẫn người dân sử dụng dịch vụ.',
  'Vướng mắc về kinh phí, đã kiến nghị bổ sung dự toán; các nội dung khác đúng tiến độ.',
  'Đã nghiệm thu giai đoạn 1, chuẩn bị triển khai giai đoạn 2 theo lộ trình.',
];

async function timed(client: pg.PoolClient, text: string, values: unknown[] = []) {
  const started = performance.now();
  const result = await client.query(text, values);
  return { rowCount: result.rowCount ?? 0, seconds: (performance.now() - started) / 1000 };
}

/** One row per task with every date of its history (a work table, dropped at the end). */
function planTasksSql(batch: TaskBatch, firstId: number, leads: number) {
  const s = batch.salt * 100;
  const h = (salt: number, n: number) => pickSql('r.k', s + salt, n);
  return `
    create table bench_tasks as
    with raw as (
      select r.k, ${firstId} + r.k as id, l.unit_id as lead_id, l.unit_code as lead_code, l.plan_id, l.assigning_id,
        date '2025-03-01' + ${h(1, 560)} as assigned_on,
        ${h(2, 100)} as fate_roll, ${h(3, 100)} as ext_roll, 30 + ${h(4, 371)} as span,
        20 + ${h(5, 401)} as done_after, ${h(6, 6)} as review_days, 30 + ${h(7, 61)} as ext_days,
        case when r.k % 97 = 5 then 0 else 1 + ${h(8, 100)} end as weight,
        30 + ${h(9, 66)} as pmax, ${h(10, 3)} as pillar_ix, ${h(11, titles.length)} as title_ix
      from generate_series(0, ${batch.tasks - 1}) r(k)
      join bench_leads l on l.ord = ${pickSql('r.k', s, leads)}
    ), dated as (
      select r.*,
        case when r.k % 20 = 19 then null else r.assigned_on + r.span end as original_deadline,
        case when r.fate_roll < 45 then 'done' when r.fate_roll < 50 then 'proposed' else 'open' end as fate,
        least(date '${HISTORY_END}' - 10, r.assigned_on + r.done_after) as proposal_date
      from raw r
    ), shaped as (
      select d.*,
        case when d.fate <> 'open' then d.proposal_date end as proposed_on,
        case when d.fate = 'done' then least(date '${HISTORY_END}', d.proposal_date + d.review_days) end as confirmed_on,
        case when d.ext_roll < 10 and d.original_deadline - 5 > d.assigned_on
          and d.original_deadline - 3 <= case when d.fate = 'open' then date '${HISTORY_END}' else d.proposal_date end
          then d.original_deadline - 5 end as ext_requested_on,
        case when d.k % 50 = 7 then d.assigned_on + 40 end as expl_on
      from dated d
    )
    select s.*,
      s.ext_requested_on + 2 as ext_approved_on,
      case when s.ext_requested_on is not null then s.original_deadline + s.ext_days end as new_deadline,
      case when s.k % 100 = 7 then s.expl_on + 3 end as expl_answered_on,
      coalesce(s.proposed_on, date '${HISTORY_END}') as report_end,
      -- Exact total: each task gets the integer share of the running weight.
      (floor(sum(s.weight) over (order by s.k) * ${batch.reports}::numeric / sum(s.weight) over ())
        - floor((sum(s.weight) over (order by s.k) - s.weight) * ${batch.reports}::numeric / sum(s.weight) over ()))::int
        as n_reports
    from shaped s`;
}

const insertTasksSql = (codePrefix: string) => `
  insert into tasks (id, plan_id, code, title, search_text, pillar, assigning_unit_id, lead_unit_id, assigned_on,
    original_deadline, deadline, reporting_cycle, required_output, progress_percent, started_on, completed_on,
    is_locked, created_at, updated_at)
  select t.id, t.plan_id, '${codePrefix}' || t.k, ($1::text[])[1 + t.title_ix],
    lower('${codePrefix}' || t.k) || ' ' || ($2::text[])[1 + t.title_ix],
    (array['KHCN','DMST','CDS'])[1 + t.pillar_ix], t.assigning_id, t.lead_id, t.assigned_on,
    t.original_deadline, coalesce(t.new_deadline, t.original_deadline), 'monthly', ($3::text[])[1 + t.title_ix],
    case when t.fate = 'done' then 100 when t.n_reports = 0 then 0 when t.fate = 'proposed' then 95 else t.pmax end,
    case when t.n_reports > 0 then t.assigned_on + 1 else t.proposed_on end,
    case when t.fate = 'done' then t.proposed_on end, t.fate = 'done',
    (t.assigned_on + time '01:00') at time zone 'UTC', (t.assigned_on + time '01:00') at time zone 'UTC'
  from bench_tasks t order by t.id`;

/** Every event of every task of the batch, in date order. Officer = `cb.<lead code>`, reviewer = `tt.<province>`. */
const insertEventsSql = `
  insert into task_events (task_id, kind, occurred_on, occurred_at, actor_id, unit_id, payload)
  select e.task_id, e.kind, e.occurred_on, (e.occurred_on + time '01:00') at time zone 'UTC' + e.seq * interval '1 second',
    e.actor_id, e.unit_id, e.payload
  from (
    select t.id as task_id, 'assigned' as kind, t.assigned_on as occurred_on, 0 as seq, l.reviewer_id as actor_id,
      t.assigning_id as unit_id, jsonb_build_object('leadUnitCode', t.lead_code, 'deadline', t.original_deadline) as payload
    from bench_tasks t join bench_leads l on l.unit_id = t.lead_id
    union all
    select t.id, 'progress_reported', t.assigned_on + 1 + ((j - 1) * (t.report_end - t.assigned_on - 1)) / t.n_reports,
      j, l.officer_id, t.lead_id,
      jsonb_build_object('text', ($1::text[])[1 + (t.k + j) % ${reportTexts.length}],
        'percent', (j * case when t.fate = 'open' then t.pmax else 95 end) / t.n_reports,
        'unitCode', t.lead_code, 'isLead', true)
    from bench_tasks t join bench_leads l on l.unit_id = t.lead_id cross join lateral generate_series(1, t.n_reports) j
    union all
    select t.id, 'extension_requested', t.ext_requested_on, 100000, l.officer_id, t.lead_id,
      jsonb_build_object('deadline', t.new_deadline, 'reason', 'Cần thêm thời gian hoàn thiện hồ sơ, thủ tục.',
        'previousDeadline', t.original_deadline)
    from bench_tasks t join bench_leads l on l.unit_id = t.lead_id where t.ext_requested_on is not null
    union all
    select t.id, 'extension_approved', t.ext_approved_on, 100001, l.reviewer_id, t.assigning_id,
      jsonb_build_object('deadline', t.new_deadline)
    from bench_tasks t join bench_leads l on l.unit_id = t.lead_id where t.ext_requested_on is not null
    union all
    select t.id, 'explanation_requested', t.expl_on, 100002, l.reviewer_id, t.assigning_id,
      jsonb_build_object('question', 'Đề nghị giải trình lý do chậm tiến độ và đề xuất giải pháp.')
    from bench_tasks t join bench_leads l on l.unit_id = t.lead_id where t.expl_on is not null
    union all
    select t.id, 'explanation_answered', t.expl_answered_on, 100003, l.officer_id, t.lead_id,
      jsonb_build_object('answer', 'Do thiếu kinh phí; đơn vị đã đề xuất bổ sung và cam kết hoàn thành trong quý.')
    from bench_tasks t join bench_leads l on l.unit_id = t.lead_id where t.expl_answered_on is not null
    union all
    select t.id, 'completion_proposed', t.proposed_on, 100004, l.officer_id, t.lead_id,
      jsonb_build_object('summary', 'Đã hoàn thành nhiệm vụ, gửi kèm báo cáo kết quả.', 'completedOn', t.proposed_on,
        'evidenceFileIds', '[]'::jsonb)
    from bench_tasks t join bench_leads l on l.unit_id = t.lead_id where t.proposed_on is not null
    union all
    select t.id, 'completion_confirmed', t.confirmed_on, 100005, l.reviewer_id, t.assigning_id,
      jsonb_build_object('completedOn', t.proposed_on)
    from bench_tasks t join bench_leads l on l.unit_id = t.lead_id where t.confirmed_on is not null
  ) e
  order by e.occurred_on, e.task_id, e.seq`;

/** Decisions name the event they answer, as the product writes them (ids are known only after insert). */
const linkSql = [
  ['completion_confirmed', 'completion_proposed', 'proposalEventId'],
  ['extension_approved', 'extension_requested', 'requestEventId'],
  ['explanation_answered', 'explanation_requested', 'requestEventId'],
].map(
  ([kind, answered, key]) => `
  update task_events d set payload = d.payload || jsonb_build_object('${key}', q.id)
  from bench_tasks t join task_events q on q.task_id = t.id and q.kind = '${answered}'
  where d.task_id = t.id and d.kind = '${kind}'`,
);

export async function generateTaskBatch(client: pg.PoolClient, batch: TaskBatch): Promise<TaskBatchFigures> {
  await client.query('drop table if exists bench_leads, bench_tasks');
  await client.query(`
    create table bench_leads as
    select (row_number() over (order by l.unit_id) - 1)::int as ord, l.*,
      coalesce((select id from users where username = 'cb.' || lower(l.unit_code)),
        (select id from users where unit_id = l.unit_id and role = 'secretariat' order by id limit 1)) as officer_id,
      (select u.id from users u join units a on a.id = l.assigning_id
        where u.unit_id = a.id and u.role = 'secretariat' order by u.id limit 1) as reviewer_id
    from (${batch.leadsSql}) l`);
  await client.query('create unique index on bench_leads (ord)');
  await client.query('create unique index on bench_leads (unit_id)');
  const {
    rows: [counts],
  } = await client.query<{ leads: number; first: number }>(
    `select (select count(*) from bench_leads)::int as leads, (select coalesce(max(id), 0) + 1 from tasks)::int as first`,
  );
  if (!counts || counts.leads === 0) throw new Error(`no lead units for batch ${batch.codePrefix}`);
  await client.query(planTasksSql(batch, counts.first, counts.leads));
  const tasks = await timed(client, insertTasksSql(batch.codePrefix), [
    titles.map((t) => t[1]),
    titles.map((t) => foldForSearch(t[1])),
    titles.map((t) => t[2]),
  ]);
  await client.query(`select setval(pg_get_serial_sequence('tasks', 'id'), (select max(id) from tasks))`);
  const events = await timed(client, insertEventsSql, [reportTexts]);
  for (const text of linkSql) await client.query(text);
  const {
    rows: [sums],
  } = await client.query<{ reports: number }>(`select coalesce(sum(n_reports), 0)::int as reports from bench_tasks`);
  await client.query('drop table bench_leads, bench_tasks');
  return {
    tasks: tasks.rowCount,
    events: events.rowCount,
    reports: sums!.reports,
    firstId: counts.first,
    lastId: counts.first + batch.tasks - 1,
    tasksSeconds: tasks.seconds,
    eventsSeconds: events.seconds,
  };
}
