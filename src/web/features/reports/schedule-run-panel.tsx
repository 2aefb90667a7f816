import { useState } from 'react';
import { toApiError, type ApiError } from '../../lib/api-client.ts';
import { formatNumber } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { runDueSchedules, type ScheduleRunResult } from './reports.api.ts';
import { reportsText } from './reports.i18n.ts';

/** Runs the due schedules now (normally 6 a.m.); a rerun sends nothing twice. */
export function ScheduleRunPanel({ onDone }: { onDone: () => void }) {
  const text = useText(reportsText);
  const { lang } = useLang();
  const [result, setResult] = useState<ScheduleRunResult>();
  const [isRunning, setRunning] = useState(false);
  const [error, setError] = useState<ApiError>();
  const n = (value: number) => formatNumber(value, lang);

  async function handleRun() {
    setRunning(true);
    setError(undefined);
    setResult(undefined);
    try {
      setResult(await runDueSchedules());
      onDone();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setRunning(false);
    }
  }

  return (
    <div className="rep-run">
      <h3>{text.runTitle}</h3>
      <p className="muted">{text.runIntro}</p>
      <ErrorAlert error={error} />
      <button type="button" className="button" disabled={isRunning} onClick={() => void handleRun()}>
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
