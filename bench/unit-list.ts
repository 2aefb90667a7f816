/**
 * The national unit list: the real 34 provinces and 3,321 communes of 1 July 2025 from ../shared/data,
 * loaded through the product's own importer (all or nothing, audited), as an administrator would.
 * When the folder is missing, a synthetic list of the same size stands in, and the results say so.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { systemActor } from '../src/server/audit/audit.service.ts';
import type { Database } from '../src/server/db/database.ts';
import { importUnits } from '../src/server/units/unit-import.service.ts';
import { insertUnitsBulk, rebuildPaths } from '../src/server/units/unit.repository.ts';

const dataDir = path.resolve(import.meta.dirname, '../../shared/data/admin-units');
const allScope = { unitId: 0, path: '/', isRoot: true };

export type UnitListFigures = { source: string; rows: number; inserted: number; seconds: number };

async function importFile(database: Database, file: string) {
  const report = await importUnits(database.db, systemActor('bench'), allScope, readFileSync(file), {
    format: 'csv',
    parentCode: 'TW',
    effectiveOn: '2025-07-01',
    isDryRun: false,
  });
  if (!report.isApplied) {
    const first = report.rejected.slice(0, 5).map((r) => `line ${r.line} ${r.column}: ${r.message}`);
    throw new Error(`unit import of ${path.basename(file)} rejected: ${first.join('; ')}`);
  }
  return report;
}

/** Synthetic stand-in: 98 communes per province (3,332 in all), codes from 90000 up. */
async function syntheticCommunes(database: Database) {
  const { rows: provinces } = await database.pool.query<{ id: number; code: string }>(
    `select id, code from units where level = 'province' and valid_to is null order by code`,
  );
  const rows = provinces.flatMap((province, p) =>
    Array.from({ length: 98 }, (_, i) => ({
      code: String(90_000 + p * 100 + i),
      name: `Tổng hợp ${province.code}-${i + 1}`,
      fullName: `Xã Tổng hợp ${province.code}-${i + 1}`,
      type: 'Xã',
      level: 'commune',
      validFrom: '2025-07-01',
      isStandingOffice: false,
      parentId: province.id,
    })),
  );
  await database.db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 1000) await insertUnitsBulk(tx, rows.slice(i, i + 1000));
    await rebuildPaths(tx);
  });
  return rows.length;
}

export async function loadNationalUnits(database: Database): Promise<UnitListFigures> {
  const provincesFile = path.join(dataDir, 'provinces_2025-07-01.csv');
  const communesFile = path.join(dataDir, 'communes_2025-07-01.csv');
  const started = performance.now();
  if (!existsSync(provincesFile) || !existsSync(communesFile)) {
    const inserted = await syntheticCommunes(database);
    return {
      source: `synthetic (../shared/data missing): 34 provinces × 98 communes`,
      rows: inserted,
      inserted,
      seconds: (performance.now() - started) / 1000,
    };
  }
  const provinces = await importFile(database, provincesFile);
  const communes = await importFile(database, communesFile);
  return {
    source: 'real list of 1/7/2025 (../shared/data/admin-units): 34 provinces, 3,321 communes',
    rows: provinces.total + communes.total,
    inserted: provinces.inserted + communes.inserted,
    seconds: (performance.now() - started) / 1000,
  };
}
