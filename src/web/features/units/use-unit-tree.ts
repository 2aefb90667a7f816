import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { UnitLevel } from '../../../shared/domain.ts';
import { toApiError, type ApiError } from '../../lib/api-client.ts';
import { fetchUnits } from './units.api.ts';

export type TreeNode = { code: string; fullName: string; level: UnitLevel; childCount: number | null };
export type Branch =
  { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'loaded'; nodes: TreeNode[]; total: number };
export type VisibleNode = { node: TreeNode; depth: number; parentCode: string | null };

/** The server caps a page at 500; a province has fewer children, and search finds the rest. */
const BRANCH_LIMIT = 500;

/**
 * State of the lazily loaded unit tree: which branches are open and the children fetched for each
 * (`GET /api/units?parent=`), loaded once per branch and kept while the page lives.
 */
export function useUnitTree(root: TreeNode) {
  const [branches, setBranches] = useState<Record<string, Branch>>({});
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set([root.code]));
  const requested = useRef(new Set<string>());

  const load = useCallback((code: string, isRetry = false) => {
    if (requested.current.has(code) && !isRetry) return;
    requested.current.add(code);
    setBranches((all) => ({ ...all, [code]: { status: 'loading' } }));
    fetchUnits({ parent: code, limit: BRANCH_LIMIT }).then(
      ({ items, total }) => {
        const nodes = items.map(({ code: c, fullName, level, childCount }) => ({
          code: c,
          fullName,
          level,
          childCount,
        }));
        setBranches((all) => ({ ...all, [code]: { status: 'loaded', nodes, total } }));
      },
      (error: unknown) => {
        const apiError = toApiError(error);
        setBranches((all) => ({ ...all, [code]: { status: 'error', error: apiError } }));
      },
    );
  }, []);

  useEffect(() => {
    for (const code of expanded) load(code);
  }, [expanded, load]);

  const setOpen = useCallback((code: string, isOpen: boolean) => {
    setExpanded((current) => {
      if (current.has(code) === isOpen) return current;
      const next = new Set(current);
      if (isOpen) next.add(code);
      else next.delete(code);
      return next;
    });
  }, []);

  /** Opens every branch on the way to a unit, e.g. when the page opens at /units/:code. */
  const reveal = useCallback(
    (path: readonly string[]) => {
      const start = path.indexOf(root.code);
      if (start < 0) return;
      setExpanded((current) => {
        const missing = path.slice(start).filter((code) => !current.has(code));
        return missing.length ? new Set([...current, ...missing]) : current;
      });
    },
    [root.code],
  );

  /** Forgets every loaded branch, after an import changed the list. */
  const refresh = useCallback(() => {
    requested.current.clear();
    setBranches({});
    setExpanded((current) => new Set(current));
  }, []);

  const visible = useMemo(() => {
    const list: VisibleNode[] = [];
    const walk = (node: TreeNode, depth: number, parentCode: string | null) => {
      list.push({ node, depth, parentCode });
      const branch = branches[node.code];
      if (!expanded.has(node.code) || branch?.status !== 'loaded') return;
      for (const child of branch.nodes) walk(child, depth + 1, node.code);
    };
    walk(root, 1, null);
    return list;
  }, [root, branches, expanded]);

  return { branches, expanded, visible, setOpen, reveal, refresh, retry: (code: string) => load(code, true) };
}

/** A node may have children until its branch is loaded and found empty. */
export function canExpand(node: TreeNode, branch: Branch | undefined): boolean {
  if (branch?.status === 'loaded') return branch.nodes.length > 0;
  return node.childCount === null || node.childCount > 0;
}
export type UnitTreeState = ReturnType<typeof useUnitTree>;
