import { useState } from 'react';
import { toApiError, type ApiError } from '../../lib/api-client.ts';
import { formatDay } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { periodKindLabel } from './report-labels.ts';
import { stopSchedule, type ReportSchedule } from './reports.api.ts';
import { reportsText } from './reports.i18n.ts';

type Props = { schedules: ReportSchedule[]; onStopped: (message: string) => void };

/** Active schedules as cards; stopping asks once more, in place. */
export function ScheduleList({ schedules, onStopped }: Props) {
  const text = useText(reportsText);
  if (schedules.length === 0) return <p className="muted">{text.schedulesEmpty}</p>;
  return (
    <ul className="rep-schedules">
      {schedules.map((schedule) => (
        <li key={schedule.id}>
          <ScheduleCard schedule={schedule} onStopped={onStopped} />
        </li>
      ))}
    </ul>
  );
}

function ScheduleCard({ schedule, onStopped }: { schedule: ReportSchedule; onStopped: (message: string) => void }) {
  const text = useText(reportsText);
  const { lang } = useLang();
  const [isConfirming, setConfirming] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const when = schedule.dayOfMonth === null ? text.weeklyWhen : text.onDay(String(schedule.dayOfMonth));

  async function stop() {
    setBusy(true);
    setError(undefined);
    try {
      await stopSchedule(schedule.id);
      onStopped(text.stopped(schedule.unit.fullName));
    } catch (caught) {
      setError(toApiError(caught));
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  }

  return (
    <article className="rep-schedule" aria-labelledby={`rep-schedule-${schedule.id}`}>
      <h3 id={`rep-schedule-${schedule.id}`} className="rep-schedule__title">
        {schedule.unit.fullName}
      </h3>
      <p className="rep-schedule__line">
        {text.scheduleLine(periodKindLabel(text, schedule.periodKind), when)}
        {schedule.plan && ` · ${schedule.plan.code}`}
      </p>
      <p className="rep-schedule__line">{schedule.recipients.join(', ')}</p>
      <p className="rep-schedule__line muted">
        {schedule.nextRunOn && text.nextRun(formatDay(schedule.nextRunOn, lang))}
        {schedule.lastRunOn && ` · ${text.lastRun(formatDay(schedule.lastRunOn, lang))}`}
      </p>
      <ErrorAlert error={error} />
      {isConfirming ? (
        <div className="rep-schedule__confirm" role="group" aria-label={text.confirmStop(schedule.unit.fullName)}>
          <p>{text.confirmStop(schedule.unit.fullName)}</p>
          <button type="button" className="button button--primary" disabled={isBusy} onClick={() => void stop()}>
            {text.confirm}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)} autoFocus>
            {text.cancel}
          </button>
        </div>
      ) : (
        <button type="button" className="button button--small" onClick={() => setConfirming(true)}>
          {text.stop}
        </button>
      )}
    </article>
  );
}
