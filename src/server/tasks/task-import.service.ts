import type { Db } from '../db/database.ts';
import type { AuthUser } from '../accounts/auth-context.ts';
import { can } from '../accounts/account.policy.ts';
import type { Actor } from '../audit/audit.service.ts';
import { assignTaskBodySchema, type AssignTaskBody } from '../../shared/api/tasks.ts';
import type { ImportReport } from '../../shared/api/units.ts';
import { AppError, errors } from '../http/errors.ts';
import { prepareAssignment, writeAssignment, type PreparedAssignment } from './task-assign.service.ts';
import { normalizeDate, readTemplateRows, templateColumns, type TemplateRow } from './task-xlsx.ts';
import type { TaskClock } from './task-query.service.ts';

type RowError = ImportReport['rejected'][number];
const headerOf = (field: string) => templateColumns.find((c) => c.field === field)?.header ?? field;

function toBody(row: TemplateRow, planCode: string): unknown {
  const v = row.values;
  const yes = ['có', 'co', 'x', 'yes', 'true', '1'].includes(v.isDailyReport.toLowerCase());
  return {
    planCode,
    code: v.code,
    title: v.title,
    pillar: v.pillar.toUpperCase().replace('Đ', 'D'),
    leadUnitCode: v.leadUnitCode,
    coordinatingUnitCodes: v.coordinatingUnitCodes
      ? v.coordinatingUnitCodes
          .split(/[,;]/)
          .map((c) => c.trim())
          .filter(Boolean)
      : [],
    deadline: v.deadline ? normalizeDate(v.deadline) : null,
    reportingCycle: v.reportingCycle || null,
    isDailyReport: yes,
    requiredOutput: v.requiredOutput,
    description: v.description || null,
  };
}

/** Checks one row: the shared schema first, then the same database checks as a single assignment. */
async function checkRow(db: Db, caller: AuthUser, row: TemplateRow, planCode: string, clock: TaskClock) {
  const parsed = assignTaskBodySchema.safeParse(toBody(row, planCode));
  if (!parsed.success) {
    return {
      errors: parsed.error.issues.map((i) => ({
        line: row.line,
        column: headerOf(String(i.path[0])),
        message: i.message,
      })),
    };
  }
  const prepared = await prepareAssignment(db, caller, parsed.data as AssignTaskBody, clock);
  const rowErrors = prepared.details.map((d) => ({
    line: row.line,
    column: headerOf(String(d.field).replace(/^body\./, '')),
    message: d.message,
  }));
  return { errors: rowErrors, value: prepared.value };
}

/** Imports tasks from the XLSX template into one plan: all rows or none, with every problem listed. */
export async function importTasks(
  db: Db,
  caller: AuthUser,
  actor: Actor,
  file: Buffer,
  options: { planCode: string; isDryRun: boolean },
  clock: TaskClock,
): Promise<ImportReport> {
  if (!can(caller.role, 'tasks:assign')) throw errors.forbidden('giao nhiệm vụ');
  const rows = await readTemplateRows(file).catch(() => {
    throw new AppError(400, 'FILE_UNREADABLE', 'Không đọc được tệp Excel. Hãy dùng mẫu tải từ hệ thống.');
  });
  if (rows.length === 0) throw new AppError(400, 'FILE_EMPTY', 'Tệp không có dòng dữ liệu nào.');
  const rejected: RowError[] = [];
  const prepared: PreparedAssignment[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const first = seen.get(row.values.code);
    if (row.values.code && first !== undefined) {
      rejected.push({
        line: row.line,
        column: headerOf('code'),
        message: `Mã ${row.values.code} bị trùng với dòng ${first}.`,
      });
      continue;
    }
    seen.set(row.values.code, row.line);
    const checked = await checkRow(db, caller, row, options.planCode, clock);
    rejected.push(...checked.errors);
    if (checked.value) prepared.push(checked.value);
  }
  const report: ImportReport = {
    isApplied: false,
    total: rows.length,
    inserted: prepared.length,
    updated: 0,
    unchanged: 0,
    rejected,
  };
  if (rejected.length > 0 || options.isDryRun) return report;
  await db.transaction(async (tx) => {
    for (const value of prepared) await writeAssignment(tx, caller, actor, value, clock);
  });
  return { ...report, isApplied: true };
}
