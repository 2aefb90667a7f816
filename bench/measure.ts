/** Small measuring tools: percentiles and sequential timing with a sample count bounded by time. */
export type Percentiles = { p50: number; p95: number; p99: number; n: number };

export function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
  return { p50: at(50), p95: at(95), p99: at(99), n: sorted.length };
}

export type Sampling = { min: number; max: number; seconds: number };

/** Runs `run` one call at a time: at least `min` times, then until `max` calls or `seconds` elapsed. */
export async function timeIt(run: () => Promise<unknown>, sampling: Sampling): Promise<number[]> {
  const samples: number[] = [];
  const started = performance.now();
  while (
    samples.length < sampling.min ||
    (samples.length < sampling.max && performance.now() - started < sampling.seconds * 1000)
  ) {
    const t0 = performance.now();
    await run();
    samples.push(performance.now() - t0);
  }
  return samples;
}

export const ms = (value: number) =>
  !Number.isFinite(value) ? 'n/a' : value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`;

export const triple = (p: Percentiles) => `${ms(p.p50)} / ${ms(p.p95)} / ${ms(p.p99)}`;
