import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Executor } from '../db/database.ts';
import type { AuthUser } from '../accounts/auth-context.ts';
import { can } from '../accounts/account.policy.ts';
import { recordAudit, type Actor } from '../audit/audit.service.ts';
import type { CreatePlanBody, Plan } from '../../shared/api/plans.ts';
import { errors, type ErrorDetail } from '../http/errors.ts';
import { findUnitByCode } from '../units/unit.repository.ts';
import { units } from '../units/unit.table.ts';
import { unitIdsInScope } from '../units/unit-scope.ts';
import { plans } from './plan.table.ts';

const parent = alias(plans, 'parent_plan');

/**
 * A caller sees the plans issued in their scope and the plans above them (a commune works under the
 * province's plan and the national resolutions), never a sibling's. Every lookup of a plan by code or id
 * uses this condition, so a hidden plan answers exactly as an absent one.
 */
export function planVisibleTo(caller: Pick<AuthUser, 'scope' | 'unit'>): SQL {
  return sql`(${plans.unitId} in ${unitIdsInScope(caller.scope)} or ${plans.unitId} in (select ${units.id} from ${units} where ${caller.unit.path} like ${units.path} || '%'))`;
}

/** The plan with this code if the caller may see it; undefined when absent or hidden (same answer). */
export async function findVisiblePlan(db: Executor, caller: Pick<AuthUser, 'scope' | 'unit'>, code: string) {
  const [row] = await db
    .select()
    .from(plans)
    .where(and(eq(plans.code, code), planVisibleTo(caller)));
  return row;
}

export async function listPlans(db: Db, caller: Pick<AuthUser, 'scope' | 'unit'>): Promise<Plan[]> {
  const rows = await db
    .select({ plan: plans, unit: units, parentCode: parent.code })
    .from(plans)
    .innerJoin(units, eq(units.id, plans.unitId))
    .leftJoin(parent, eq(parent.id, plans.parentPlanId))
    .where(planVisibleTo(caller))
    .orderBy(asc(plans.documentDate), asc(plans.code));
  return rows.map(({ plan, unit, parentCode }) => ({
    id: plan.id,
    code: plan.code,
    title: plan.title,
    kind: plan.kind,
    unit: { code: unit.code, fullName: unit.fullName },
    parentCode,
    documentNumber: plan.documentNumber,
    documentDate: plan.documentDate,
    issuer: plan.issuer,
    pillars: plan.pillars,
    isSample: plan.isSample,
  }));
}

export async function createPlan(db: Db, caller: AuthUser, actor: Actor, input: CreatePlanBody): Promise<Plan> {
  if (!can(caller.role, 'tasks:assign')) throw errors.forbidden('ban hành kế hoạch');
  const details: ErrorDetail[] = [];
  const unit = await findUnitByCode(db, input.unitCode, caller.scope);
  if (!unit)
    details.push({ field: 'body.unitCode', message: `Không có đơn vị ${input.unitCode} trong phạm vi của bạn.` });
  const visible = await listPlans(db, caller);
  const parentPlan = input.parentCode ? visible.find((p) => p.code === input.parentCode) : undefined;
  if (input.parentCode && !parentPlan)
    details.push({ field: 'body.parentCode', message: `Không có kế hoạch cấp trên ${input.parentCode}.` });
  const [duplicate] = await db.select({ id: plans.id }).from(plans).where(eq(plans.code, input.code));
  if (duplicate) details.push({ field: 'body.code', message: `Đã có kế hoạch số hiệu ${input.code}.` });
  if (details.length) throw errors.invalid(details);
  const id = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(plans)
      .values({ ...input, unitId: unit!.id, parentPlanId: parentPlan?.id ?? null })
      .returning();
    await recordAudit(tx, actor, {
      action: 'plan.create',
      entityType: 'plan',
      entityId: created!.id,
      unitId: unit!.id,
      after: created,
    });
    return created!.id;
  });
  return (await listPlans(db, caller)).find((p) => p.id === id)!;
}
