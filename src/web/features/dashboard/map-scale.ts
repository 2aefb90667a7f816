/**
 * The map's colour scale: five shades of one hue, light to dark (readable with any colour vision and in
 * grey print), darkest for the best. Grades map one to one; an indicator's values are cut into equal
 * intervals between the lowest and highest value shown, the darkest end being the better one.
 */
export type Shade = 0 | 1 | 2 | 3 | 4;
export type Grade = 'A' | 'B' | 'C' | 'D' | 'E';

export const gradeShades: Record<Grade, Shade> = { A: 4, B: 3, C: 2, D: 1, E: 0 };

/** The score each grade starts at (dashboard rule: A from 90, B 80, C 70, D 50, E below). */
export const gradeFloors: Record<Grade, number | null> = { A: 90, B: 80, C: 70, D: 50, E: null };

export type ValueClass = { from: number; to: number; shade: Shade };

/** Up to `count` equal-interval classes over the values, best first; fewer when there are fewer distinct values. */
export function valueClasses(values: readonly number[], direction: 'higher' | 'lower', count = 5): ValueClass[] {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  if (distinct.length === 0) return [];
  const [min, max] = [distinct[0]!, distinct.at(-1)!];
  const n = Math.min(count, distinct.length);
  if (n === 1) return [{ from: min, to: max, shade: 2 }];
  const step = (max - min) / n;
  const classes = Array.from({ length: n }, (_, i) => {
    // Spread the classes over the whole scale: 2 classes are the lightest and the darkest shade.
    const rank = direction === 'higher' ? i : n - 1 - i;
    return {
      from: min + i * step,
      to: i === n - 1 ? max : min + (i + 1) * step,
      shade: Math.round((rank * 4) / (n - 1)) as Shade,
    };
  });
  return classes.sort((a, b) => b.shade - a.shade);
}

/** The shade of a value under those classes: a class holds [from, to), the top one its upper end too. */
export function shadeOf(classes: readonly ValueClass[], value: number): Shade | null {
  const top = Math.max(...classes.map((c) => c.to));
  const found = classes.find((c) => value >= c.from && (value < c.to || (c.to === top && value === top)));
  return found?.shade ?? null;
}
