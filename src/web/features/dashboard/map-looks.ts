import { formatDay, formatNumber } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import type { MapValues, RankingRow } from './dashboard.api.ts';
import { bandLabels } from './dashboard-labels.ts';
import { dashboardPath } from './dashboard-links.ts';
import { dashboardText } from './dashboard.i18n.ts';
import type { AreaLook } from './map-drawing.tsx';
import type { ProjectedArea } from './map-geometry.ts';
import type { LegendEntry } from './map-legend.tsx';
import { gradeFloors, gradeShades, shadeOf, valueClasses, type Grade } from './map-scale.ts';

type Input = {
  ranking: readonly RankingRow[];
  asOf: string;
  plan?: string;
  /** The indicator's figures when the map is coloured by one; null for the score. */
  values: MapValues | null | undefined;
};

const grades: Grade[] = ['A', 'B', 'C', 'D', 'E'];

/**
 * What each area shows and says, the legend, and the areas in the order a screen reader meets them
 * (by name). The score comes from the dashboard's own ranking, so map and table never disagree.
 */
export function useMapLooks(projected: readonly ProjectedArea[], { ranking, asOf, plan, values }: Input) {
  const text = useText(dashboardText);
  const { lang } = useLang();
  const n = (value: number) => formatNumber(value, lang);
  const looks = new Map<string, AreaLook>();
  let legend: LegendEntry[];
  let notes: string[] = [text.mapDarker];

  if (values?.indicator) {
    const items = new Map(values.items.map((item) => [item.unit.code, item]));
    const shown = projected.flatMap((area) => items.get(area.code)?.value ?? []);
    const classes = valueClasses(shown, values.indicator.direction);
    const unitOfMeasure = values.indicator.unitOfMeasure;
    for (const area of projected) {
      const item = items.get(area.code);
      const name = item?.unit.fullName ?? area.name ?? area.code;
      const value = item?.value ?? null;
      looks.set(area.code, {
        shade: value === null ? null : shadeOf(classes, value),
        text: value === null ? null : n(value),
        label:
          value === null
            ? text.mapAreaNoValue(name)
            : text.mapAreaValue(
                name,
                `${n(value)} ${unitOfMeasure}`,
                bandLabels[item?.band ?? 'grey'][lang],
                formatDay(item?.valueOn, lang),
              ),
        link: item?.link ?? dashboardPath({ unit: area.code, asOf, plan }),
      });
    }
    const top = Math.max(...classes.map((c) => c.to));
    legend = classes.map((c) => ({
      shade: c.shade,
      text: c.from === c.to ? n(c.from) : (c.to === top ? text.mapRangeTop : text.mapRange)(n(c.from), n(c.to)),
    }));
    legend.push({ shade: null, text: text.mapNoValue });
    if (classes.length <= 1) notes = [];
  } else {
    const rows = new Map(ranking.map((row) => [row.unit.code, row]));
    for (const area of projected) {
      const row = rows.get(area.code);
      const name = row?.unit.fullName ?? area.name ?? area.code;
      const grade = row?.grade ?? null;
      looks.set(area.code, {
        shade: grade === null ? null : gradeShades[grade],
        text: grade,
        label:
          grade === null
            ? text.mapAreaNotRanked(name)
            : text.mapAreaScore(name, grade, row?.score === null || row?.score === undefined ? '–' : n(row.score)),
        link: dashboardPath({ unit: area.code, asOf, plan }),
      });
    }
    legend = grades.map((grade) => {
      const floor = gradeFloors[grade];
      return {
        shade: gradeShades[grade],
        text: floor === null ? text.mapGradeBelow(grade, n(gradeFloors.D!)) : text.mapGradeFrom(grade, n(floor)),
      };
    });
    legend.push({ shade: null, text: text.notRanked });
  }
  const collator = new Intl.Collator(lang === 'vi' ? 'vi' : 'en');
  const areas = [...projected].sort((a, b) => collator.compare(looks.get(a.code)!.label, looks.get(b.code)!.label));
  return { looks, areas, legend, notes };
}
