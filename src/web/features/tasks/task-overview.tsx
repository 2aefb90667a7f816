import { formatDay } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { useApi } from '../../lib/use-api.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { Loading } from '../../lib/ui/loading.tsx';
import { fetchTaskStats, taskStatsUrl } from './task-stats.api.ts';
import { PillarTable, TaskFigures } from './task-summary.tsx';
import { tasksText } from './tasks.i18n.ts';
import { UnitRanking } from './unit-ranking.tsx';

/** Figures of one unit (its whole subtree) as of a date, by pillar, and the ranking of the units below it. */
export function TaskOverview({ unit, asOf }: { unit: string; asOf: string }) {
  const text = useText(tasksText);
  const { lang } = useLang();
  const query = { unit, asOf };
  const {
    data: stats,
    error,
    isLoading,
    reload,
  } = useApi(taskStatsUrl(query), (signal) => fetchTaskStats(query, signal));
  return (
    <>
      <p className="overview__of" role="status">
        {stats && text.summaryOf(stats.unit.fullName, formatDay(stats.asOf, lang))}
      </p>
      {isLoading && !stats && <Loading />}
      <ErrorAlert error={error} onRetry={reload} />
      {stats && (
        <div className="overview">
          <TaskFigures counts={stats} />
          <h3>{text.byPillar}</h3>
          <PillarTable stats={stats} />
          <h3>{text.rankingTitle}</h3>
          <UnitRanking stats={stats} />
        </div>
      )}
    </>
  );
}
