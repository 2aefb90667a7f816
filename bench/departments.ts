/**
 * Departments of each province: the demo's 11 main ones plus 9 more that every province has, so a
 * province has about 20 and the country about 700, as in the issue. Inserted with the product's bulk
 * insert, then paths rebuilt.
 */
import type { Database } from '../src/server/db/database.ts';
import { provinceDepartments } from '../src/server/demo/demo-data.ts';
import { insertUnitsBulk, rebuildPaths } from '../src/server/units/unit.repository.ts';

const moreDepartments = [
  { suffix: 'STP', name: 'Sở Tư pháp', type: 'Sở' },
  { suffix: 'SDTTG', name: 'Sở Dân tộc và Tôn giáo', type: 'Sở' },
  { suffix: 'SNGV', name: 'Sở Ngoại vụ', type: 'Sở' },
  { suffix: 'TTR', name: 'Thanh tra tỉnh', type: 'Thanh tra' },
  { suffix: 'BQLKKT', name: 'Ban Quản lý Khu kinh tế và các khu công nghiệp', type: 'Ban' },
  { suffix: 'BPTTH', name: 'Báo và Phát thanh, Truyền hình', type: 'Cơ quan báo chí' },
  { suffix: 'BCHQS', name: 'Bộ Chỉ huy Quân sự tỉnh', type: 'Bộ Chỉ huy' },
  { suffix: 'TCT', name: 'Trường Chính trị tỉnh', type: 'Trường' },
  { suffix: 'BHXH', name: 'Bảo hiểm xã hội tỉnh', type: 'Cơ quan' },
];

export const departmentsPerProvince = provinceDepartments.length + moreDepartments.length;

/** Adds the missing departments under each province in `provinceCodes`; returns how many were added. */
export async function addDepartments(database: Database, provinceCodes: string[]): Promise<number> {
  const { rows: provinces } = await database.pool.query<{ id: number; code: string; full_name: string }>(
    `select id, code, full_name from units where level = 'province' and valid_to is null and code = any($1) order by code`,
    [provinceCodes],
  );
  const { rows: existing } = await database.pool.query<{ code: string }>(
    `select code from units where level = 'department' and valid_to is null`,
  );
  const taken = new Set(existing.map((r) => r.code));
  const all = [...provinceDepartments.map((d) => ({ ...d })), ...moreDepartments];
  const rows = provinces.flatMap((province) =>
    all
      .map((d) => ({
        code: `${province.code}.${d.suffix}`,
        name: d.name,
        fullName: `${d.name} ${province.full_name.replace(/^(Tỉnh|Thành phố) /, '')}`,
        type: d.type,
        level: 'department',
        validFrom: '2025-07-01',
        isStandingOffice: 'isStandingOffice' in d && d.isStandingOffice === true,
        parentId: province.id,
      }))
      .filter((row) => !taken.has(row.code)),
  );
  await database.db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 1000) await insertUnitsBulk(tx, rows.slice(i, i + 1000));
    await rebuildPaths(tx);
  });
  return rows.length;
}
