import type { Executor } from '../db/database.ts';
import type { UnitRow } from '../units/unit.repository.ts';

/** What the demo's secretariat has made public, so the portal has something to show. */
export async function seedDemoPublications(tx: Executor, byCode: Map<string, UnitRow>): Promise<void> {
  void tx;
  void byCode;
}
