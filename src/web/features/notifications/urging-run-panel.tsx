import { formatNumber } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { useRunAction } from '../../lib/use-run-action.ts';
import { runUrgingNow } from './notifications.api.ts';
import { notificationsText } from './notifications.i18n.ts';

/** Root administrators can run the 07:00 urging pass now; a rerun sends nothing twice. */
export function UrgingRunPanel({ onDone }: { onDone: () => void }) {
  const text = useText(notificationsText);
  const { lang } = useLang();
  const { result, isRunning, error, start } = useRunAction(runUrgingNow, onDone);
  const n = (value: number) => formatNumber(value, lang);

  return (
    <section className="card notif-side" aria-labelledby="notif-urging-title">
      <h2 id="notif-urging-title">{text.urgingTitle}</h2>
      <p className="muted">{text.urgingIntro}</p>
      <ErrorAlert error={error} />
      <button type="button" className="button" disabled={isRunning} onClick={() => void start()}>
        {isRunning ? text.running : text.runUrging}
      </button>
      <p className="notif-status notif-status--ok" role="status">
        {result &&
          (result.notices === 0 && result.emailed === 0
            ? text.urgingNothing
            : text.urgingDone(n(result.notices), n(result.tasks), n(result.emailed)))}
      </p>
    </section>
  );
}
