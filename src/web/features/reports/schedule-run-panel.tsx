import { formatNumber } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { useRunAction } from '../../lib/use-run-action.ts';
import { runDueSchedules } from './reports.api.ts';
import { reportsText } from './reports.i18n.ts';

/** Runs the due schedules now (normally 6 a.m.); a rerun sends nothing twice. */
export function ScheduleRunPanel({ onDone }: { onDone: () => void }) {
  const text = useText(reportsText);
  const { lang } = useLang();
  const { result, isRunning, error, start } = useRunAction(runDueSchedules, onDone);
  const n = (value: number) => formatNumber(value, lang);

  return (
    <div className="rep-run">
      <h3>{text.runTitle}</h3>
      <p className="muted">{text.runIntro}</p>
      <ErrorAlert error={error} />
      <button type="button" className="button" disabled={isRunning} onClick={() => void start()}>
        {isRunning ? text.running : text.run}
      </button>
      <p className="rep-run__status" role="status">
        {result &&
          (result.generated === 0 && result.failed === 0
            ? text.runNothing
            : text.runDone(n(result.generated), n(result.emailed), n(result.failed)))}
      </p>
    </div>
  );
}
