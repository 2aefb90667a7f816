import { sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';

/** The row that every scope also reads: changes whose reach is not one subtree. */
const EVERYWHERE = 0;

/** Changes no statistic reads: sessions, accounts, tokens, publishing, generated documents, map shapes. */
const NO_FIGURES =
  /^(auth|user|machine_token|publication|dataset|report|report_schedule|boundary|urging)\.|^task\.evidence_uploaded$/;
/** Changes confined to the subtrees above the unit they are recorded against. */
const IN_SUBTREE = /^(task|indicator\.value|indicator\.explanation)[._]/;

/**
 * Where a recorded change can move figures: nowhere, the units above its own (ancestors and itself),
 * or everywhere. Unknown actions count as everywhere, so a new kind of change can never leave a stale
 * figure behind; the price is a recomputation.
 */
export function reachOf(action: string, unitId: number | null): 'none' | 'subtree' | 'everywhere' {
  if (NO_FIGURES.test(action)) return 'none';
  if (IN_SUBTREE.test(action) && unitId !== null) return 'subtree';
  return 'everywhere';
}

/**
 * Moves the counters a change reaches, inside the change's own transaction. Every transaction takes the
 * root's row first (it heads every path, and "everywhere" moves it too), so writers queue on it instead
 * of deadlocking over the rows below it; the lock lasts until the writer's commit.
 */
export async function bumpFigureVersions(tx: Executor, reach: 'subtree' | 'everywhere', unitId: number | null) {
  if (reach === 'everywhere' || unitId === null) {
    await tx.execute(sql`
      insert into figure_versions (unit_id, version)
      select id, 1 from (select id from units where parent_id is null and valid_to is null
        union all select ${EVERYWHERE}) rows(id)
      order by id = ${EVERYWHERE}, id
      on conflict (unit_id) do update set version = figure_versions.version + 1`);
    return;
  }
  await tx.execute(sql`
    insert into figure_versions (unit_id, version)
    select a.id::int, 1 from units u, unnest(string_to_array(trim(both '/' from u.path), '/')) with ordinality as a(id, n)
    where u.id = ${unitId}
    order by a.n
    on conflict (unit_id) do update set version = figure_versions.version + 1`);
}

/**
 * The counters a scope's cached figures are keyed by, in one read: `subtree` (its own plus the
 * everywhere row; both only grow, so their sum does too) and `settled` (the everywhere row alone, for
 * days no dated change can reach; see figure-cache.ts).
 */
export async function readFigureVersions(db: Executor, unitId: number): Promise<FigureVersions> {
  const { rows } = await db.execute<{ subtree: number; settled: number }>(sql`
    select coalesce(sum(version), 0)::bigint as subtree,
      coalesce(max(version) filter (where unit_id = ${EVERYWHERE}), 0)::bigint as settled
    from figure_versions where unit_id in (${EVERYWHERE}, ${unitId})`);
  return { subtree: Number(rows[0]!.subtree), settled: Number(rows[0]!.settled) };
}

export type FigureVersions = { subtree: number; settled: number };
