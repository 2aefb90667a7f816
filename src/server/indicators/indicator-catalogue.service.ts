import { eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import type { AuthUser } from '../accounts/auth-context.ts';
import { can } from '../accounts/account.policy.ts';
import { recordAudit, type Actor } from '../audit/audit.service.ts';
import type { CreateIndicatorBody } from '../../shared/api/indicators.ts';
import { FormulaError, formulaReferences, parseFormula } from '../../shared/formula.ts';
import { errors, type ErrorDetail } from '../http/errors.ts';
import { listPlans } from '../plans/plan.service.ts';
import { findUnitByCode } from '../units/unit.repository.ts';
import { isPathInScope } from '../units/unit-scope.ts';
import { indicators } from './indicator.table.ts';

type IndicatorRow = typeof indicators.$inferSelect;

export const presentIndicator = (row: IndicatorRow) => ({
  id: row.id,
  code: row.code,
  name: row.name,
  pillar: row.pillar,
  tier: row.tier,
  unitOfMeasure: row.unitOfMeasure,
  direction: row.direction,
  kind: row.kind,
  period: row.period,
  minValue: row.minValue,
  maxValue: row.maxValue,
  formula: row.formula,
  isSample: row.isSample,
});

/** Adds an indicator to a plan issued in the caller's scope; a formula is checked against the plan. */
export async function createIndicator(db: Db, caller: AuthUser, actor: Actor, input: CreateIndicatorBody) {
  if (!can(caller.role, 'tasks:assign')) throw errors.forbidden('thêm chỉ tiêu');
  const plan = (await listPlans(db, caller)).find((p) => p.code === input.planCode);
  if (!plan) throw errors.invalid([{ field: 'body.planCode', message: `Không có kế hoạch ${input.planCode}.` }]);
  const planUnit = await findUnitByCode(db, plan.unit.code, caller.scope);
  if (!planUnit || !isPathInScope(caller.scope, planUnit.path))
    throw errors.forbidden('thêm chỉ tiêu vào kế hoạch của cấp trên');
  const existing = await db.select({ code: indicators.code }).from(indicators).where(eq(indicators.planId, plan.id));
  const codes = new Set(existing.map((e) => e.code));
  const details: ErrorDetail[] = [];
  if (codes.has(input.code)) details.push({ field: 'body.code', message: `Kế hoạch đã có chỉ tiêu ${input.code}.` });
  if (input.formula) {
    try {
      const missing = formulaReferences(parseFormula(input.formula)).filter((code) => !codes.has(code));
      if (missing.includes(input.code))
        details.push({ field: 'body.formula', message: 'Chỉ tiêu không thể tính từ chính nó.' });
      else if (missing.length)
        details.push({
          field: 'body.formula',
          message: `Công thức dùng chỉ tiêu không có trong kế hoạch: ${missing.join(', ')}.`,
        });
    } catch (error) {
      if (!(error instanceof FormulaError)) throw error;
      details.push({ field: 'body.formula', message: error.message });
    }
  }
  const responsible = input.responsibleUnitCode
    ? await findUnitByCode(db, input.responsibleUnitCode, caller.scope)
    : null;
  if (input.responsibleUnitCode && !responsible) {
    details.push({
      field: 'body.responsibleUnitCode',
      message: `Không có đơn vị ${input.responsibleUnitCode} trong phạm vi của bạn.`,
    });
  }
  const isPercent = input.unitOfMeasure.trim() === '%';
  const minValue = input.minValue ?? (isPercent ? 0 : null);
  const maxValue = input.maxValue ?? (isPercent ? 100 : null);
  if (minValue !== null && maxValue !== null && minValue > maxValue) {
    details.push({ field: 'body.maxValue', message: 'Giá trị lớn nhất phải không nhỏ hơn giá trị nhỏ nhất.' });
  }
  if (details.length) throw errors.invalid(details);
  return db.transaction(async (tx) => {
    const { planCode: _plan, responsibleUnitCode: _unit, ...fields } = input;
    const [created] = await tx
      .insert(indicators)
      .values({
        ...fields,
        planId: plan.id,
        responsibleUnitId: responsible?.id ?? null,
        minValue,
        maxValue,
        formula: input.formula || null,
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'indicator.create',
      entityType: 'indicator',
      entityId: created!.id,
      unitId: planUnit.id,
      after: created,
    });
    return presentIndicator(created!);
  });
}
