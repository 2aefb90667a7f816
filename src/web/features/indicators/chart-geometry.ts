import { addDays, daysBetween } from '../../../shared/dates.ts';
import type { Point } from '../../../shared/indicator-math.ts';

/** Round tick values (1, 2 or 5 × 10ⁿ apart) that cover [min, max]; the first and last are the axis ends. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  if (min === max) {
    const pad = Math.abs(min) > 0 ? Math.abs(min) * 0.1 : 1;
    [min, max] = [min - pad, max + pad];
  }
  const rough = (max - min) / Math.max(1, count - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  const first = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let tick = first; tick < max + step * 0.999; tick += step) ticks.push(Number(tick.toPrecision(12)));
  return ticks;
}

/** First days of January and July between the two dates (both of January only when that is too many). */
export function dateTicks(from: string, to: string, most = 8): string[] {
  const ticks: string[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const day of [`${year}-01-01`, `${year}-07-01`]) if (day >= from && day <= to) ticks.push(day);
  }
  return ticks.length > most ? ticks.filter((day) => day.endsWith('-01-01')) : ticks;
}

export type Frame = { width: number; height: number; left: number; right: number; top: number; bottom: number };

/** Maps dates and values into the plot area of the frame. */
export function scales(frame: Frame, dates: { from: string; to: string }, values: { min: number; max: number }) {
  const span = Math.max(1, daysBetween(dates.from, dates.to));
  const plotWidth = frame.width - frame.left - frame.right;
  const plotHeight = frame.height - frame.top - frame.bottom;
  const range = values.max - values.min || 1;
  return {
    x: (on: string) => frame.left + (daysBetween(dates.from, on) / span) * plotWidth,
    y: (value: number) => frame.top + (1 - (value - values.min) / range) * plotHeight,
  };
}

/** Date domain of everything drawn, with a little room on both sides so end markers are not cut. */
export function dateDomain(points: readonly Point[]): { from: string; to: string } {
  const dates = points.map((p) => p.on).sort();
  const from = dates[0] ?? '2025-01-01';
  const to = dates.at(-1) ?? from;
  const pad = Math.max(7, Math.round(daysBetween(from, to) * 0.03));
  return { from: addDays(from, -pad), to: addDays(to, pad) };
}

/** `M x y L x y …` through the points, in order. */
export function linePath(points: readonly Point[], x: (on: string) => number, y: (v: number) => number): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.on).toFixed(1)} ${y(p.value).toFixed(1)}`).join(' ');
}
