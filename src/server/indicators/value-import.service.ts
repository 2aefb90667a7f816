import ExcelJS from 'exceljs';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import type { AuthUser } from '../accounts/auth-context.ts';
import type { Actor } from '../audit/audit.service.ts';
import type { ImportReport } from '../../shared/api/units.ts';
import { AppError, errors } from '../http/errors.ts';
import { isoDateSchema } from '../../shared/api/common.ts';
import { listPlans } from '../plans/plan.service.ts';
import { parseImportFile, type ImportFormat } from '../units/unit-import.parse.ts';
import { indicators } from './indicator.table.ts';
import { recordValue } from './indicator-values.service.ts';

/** Template columns: header shown to users → field of a recorded value. */
const columns = [
  { header: 'Mã chỉ tiêu', field: 'indicator' },
  { header: 'Tên chỉ tiêu (để tham khảo)', field: 'name' },
  { header: 'Mã đơn vị', field: 'unitCode' },
  { header: 'Ngày cuối kỳ (ngày/tháng/năm)', field: 'periodEnd' },
  { header: 'Giá trị', field: 'value' },
  { header: 'Ghi chú', field: 'comment' },
  { header: 'Giải trình (nếu số lũy kế giảm)', field: 'explanation' },
] as const;
const headerOf = (field: string) => columns.find((c) => c.field === field.replace(/^body\./, ''))?.header ?? field;

async function planFor(db: Db, caller: AuthUser, planCode: string) {
  const plan = (await listPlans(db, caller)).find((p) => p.code === planCode);
  if (!plan) throw errors.notFound('Kế hoạch');
  return plan;
}

export async function buildValueTemplate(db: Db, caller: AuthUser, planCode: string): Promise<Buffer> {
  const plan = await planFor(db, caller, planCode);
  const rows = await db.select().from(indicators).where(eq(indicators.planId, plan.id)).orderBy(asc(indicators.code));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Số liệu');
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.field, width: c.field === 'name' ? 50 : 18 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows.filter((r) => !r.formula))
    sheet.addRow({ indicator: row.code, name: row.name, unitCode: caller.unit.code });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const text = (value: unknown) =>
  value === null || value === undefined
    ? ''
    : value instanceof Date
      ? value.toISOString().slice(0, 10)
      : String(value).trim();
const isoDate = (value: string) => {
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  return vn ? `${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}` : value;
};
/** "94,12" and "408.984" as Vietnamese write them; "94.12" as machines do. */
const number = (value: string) => {
  const vietnamese = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(value) || /^-?\d+,\d+$/.test(value);
  return Number(vietnamese ? value.replace(/\./g, '').replace(',', '.') : value);
};

/** All rows or none: each row goes through the same checks as the form, inside one transaction. */
export async function importValues(
  db: Db,
  caller: AuthUser,
  actor: Actor,
  file: Buffer,
  options: { planCode: string; format: ImportFormat; isDryRun: boolean; today: string; cutDay: number },
): Promise<ImportReport> {
  const plan = await planFor(db, caller, options.planCode);
  const records = await parseImportFile(file, options.format).catch((error: Error) => {
    throw new AppError(400, 'FILE_UNREADABLE', error.message);
  });
  const byHeader = (values: Record<string, unknown>, field: string) =>
    text(values[columns.find((c) => c.field === field)!.header] ?? values[field]);
  const catalogue = await db.select().from(indicators).where(eq(indicators.planId, plan.id));
  const report: ImportReport = {
    isApplied: false,
    total: records.length,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    rejected: [],
  };
  class Rollback extends Error {}
  try {
    await db.transaction(async (tx) => {
      for (const { line, values } of records) {
        const code = byHeader(values, 'indicator');
        const indicator = catalogue.find((i) => i.code === code);
        if (!indicator) {
          report.rejected.push({
            line,
            column: headerOf('indicator'),
            message: `Kế hoạch không có chỉ tiêu "${code}".`,
          });
          continue;
        }
        // The template lists every indicator: a row left without a value is simply not reported yet.
        if (byHeader(values, 'value') === '') {
          report.unchanged++;
          continue;
        }
        const value = number(byHeader(values, 'value'));
        if (!Number.isFinite(value)) {
          report.rejected.push({ line, column: headerOf('value'), message: 'Giá trị phải là một số.' });
          continue;
        }
        const periodEnd = isoDate(byHeader(values, 'periodEnd'));
        if (!isoDateSchema.safeParse(periodEnd).success) {
          report.rejected.push({
            line,
            column: headerOf('periodEnd'),
            message: 'Ngày cuối kỳ phải có dạng ngày/tháng/năm, ví dụ 14/12/2025.',
          });
          continue;
        }
        try {
          const input = {
            unitCode: byHeader(values, 'unitCode'),
            periodEnd,
            value,
            comment: byHeader(values, 'comment') || null,
            explanation: byHeader(values, 'explanation') || null,
            source: 'import' as const,
          };
          await recordValue(tx as unknown as Db, caller, actor, indicator.id, input, options);
          report.inserted++;
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          const details = error.details.length ? error.details : [{ field: 'value', message: error.message }];
          for (const d of details)
            report.rejected.push({ line, column: headerOf(d.field ?? 'value'), message: d.message });
        }
      }
      if (report.rejected.length > 0 || options.isDryRun) throw new Rollback();
    });
    report.isApplied = true;
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return report;
}
