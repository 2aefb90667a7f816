/** How a parent unit's figure is made from its sub-units' figures when it reports none itself. */
export type Rollup = 'sum' | 'average' | 'weighted_average' | 'min' | 'max' | 'none';

export function rollUp(rule: string, values: number[]): number | null {
  if (values.length === 0 || rule === 'none') return null;
  switch (rule) {
    case 'sum':
      return values.reduce((a, b) => a + b, 0);
    case 'min':
      return Math.min(...values);
    case 'max':
      return Math.max(...values);
    // Population weights are not stored yet, so a weighted average falls back to the plain mean.
    case 'average':
    case 'weighted_average':
      return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10_000) / 10_000;
    default:
      return null;
  }
}
