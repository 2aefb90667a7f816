export type Point = { on: string; value: number };
export type ChartBox = { width: number; height: number; left: number; right: number; top: number; bottom: number };

const dayOf = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000;

/** "Nice" ticks: 1, 2 or 5 times a power of ten, about `count` of them, covering [min, max]. */
export function niceTicks(min: number, max: number, count = 4): number[] {
  if (min === max) return [min];
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const ticks = [Math.floor(min / step) * step];
  while (ticks.at(-1)! < max) ticks.push(Math.round((ticks.at(-1)! + step) * 1e9) / 1e9);
  return ticks;
}

/**
 * Places a value series (and a target line) in an SVG box: time on x, value on y, from zero unless the
 * values are all negative. Returns the points in pixels and the y ticks.
 */
export function layoutChart(points: Point[], target: number | null, box: ChartBox) {
  const values = [...points.map((p) => p.value), ...(target === null ? [] : [target])];
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  const yMin = ticks[0]!;
  const yMax = ticks.at(-1)! === yMin ? yMin + 1 : ticks.at(-1)!;
  const days = points.map((p) => dayOf(p.on));
  const xMin = Math.min(...days);
  const xMax = Math.max(...days);
  const plotWidth = box.width - box.left - box.right;
  const plotHeight = box.height - box.top - box.bottom;
  const x = (day: number) => box.left + (xMax === xMin ? plotWidth / 2 : ((day - xMin) / (xMax - xMin)) * plotWidth);
  const y = (value: number) => box.top + plotHeight - ((value - yMin) / (yMax - yMin)) * plotHeight;
  return {
    points: points.map((p, i) => ({ ...p, x: x(days[i]!), y: y(p.value) })),
    targetY: target === null ? null : y(target),
    ticks: ticks.map((value) => ({ value, y: y(value) })),
  };
}
