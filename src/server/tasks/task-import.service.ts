import type { Db } from '../db/database.ts';
import { findVisiblePlan } from '../plans/plan.service.ts';
import type { AuthUser } from '../accounts/auth-context.ts';
import { can } from '../accounts/account.policy.ts';
import { recordAudit, type Actor } from '../audit/audit.service.ts';
import { assignTaskBodySchema, type AssignTaskBody } from '../../shared/api/tasks.ts';
import type { ImportReport } from '../../shared/api/units.ts';
import { AppError, errors } from '../http/errors.ts';
import { checkAssignment, type PreparedAssignment } from './task-assign.service.ts';
import * as repo from './task.repository.ts';
import { idRanges, sha256Hex } from '../db/bulk-import.ts';
import { findUnitsByCodes } from '../units/unit.repository.ts';
import { insertAssignments } from './task-import.sql.ts';
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

/** A row after the checks that need no database: a repeated code, then the shared schema. */
type ParsedRow = { line: number; errors: RowError[]; input?: AssignTaskBody };

function parseRows(rows: TemplateRow[], planCode: string): ParsedRow[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const first = seen.get(row.values.code);
    if (row.values.code && first !== undefined) {
      const message = `Mã ${row.values.code} bị trùng với dòng ${first}.`;
      return { line: row.line, errors: [{ line: row.line, column: headerOf('code'), message }] };
    }
    seen.set(row.values.code, row.line);
    const parsed = assignTaskBodySchema.safeParse(toBody(row, planCode));
    if (parsed.success) return { line: row.line, errors: [], input: parsed.data };
    const issues = parsed.error.issues.map((i) => ({
      line: row.line,
      column: headerOf(String(i.path[0])),
      message: i.message,
    }));
    return { line: row.line, errors: issues };
  });
}

/**
 * prepareAssignment() (task-assign.service.ts) for every row at once: the plan, the units and the codes
 * already taken are each read in one query, then every row goes through the same checkAssignment(). An
 * import never creates sub-tasks, so no parent is involved.
 */
async function prepareRows(db: Db, caller: AuthUser, parsed: ParsedRow[], planCode: string, clock: TaskClock) {
  const inputs = parsed.flatMap((p) => (p.input ? [p.input] : []));
  const plan = await findVisiblePlan(db, caller, planCode);
  const codes = inputs.flatMap((i) => [i.leadUnitCode, ...i.coordinatingUnitCodes]);
  const units = await findUnitsByCodes(db, codes, caller.scope);
  const taken = plan ? await repo.findTakenCodes(db, plan.id, [...new Set(inputs.map((i) => i.code))]) : new Set();
  const prepared: PreparedAssignment[] = [];
  for (const row of parsed) {
    if (!row.input) continue;
    const facts = { plan, units, isCodeTaken: taken.has(row.input.code), today: clock.today };
    const checked = checkAssignment(caller, row.input, facts);
    row.errors.push(
      ...checked.details.map((d) => ({
        line: row.line,
        column: headerOf(String(d.field).replace(/^body\./, '')),
        message: d.message,
      })),
    );
    if (checked.value) prepared.push(checked.value);
  }
  return { plan, prepared };
}

/**
 * Imports tasks from the XLSX template into one plan: all rows or none, with every problem listed.
 * Set-based: references are read once per kind, rows are checked in memory, then written with
 * multi-row inserts in one transaction that also appends one audit record for the whole file.
 */
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
  const parsed = parseRows(rows, options.planCode);
  const { plan, prepared } = await prepareRows(db, caller, parsed, options.planCode, clock);
  const report: ImportReport = {
    isApplied: false,
    total: rows.length,
    inserted: prepared.length,
    updated: 0,
    unchanged: 0,
    rejected: parsed.flatMap((p) => p.errors),
  };
  if (report.rejected.length > 0 || options.isDryRun) return report;
  const fileSha256 = sha256Hex(file);
  await db.transaction(async (tx) => {
    const ids = await insertAssignments(tx, caller, prepared, clock.today);
    // Recorded against the importing unit; the rows sit under many units, and an action that is not one
    // task's lets recordAudit() mark every cached figure stale (figures/figure-versions.ts).
    await recordAudit(tx, actor, {
      action: 'tasks.imported',
      entityType: 'task_import',
      entityId: fileSha256,
      unitId: caller.unit.id,
      after: { planCode: plan!.code, count: ids.length, taskIdRanges: idRanges(ids), fileSha256 },
    });
  });
  return { ...report, isApplied: true };
}
