import type { TaskStats } from '../../../shared/api/stats.ts';
import { formatNumber, formatPercent } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { labelOf, pillarLabels } from './task-labels.ts';
import { tasksText } from './tasks.i18n.ts';

type Counts = Omit<TaskStats, 'unit' | 'asOf' | 'byPillar' | 'byChildUnit'>;

function Figure({ label, value, detail, tone }: { label: string; value: string; detail?: string; tone: string }) {
  return (
    <div className={`figure figure--${tone}`}>
      <dt className="figure__label">{label}</dt>
      <dd className="figure__value">{value}</dd>
      {detail && <dd className="figure__detail">{detail}</dd>}
    </div>
  );
}

/** The headline figures the steering committee reads first: assigned, completed, in progress, overdue, rate. */
export function TaskFigures({ counts }: { counts: Counts }) {
  const text = useText(tasksText);
  const { lang } = useLang();
  const n = (value: number) => formatNumber(value, lang);
  return (
    <dl className="figures">
      <Figure tone="total" label={text.total} value={n(counts.total)} />
      <Figure
        tone="ok"
        label={text.completed}
        value={n(counts.completed)}
        detail={text.completedDetail(n(counts.completedOnTime), n(counts.completedLate))}
      />
      <Figure
        tone="progress"
        label={text.inProgress}
        value={n(counts.inProgress)}
        // Overdue tasks not yet started are counted as overdue but not as in progress.
        detail={text.inProgressDetail(
          n(counts.inProgressOnTime),
          n(counts.nearDeadline),
          n(counts.inProgress - counts.inProgressOnTime),
        )}
      />
      <Figure tone="overdue" label={text.overdue} value={n(counts.overdue)} />
      <Figure tone="idle" label={text.notStarted} value={n(counts.notStarted)} />
      <Figure
        tone="rate"
        label={text.completionRate}
        value={formatPercent(counts.completionRate, lang)}
        detail={
          counts.completionRate === null ? text.noneDue : text.completionRateDetail(n(counts.completed), n(counts.due))
        }
      />
    </dl>
  );
}

export function PillarTable({ stats }: { stats: TaskStats }) {
  const text = useText(tasksText);
  const { lang } = useLang();
  const n = (value: number) => formatNumber(value, lang);
  if (stats.byPillar.length === 0) return null;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={text.byPillarCaption}>
      <table className="table table--compact">
        <caption className="visually-hidden">{text.byPillarCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.pillar}</th>
            <th scope="col" className="table__num">
              {text.totalShort}
            </th>
            <th scope="col" className="table__num">
              {text.completedShort}
            </th>
            <th scope="col" className="table__num">
              {text.inProgress}
            </th>
            <th scope="col" className="table__num">
              {text.overdueShort}
            </th>
            <th scope="col" className="table__num">
              {text.completionRate}
            </th>
          </tr>
        </thead>
        <tbody>
          {stats.byPillar.map((row) => (
            <tr key={row.pillar}>
              <th scope="row">{labelOf(pillarLabels, row.pillar, lang)}</th>
              <td className="table__num">{n(row.total)}</td>
              <td className="table__num">{n(row.completed)}</td>
              <td className="table__num">{n(row.inProgress)}</td>
              <td className="table__num">{n(row.overdue)}</td>
              <td className="table__num">{formatPercent(row.completionRate, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
