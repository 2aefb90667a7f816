import { useEffect, useRef, useState } from 'react';
import { useText } from '../../lib/i18n.ts';
import { useApi } from '../../lib/use-api.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { Loading } from '../../lib/ui/loading.tsx';
import { ScheduleForm } from './schedule-form.tsx';
import { ScheduleList } from './schedule-list.tsx';
import { ScheduleRunPanel } from './schedule-run-panel.tsx';
import { fetchSchedules, schedulesUrl, type Plan } from './reports.api.ts';
import { reportsText } from './reports.i18n.ts';

type Props = { defaultUnit: string; plans: Plan[]; onReportsChanged: () => void };

/** For the secretariat and administrators: schedules, a form to add one, and "run now". */
export function SchedulesSection({ defaultUnit, plans, onReportsChanged }: Props) {
  const text = useText(reportsText);
  const schedules = useApi(schedulesUrl, fetchSchedules);
  const [notice, setNotice] = useState({ message: '', count: 0 });
  const noticeRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (notice.count > 0) noticeRef.current?.focus();
  }, [notice.count]);
  const announce = (message: string) => {
    setNotice((current) => ({ message, count: current.count + 1 }));
    schedules.reload();
  };

  return (
    <section className="card" aria-labelledby="rep-schedules-title">
      <h2 id="rep-schedules-title">{text.schedulesTitle}</h2>
      <p className="muted">{text.schedulesIntro}</p>
      <p
        ref={noticeRef}
        tabIndex={-1}
        role="status"
        className={notice.message ? 'alert alert--success' : 'visually-hidden'}
      >
        {notice.message}
      </p>
      <div className="rep-schedules-layout">
        <div>
          {schedules.isLoading && !schedules.data && <Loading />}
          <ErrorAlert error={schedules.error} onRetry={schedules.reload} />
          {schedules.data && <ScheduleList schedules={schedules.data.items} onStopped={announce} />}
          <ScheduleRunPanel
            onDone={() => {
              schedules.reload();
              onReportsChanged();
            }}
          />
        </div>
        <ScheduleForm
          defaultUnit={defaultUnit}
          plans={plans}
          onCreated={(schedule) => announce(text.scheduled(schedule.unit.fullName))}
        />
      </div>
    </section>
  );
}
