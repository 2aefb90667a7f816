import { sql, type SQL } from 'drizzle-orm';

/** What a caller may see: the subtree under their unit (and the units that merged into it). */
export type Scope = { unitId: number; path: string; isRoot: boolean };

const likePrefix = (path: string) => `${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** SQL for the ids of every unit in scope: the subtree, plus predecessors of subtree units. */
export function unitIdsInScope(scope: Scope): SQL {
  // The top of the tree sees every unit, predecessors included: no prefix match or union to compute.
  if (scope.isRoot) return sql`(select u.id from units u)`;
  return sql`(
    select u.id from units u where u.path like ${likePrefix(scope.path)}
    union
    select l.from_unit_id from unit_links l join units n on n.id = l.to_unit_id
    where n.path like ${likePrefix(scope.path)}
  )`;
}

export function isPathInScope(scope: Scope, path: string): boolean {
  return path.startsWith(scope.path);
}
