import { count } from 'drizzle-orm';
import { readFileSync } from 'node:fs';
import type { Db, Executor } from '../db/database.ts';
import { recordAudit, systemActor } from '../audit/audit.service.ts';
import { vietnamDate } from '../../shared/dates.ts';
import { seedDemoPlansAndTasks } from './demo-plans.seed.ts';
import { seedDemoPublications } from './demo-publications.seed.ts';
import { users } from '../accounts/account.table.ts';
import { hashPassword } from '../accounts/password.ts';
import { unitLinks, units } from '../units/unit.table.ts';
import { insertUnitsBulk, rebuildPaths, type UnitRow } from '../units/unit.repository.ts';
import {
  centralUnits,
  DEMO_PASSWORD,
  DEMO_VALID_FROM,
  demoAccounts,
  demoProvinceCodes,
  demoSuccessions,
  provinceDepartments,
} from './demo-data.ts';

type Bundled = { provinces: [string, string, string][]; communes: Record<string, [string, string, string][]> };

const bundled = JSON.parse(readFileSync(new URL('./demo-units.json', import.meta.url), 'utf8')) as Bundled;

const stripType = (fullName: string, type: string) =>
  fullName.startsWith(`${type} `) ? fullName.slice(type.length + 1) : fullName;

async function seedUnits(tx: Executor): Promise<Map<string, UnitRow>> {
  const base = { validFrom: DEMO_VALID_FROM, isStandingOffice: false };
  const [root, ...ministries] = centralUnits;
  const [rootRow] = await insertUnitsBulk(tx, [{ ...root!, ...base, parentId: null }]);
  const rows = [rootRow!];
  rows.push(
    ...(await insertUnitsBulk(
      tx,
      ministries.map((m) => ({ ...m, ...base, parentId: rootRow!.id })),
    )),
  );
  const provinces = await insertUnitsBulk(
    tx,
    bundled.provinces.map(([code, fullName, type]) => ({
      code,
      fullName,
      type,
      name: stripType(fullName, type),
      level: 'province',
      ...base,
      parentId: rootRow!.id,
    })),
  );
  rows.push(...provinces);
  for (const provinceCode of demoProvinceCodes) {
    const province = provinces.find((p) => p.code === provinceCode)!;
    const communes = (bundled.communes[provinceCode] ?? []).map(([code, fullName, type]) => ({
      code,
      fullName,
      type,
      name: stripType(fullName, type),
      level: 'commune',
      ...base,
      parentId: province.id,
    }));
    const departments = provinceDepartments.map((d) => ({
      code: `${provinceCode}.${d.suffix}`,
      name: d.name,
      fullName: `${d.name} ${province.fullName.replace(/^Tỉnh /, '')}`,
      type: d.type,
      level: 'department',
      ...base,
      isStandingOffice: d.isStandingOffice,
      parentId: province.id,
    }));
    rows.push(...(await insertUnitsBulk(tx, [...departments, ...communes])));
  }
  const byCode = new Map(rows.map((row) => [row.code, row]));
  await seedSuccessions(tx, byCode);
  await rebuildPaths(tx);
  return byCode;
}

/** Dissolved pre-2025 units hang under their province, with links to the unit they merged into. */
async function seedSuccessions(tx: Executor, byCode: Map<string, UnitRow>): Promise<void> {
  for (const succession of demoSuccessions) {
    const successor = byCode.get(succession.toCode)!;
    const old = await insertUnitsBulk(
      tx,
      succession.from.map((unit) => ({
        code: unit.code,
        fullName: unit.fullName,
        name: stripType(unit.fullName, 'Phường'),
        type: 'Phường',
        level: 'commune',
        isStandingOffice: false,
        parentId: successor.parentId,
        validFrom: '2020-01-01',
        validTo: succession.effectiveOn,
      })),
    );
    await tx.insert(unitLinks).values(
      old.map((unit, index) => ({
        fromUnitId: unit.id,
        toUnitId: successor.id,
        kind: succession.from[index]!.kind,
        effectiveOn: succession.effectiveOn,
      })),
    );
  }
}

/**
 * Loads the demo into an empty database (GIAMSAT_DEMO=1, the default for `npm start`).
 * Later features add their demo data here, through the same transaction.
 */
export async function seedDemo(db: Db, now = new Date()): Promise<{ isSeeded: boolean }> {
  const [existing] = await db.select({ n: count() }).from(units);
  if ((existing?.n ?? 0) > 0) return { isSeeded: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const byCode = await seedUnits(tx);
    await tx.insert(users).values(
      demoAccounts.map((account) => ({
        username: account.username,
        displayName: account.displayName,
        role: account.role,
        unitId: byCode.get(account.unitCode)!.id,
        passwordHash,
      })),
    );
    const planned = await seedDemoPlansAndTasks(tx, byCode, vietnamDate(now));
    await seedDemoPublications(tx, byCode);
    await recordAudit(tx, systemActor('demo'), {
      action: 'demo.seed',
      entityType: 'system',
      entityId: 'demo',
      after: { units: byCode.size, accounts: demoAccounts.map((a) => a.username), ...planned },
    });
  });
  return { isSeeded: true };
}
