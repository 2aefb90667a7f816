/**
 * Arrow keys on the map move to the nearest area in that direction, as the eye would: among the areas
 * whose centre lies that way, the one with the smallest distance along the direction plus twice the
 * sideways offset (so a neighbour straight ahead wins over a closer one off to the side).
 */
export type Centre = { x: number; y: number };

const directions: Record<string, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
};

export const isMapKey = (key: string) => key in directions || key === 'Home' || key === 'End';

/** The index to move to from `from` on `key`, or null to stay (nothing that way, or not a map key). */
export function nextArea(centres: readonly Centre[], from: number, key: string): number | null {
  if (key === 'Home') return centres.length ? 0 : null;
  if (key === 'End') return centres.length ? centres.length - 1 : null;
  const direction = directions[key];
  const origin = centres[from];
  if (!direction || !origin) return null;
  const [dx, dy] = direction;
  let [best, bestScore] = [null as number | null, Infinity];
  centres.forEach((centre, index) => {
    const [vx, vy] = [centre.x - origin.x, centre.y - origin.y];
    const along = vx * dx + vy * dy;
    if (index === from || along <= 0) return;
    const score = along + 2 * Math.abs(vx * dy - vy * dx);
    if (score < bestScore) [best, bestScore] = [index, score];
  });
  return best;
}
