import { eq, inArray } from 'drizzle-orm';
import { datasetNames } from '../../shared/api/publishing.ts';
import type { Db, Executor } from '../db/database.ts';
import { users } from '../accounts/account.table.ts';
import { recordAudit, systemActor } from '../audit/audit.service.ts';
import { createSnapshot } from '../publishing/dataset-snapshot.service.ts';
import { publications } from '../publishing/publication.table.ts';
import type { UnitRow } from '../units/unit.repository.ts';
import { units } from '../units/unit.table.ts';

/**
 * What each province's secretariat has made public, so the portal has something to show and also
 * shows the rule: the other units, the other 60-odd indicators and every figure not listed stay private.
 * Row: [publishing secretariat, kind, refKey].
 */
const demoPublications: [string, 'unit' | 'indicator' | 'figure', string][] = [
  ['thuongtruc.thanhhoa', 'unit', '38'],
  ['thuongtruc.thanhhoa', 'unit', '38.SKHCN'],
  ['thuongtruc.thanhhoa', 'unit', '38.STC'],
  ['thuongtruc.thanhhoa', 'unit', '38.SYT'],
  ['thuongtruc.thanhhoa', 'unit', '14758'],
  ['thuongtruc.thanhhoa', 'unit', '14797'],
  ['thuongtruc.thanhhoa', 'figure', 'task_stats:38'],
  ['thuongtruc.thanhhoa', 'figure', 'ranking:38'],
  ['thuongtruc.thanhhoa', 'figure', 'indicator_stats:38'],
  ['thuongtruc.thanhhoa', 'indicator', '266-KH/TU:KHCN.01'],
  ['thuongtruc.thanhhoa', 'indicator', '266-KH/TU:DMST.01'],
  ['thuongtruc.thanhhoa', 'indicator', '266-KH/TU:CDS.01'],
  ['thuongtruc.thanhhoa', 'indicator', '266-KH/TU:CDS.02'],
  ['thuongtruc.thanhhoa', 'indicator', '266-KH/TU:CDS.04'],
  ['thuongtruc.thainguyen', 'unit', '19'],
  ['thuongtruc.thainguyen', 'unit', '01840'],
  ['thuongtruc.thainguyen', 'figure', 'task_stats:19'],
  ['thuongtruc.thainguyen', 'figure', 'ranking:19'],
  ['thuongtruc.thainguyen', 'indicator', 'KH-57/TN:TN.01'],
  ['thuongtruc.thainguyen', 'indicator', 'KH-57/TN:TN.03'],
];

/**
 * A few inserts inside the demo seed's transaction (it runs in every test database). Open-data
 * versions are built by seedDemoSnapshots, after the seed, on a demo server only.
 */
export async function seedDemoPublications(tx: Executor, byCode: Map<string, UnitRow>): Promise<void> {
  // Publications name units by code: a typo here would only show as a unit missing from the portal.
  const unknown = demoPublications.filter(([, kind, refKey]) => kind === 'unit' && !byCode.has(refKey));
  if (unknown.length) throw new Error(`demo publications name unknown units: ${unknown.map((p) => p[2]).join(', ')}`);
  const usernames = [...new Set(demoPublications.map(([username]) => username))];
  const publishers = await tx
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(inArray(users.username, usernames));
  const idOf = new Map(publishers.map((u) => [u.username, u.id]));
  const rows = await tx
    .insert(publications)
    .values(demoPublications.map(([username, kind, refKey]) => ({ kind, refKey, publishedBy: idOf.get(username)! })))
    .returning({ id: publications.id });
  await recordAudit(tx, systemActor('demo'), {
    action: 'publication.seed',
    entityType: 'publication',
    entityId: 'demo',
    after: { publications: rows.length },
  });
}

/**
 * Version 1 of every open dataset, issued by Thanh Hóa's secretariat, for a demo server. Not part of
 * seedDemo (which every test database runs): building a version reads every published figure.
 */
export async function seedDemoSnapshots(db: Db, clock: { today: string; nearDeadlineDays: number }): Promise<number> {
  const [secretariat] = await db
    .select({ id: users.id, unit: units })
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .where(eq(users.username, 'thuongtruc.thanhhoa'));
  if (!secretariat) return 0;
  const issuer = { userId: secretariat.id, unit: secretariat.unit };
  for (const dataset of datasetNames) {
    await createSnapshot(
      db,
      issuer,
      systemActor('demo'),
      dataset,
      { versionNotes: 'Phiên bản đầu tiên (dữ liệu mẫu).' },
      clock,
    );
  }
  return datasetNames.length;
}
