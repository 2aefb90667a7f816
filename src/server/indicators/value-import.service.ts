import ExcelJS from 'exceljs';
import { asc, eq } from 'drizzle-orm';
import type { Db, Executor } from '../db/database.ts';
import type { AuthUser } from '../accounts/auth-context.ts';
import { recordAudit, type Actor } from '../audit/audit.service.ts';
import type { ImportReport } from '../../shared/api/units.ts';
import { AppError, errors } from '../http/errors.ts';
import { isoDateSchema } from '../../shared/api/common.ts';
import type { PeriodKind } from '../../shared/indicator-math.ts';
import { listPlans } from '../plans/plan.service.ts';
import { idRanges, sha256Hex } from '../db/bulk-import.ts';
import { findUnitsByCodes } from '../units/unit.repository.ts';
import { parseImportFile, type ImportFormat } from '../units/unit-import.parse.ts';
import { indicators } from './indicator.table.ts';
import { checkPeriodEnd, checkValue, storedComment, VALUE_PENDING_MESSAGE } from './value-checks.ts';
import {
  approvedHistories,
  insertValues,
  pairKey,
  periodStates,
  slotKey,
  type NewValueRow,
} from './value-import.sql.ts';

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

type RowError = ImportReport['rejected'][number];
type Indicator = typeof indicators.$inferSelect;
/** A row whose own cells are valid, waiting for the checks that need the database. */
type Candidate = {
  index: number;
  indicator: Indicator;
  unitCode: string;
  periodEnd: string;
  value: number;
  comment: string | null;
  explanation: string | null;
};

/**
 * All rows or none, each with the checks and words of a single entry (recordValue() in
 * indicator-values.service.ts), but set-based: units, approved histories and stored versions are read
 * with one query per kind, rows are checked in memory in file order, and the accepted rows are written
 * with multi-row inserts and one audit record for the whole file, in one transaction.
 */
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
  const catalogue = new Map<string, Indicator>();
  for (const row of await db.select().from(indicators).where(eq(indicators.planId, plan.id)))
    if (!catalogue.has(row.code)) catalogue.set(row.code, row);
  const report: ImportReport = {
    isApplied: false,
    total: records.length,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    rejected: [],
  };
  const errorsAt: RowError[][] = records.map(() => []);
  const reject = (index: number, field: string, message: string) =>
    errorsAt[index]!.push({ line: records[index]!.line, column: headerOf(field), message });

  // The row's own cells, in the order the single-row import checked them.
  const candidates: Candidate[] = [];
  for (const [index, { values }] of records.entries()) {
    const code = byHeader(values, 'indicator');
    const indicator = catalogue.get(code);
    if (!indicator) {
      reject(index, 'indicator', `Kế hoạch không có chỉ tiêu "${code}".`);
      continue;
    }
    // The template lists every indicator: a row left without a value is simply not reported yet.
    if (byHeader(values, 'value') === '') {
      report.unchanged++;
      continue;
    }
    const value = number(byHeader(values, 'value'));
    if (!Number.isFinite(value)) {
      reject(index, 'value', 'Giá trị phải là một số.');
      continue;
    }
    const periodEnd = isoDate(byHeader(values, 'periodEnd'));
    if (!isoDateSchema.safeParse(periodEnd).success) {
      reject(index, 'periodEnd', 'Ngày cuối kỳ phải có dạng ngày/tháng/năm, ví dụ 14/12/2025.');
      continue;
    }
    candidates.push({
      index,
      indicator,
      unitCode: byHeader(values, 'unitCode'),
      periodEnd,
      value,
      comment: byHeader(values, 'comment') || null,
      explanation: byHeader(values, 'explanation') || null,
    });
  }

  return db.transaction(async (tx) => {
    const accepted = await checkCandidates(tx, caller, candidates, options, reject);
    report.inserted = accepted.length;
    report.rejected = errorsAt.flat();
    if (report.rejected.length > 0 || options.isDryRun) return report;
    // A template sent back without any value changes nothing, so it leaves no audit record either.
    if (accepted.length === 0) return { ...report, isApplied: true };
    const ids = await insertValues(tx, accepted);
    const fileSha256 = sha256Hex(file);
    // As for tasks.imported: against the importing unit, with every cached figure marked stale.
    await recordAudit(tx, actor, {
      action: 'indicator_values.imported',
      entityType: 'indicator_value_import',
      entityId: fileSha256,
      unitId: caller.unit.id,
      after: { planCode: plan.code, count: ids.length, valueIdRanges: idRanges(ids), fileSha256 },
    });
    return { ...report, isApplied: true };
  });
}

/** recordValue()'s checks for every candidate; returns the rows to insert, in file order. */
async function checkCandidates(
  tx: Executor,
  caller: AuthUser,
  candidates: Candidate[],
  rules: { today: string; cutDay: number },
  reject: (index: number, field: string, message: string) => void,
): Promise<NewValueRow[]> {
  const unitsByCode = await findUnitsByCodes(
    tx,
    candidates.map((c) => c.unitCode),
    caller.scope,
  );
  const located: (Candidate & { unitId: number })[] = [];
  for (const c of candidates) {
    // Like findUnitByCode() in recordValue(): the current unit with the code, else a dissolved one in scope.
    const unit = unitsByCode.get(c.unitCode);
    if (!unit) {
      reject(c.index, 'unitCode', `Không có đơn vị ${c.unitCode} trong phạm vi của bạn.`);
      continue;
    }
    const periodProblem = checkPeriodEnd(c.indicator.period as PeriodKind, c.periodEnd, rules);
    if (periodProblem) reject(c.index, 'periodEnd', periodProblem.message);
    else located.push({ ...c, unitId: unit.id });
  }
  const slots = located.map((c) => ({ indicatorId: c.indicator.id, unitId: c.unitId, periodEnd: c.periodEnd }));
  const histories = await approvedHistories(tx, slots);
  const stored = await periodStates(tx, slots);
  // A row waits for review once accepted, so a second row for the same period meets it as pending.
  const taken = new Set<string>();
  const accepted: NewValueRow[] = [];
  located.forEach((c, i) => {
    const slot = slots[i]!;
    const checked = checkValue(c.indicator, c.value, histories.get(pairKey(slot)) ?? [], c.explanation);
    if (checked.errors.length > 0) {
      for (const e of checked.errors) reject(c.index, e.field.replace(/^body\./, ''), e.message);
      return;
    }
    const state = stored.get(slotKey(slot));
    if (state?.isPending || taken.has(slotKey(slot))) {
      reject(c.index, 'value', VALUE_PENDING_MESSAGE);
      return;
    }
    taken.add(slotKey(slot));
    accepted.push({
      indicatorId: c.indicator.id,
      unitId: c.unitId,
      periodEnd: c.periodEnd,
      value: c.value,
      version: (state?.version ?? 0) + 1,
      status: 'submitted',
      source: 'import',
      comment: storedComment(c.comment, c.explanation),
      requestKey: null,
      submittedBy: caller.id,
      submittedOn: rules.today,
      warnings: checked.warnings,
    });
  });
  return accepted;
}
