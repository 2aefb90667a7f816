/**
 * One implementation plan per benchmark province under Resolution 71/NQ-CP (the demo already has
 * Thanh Hóa's 266-KH/TU and Thái Nguyên's KH-57/TN), and on each plan a catalogue of monthly
 * indicators that communes and departments report (`BM.01`…), with the province's baseline and targets.
 */
import type pg from 'pg';

const percentNames = [
  'Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình',
  'Tỷ lệ hồ sơ được giải quyết đúng hạn',
  'Tỷ lệ văn bản đi được ký số',
  'Tỷ lệ cán bộ, công chức có chữ ký số cá nhân',
  'Tỷ lệ người trưởng thành có tài khoản định danh điện tử mức 2',
  'Tỷ lệ hộ gia đình có cáp quang',
  'Tỷ lệ thôn, tổ dân phố được phủ sóng 4G/5G',
  'Tỷ lệ trường học thu phí không dùng tiền mặt',
  'Tỷ lệ dữ liệu hộ tịch đã được số hóa',
  'Tỷ lệ kết quả giải quyết thủ tục được số hóa',
];
const countNames = [
  'Số hồ sơ trực tuyến tiếp nhận trong kỳ',
  'Số người dân được hướng dẫn kỹ năng số trong kỳ',
  'Số cuộc họp trực tuyến tổ chức trong kỳ',
  'Số thủ tục hành chính được cắt giảm, đơn giản hóa',
  'Số tài khoản định danh điện tử được kích hoạt trong kỳ',
  'Số doanh nghiệp được hỗ trợ chuyển đổi số trong kỳ',
  'Số sáng kiến, giải pháp được công nhận trong kỳ',
  'Số tin bài tuyên truyền về chuyển đổi số',
  'Số sự cố an toàn thông tin được xử lý',
  'Số bộ dữ liệu được cập nhật lên cổng dữ liệu',
];
export const benchIndicatorCount = percentNames.length + countNames.length;

/** Creates the missing province plans; returns plan id by province unit id (the plan tasks go into). */
export async function ensureProvincePlans(client: pg.PoolClient, provinceCodes: string[]) {
  await client.query(
    `insert into plans (code, title, kind, unit_id, parent_plan_id, document_number, document_date, issuer)
     select 'KH-57/' || p.code,
       'Kế hoạch thực hiện Nghị quyết số 57-NQ/TW trên địa bàn ' || p.full_name || ' (dữ liệu benchmark)',
       'Kế hoạch', p.id, nq.id, 'KH-57/' || p.code, date '2025-03-20', 'Tỉnh ủy ' || p.name
     from units p cross join plans nq
     where nq.code = '71/NQ-CP' and p.level = 'province' and p.valid_to is null and p.code = any($1)
       and not exists (select 1 from plans x where x.unit_id = p.id and x.parent_plan_id = nq.id)`,
    [provinceCodes],
  );
}

/** A subquery of (province_id, plan_id): each province's plan under 71/NQ-CP (lowest id if several). */
export const provincePlansSql = `(select distinct on (x.unit_id) x.unit_id as province_id, x.id as plan_id
  from plans x join plans nq on nq.id = x.parent_plan_id and nq.code = '71/NQ-CP' order by x.unit_id, x.id)`;

/** Adds the BM.* catalogue to each province plan, with the province's baseline and 2025/2026/2030 targets. */
export async function addIndicatorCatalogue(client: pg.PoolClient, provinceCodes: string[]) {
  const names = [...percentNames.map((n) => [n, '%']), ...countNames.map((n) => [n, 'lượt'])];
  await client.query(
    `insert into indicators (plan_id, code, name, pillar, tier, unit_of_measure, direction, kind, period,
        responsible_unit_id, rollup, min_value, max_value)
     select pp.plan_id, 'BM.' || lpad(n.ix::text, 2, '0'), n.name,
       (array['KHCN','DMST','CDS'])[1 + n.ix % 3], 'operational', n.uom, 'higher',
       case when n.uom = '%' then 'point' else 'period' end, 'monthly',
       (select d.id from units d where d.parent_id = p.id and d.is_standing_office and d.valid_to is null limit 1),
       case when n.uom = '%' then 'average' else 'sum' end, 0, case when n.uom = '%' then 100 end
     from units p join ${provincePlansSql} pp on pp.province_id = p.id
     cross join unnest($2::text[], $3::text[]) with ordinality n(name, uom, ix)
     where p.code = any($1)
     on conflict (plan_id, code) do nothing`,
    [provinceCodes, names.map((n) => n[0]), names.map((n) => n[1])],
  );
  await client.query(
    `insert into indicator_targets (indicator_id, unit_id, kind, year, "on", value)
     select i.id, pp.province_id, t.kind, t.year, t.on_date,
       case when i.unit_of_measure = '%' then t.percent else t.count * 100 end
     from indicators i join ${provincePlansSql} pp on pp.plan_id = i.plan_id
     join units p on p.id = pp.province_id and p.code = any($1)
     cross join (values ('baseline', null::smallint, date '2025-03-20', 40, 20),
                        ('target', 2025::smallint, date '2025-12-31', 70, 40),
                        ('target', 2026::smallint, date '2026-12-31', 85, 60),
                        ('target', 2030::smallint, date '2030-12-31', 100, 100)) t(kind, year, on_date, percent, count)
     where i.code like 'BM.%'
     on conflict do nothing`,
    [provinceCodes],
  );
}
