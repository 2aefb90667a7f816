import { pillarLabels, type Pillar } from '../../../shared/pillars.ts';
import { formatNumber, formatPercent } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import type { PublicUnitDetail } from './portal.api.ts';
import { portalText } from './portal.i18n.ts';
import { ScrollBox } from './scroll-box.tsx';

type Tasks = NonNullable<PublicUnitDetail['tasks']>;

/** The published task figures of a unit: the totals as a definition list, pillars as a table. */
export function TaskFigures({ tasks }: { tasks: Tasks }) {
  const text = useText(portalText);
  const { lang } = useLang();
  const n = (value: number) => formatNumber(value, lang);
  const rate = (value: number | null) => (value === null ? text.noneDue : formatPercent(value, lang));
  const figures: [string, string][] = [
    [text.total, n(tasks.total)],
    [text.completedOnTime, n(tasks.completedOnTime)],
    [text.completedLate, n(tasks.completedLate)],
    [text.inProgress, n(tasks.inProgress)],
    [text.overdue, n(tasks.overdue)],
    [text.notStarted, n(tasks.notStarted)],
    [text.completionRate, rate(tasks.completionRate)],
  ];
  const pillarName = (pillar: string) => pillarLabels[pillar as Pillar]?.[lang] ?? pillar;
  return (
    <>
      <p className="muted">{text.tasksIntro}</p>
      <dl className="portal-figures">
        {figures.map(([label, value]) => (
          <div key={label} className="portal-figures__item">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {tasks.byPillar.length > 0 && (
        <ScrollBox label={text.tableOf(text.byPillar)}>
          <table className="portal-table">
            <caption>{text.byPillar}</caption>
            <thead>
              <tr>
                <th scope="col">{text.pillar}</th>
                <th scope="col" className="portal-table__num">
                  {text.total}
                </th>
                <th scope="col" className="portal-table__num">
                  {text.completedOnTime}
                </th>
                <th scope="col" className="portal-table__num">
                  {text.completedLate}
                </th>
                <th scope="col" className="portal-table__num">
                  {text.overdue}
                </th>
                <th scope="col" className="portal-table__num">
                  {text.completionRate}
                </th>
              </tr>
            </thead>
            <tbody>
              {tasks.byPillar.map((row) => (
                <tr key={row.pillar}>
                  <th scope="row">{pillarName(row.pillar)}</th>
                  <td className="portal-table__num">{n(row.total)}</td>
                  <td className="portal-table__num">{n(row.completedOnTime)}</td>
                  <td className="portal-table__num">{n(row.completedLate)}</td>
                  <td className="portal-table__num">{n(row.overdue)}</td>
                  <td className="portal-table__num">{rate(row.completionRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </>
  );
}
