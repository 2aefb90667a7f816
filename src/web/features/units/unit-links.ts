import { navigate } from '../../lib/router.tsx';

export const unitPath = (code: string) => `/units/${encodeURIComponent(code)}`;
export const openUnit = (code: string) => navigate(unitPath(code));
export const treeItemId = (code: string) => `unit-tree-${code}`;
