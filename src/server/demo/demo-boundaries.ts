import { existsSync, readFileSync } from 'node:fs';
import type { Db } from '../db/database.ts';
import { systemActor } from '../audit/audit.service.ts';
import { importBoundaries } from '../boundaries/boundary.service.ts';

/**
 * The demo's map boundaries come from the reference data next to the project (../shared/data/geo), when it
 * is there: the 34 provinces and the communes of the two demo provinces. They are imported through the
 * same importer as an admin's file; without the folder the demo runs as before, with no map.
 * Resolved from this file, not the working directory, so `npm start` from anywhere finds it.
 */
export const DEMO_GEO_DIR = new URL('../../../../shared/data/geo/', import.meta.url);
export const demoBoundaryFiles = [
  'vn_provinces_34.geojson',
  'wards_38_thanh_hoa.geojson',
  'wards_19_thai_nguyen.geojson',
] as const;

const everything = { unitId: 0, path: '/', isRoot: true };

export type DemoBoundaries = { message: string; files: Record<string, string> };

/** Never throws: a missing or refused file is reported in the one log line and the demo carries on. */
export async function loadDemoBoundaries(db: Db, dir: URL = DEMO_GEO_DIR): Promise<DemoBoundaries> {
  if (!existsSync(dir)) {
    return { message: 'demo boundaries: ../shared/data/geo not found, the map stays empty', files: {} };
  }
  const files: Record<string, string> = {};
  const started = performance.now();
  for (const file of demoBoundaryFiles) {
    const path = new URL(file, dir);
    if (!existsSync(path)) {
      files[file] = 'missing';
      continue;
    }
    try {
      const report = await importBoundaries(db, systemActor('demo'), everything, readFileSync(path), {
        property: 'code',
        isDryRun: false,
        source: `demo:${file}`,
      });
      files[file] = report.isApplied
        ? `${report.inserted + report.updated} units, ${Math.round(report.bytesIn / 1024)} KB → ${Math.round(report.bytesOut / 1024)} KB`
        : `refused: ${report.rejected[0]?.message ?? 'unknown reason'}`;
    } catch (error) {
      files[file] = `failed: ${(error as Error).message}`;
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return { message: `demo boundaries loaded from ../shared/data/geo in ${seconds} s`, files };
}
