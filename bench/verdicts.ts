/** Verdicts beside limits (collecting every miss for the closing list) and small formatting helpers. */
export type Verdict = { ok: boolean; text: string };
export const misses: string[] = [];

export const atMost = (value: number, limit: number, what: string): Verdict => {
  if (!Number.isFinite(value)) return { ok: false, text: '✗ not measured' };
  if (value <= limit) return { ok: true, text: '✓' };
  misses.push(
    `${what}: ${value >= 10 ? value.toFixed(0) : value.toFixed(2)} against ≤ ${limit} (${(value / limit).toFixed(1)}× the limit)`,
  );
  return { ok: false, text: `✗ ${(value / limit).toFixed(1)}× the limit` };
};

export const atLeast = (value: number, limit: number, what: string): Verdict => {
  if (!Number.isFinite(value)) return { ok: false, text: '✗ not measured' };
  if (value >= limit) return { ok: true, text: '✓' };
  misses.push(
    `${what}: ${value.toFixed(value < 0.1 ? 3 : 2)} against ≥ ${limit} (${((100 * value) / limit).toFixed(value < 0.1 ? 1 : 0)} % of the target)`,
  );
  return { ok: false, text: `✗ ${((100 * value) / limit).toFixed(value < 0.1 ? 1 : 0)} % of the target` };
};

export const both = (a: Verdict, b: Verdict): Verdict =>
  a.ok && b.ok
    ? a
    : {
        ok: false,
        text: [a, b]
          .filter((v) => !v.ok)
          .map((v) => v.text)
          .join('; '),
      };

export const n = (value: number) => value.toLocaleString('en-US');
export const rate = (rows: number, seconds: number) => (seconds > 0 ? rows / seconds : NaN);
export const perSecond = (value: number) => (Number.isFinite(value) ? `${n(Math.round(value))} rows/s` : 'n/a');
export const table = (header: string[], rows: string[][]) => [
  `| ${header.join(' | ')} |`,
  `|${header.map(() => '---').join('|')}|`,
  ...rows.map((r) => `| ${r.join(' | ')} |`),
];
