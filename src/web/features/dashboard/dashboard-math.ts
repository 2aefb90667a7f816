/** Pure helpers of the dashboard: changes between two dates and the geometry of the small charts. */

export type Direction = 'up' | 'down' | 'same';

/** `now − before`, rounded to hundredths so 79.17 − 80.85 reads −1.68, not −1.6799999; null when unknown. */
export function changeOf(now: number | null, before: number | null | undefined): number | null {
  if (now === null || before === null || before === undefined) return null;
  return Math.round((now - before) * 100) / 100;
}

export function directionOf(change: number): Direction {
  return change > 0 ? 'up' : change < 0 ? 'down' : 'same';
}

/**
 * Whether a change is good news, for the colour only (the arrow and the words carry the meaning).
 * `higher`: more is better (completed on time, rate); `lower`: less is better (overdue); `neutral`: neither.
 */
export type Polarity = 'higher' | 'lower' | 'neutral';

export function toneOf(change: number, polarity: Polarity): 'good' | 'bad' | 'neutral' {
  if (change === 0 || polarity === 'neutral') return 'neutral';
  return change > 0 === (polarity === 'higher') ? 'good' : 'bad';
}

export type Frame = { width: number; height: number; left: number; right: number; top: number; bottom: number };

/** x of the i-th of n evenly spaced points (the trend's points are 30 days apart), y of a 0–100 percent. */
export function percentScales(frame: Frame, count: number) {
  const plotWidth = frame.width - frame.left - frame.right;
  const plotHeight = frame.height - frame.top - frame.bottom;
  return {
    x: (index: number) => frame.left + (count <= 1 ? plotWidth / 2 : (index / (count - 1)) * plotWidth),
    y: (percent: number) => frame.top + (1 - Math.max(0, Math.min(100, percent)) / 100) * plotHeight,
  };
}

/**
 * `M…L…` through the points that have a value; a missing value (nothing was due yet) breaks the line
 * rather than being drawn as zero.
 */
export function gappedPath(
  values: readonly (number | null)[],
  x: (index: number) => number,
  y: (value: number) => number,
): string {
  let path = '';
  let isDrawing = false;
  values.forEach((value, index) => {
    if (value === null) {
      isDrawing = false;
      return;
    }
    path += `${isDrawing ? 'L' : path ? ' M' : 'M'}${x(index).toFixed(1)} ${y(value).toFixed(1)}`;
    isDrawing = true;
  });
  return path;
}

/** Shares of each part in percent of the total, for a stacked bar; all zero when the total is zero. */
export function sharesOf<K extends string>(parts: Record<K, number>, total: number): Record<K, number> {
  const shares = {} as Record<K, number>;
  for (const key of Object.keys(parts) as K[]) shares[key] = total > 0 ? (parts[key] / total) * 100 : 0;
  return shares;
}
