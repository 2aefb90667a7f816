import { useState } from 'react';
import { useText } from '../../lib/i18n.ts';
import { useCan, useMe } from '../../lib/session.ts';
import { useApi } from '../../lib/use-api.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { Loading } from '../../lib/ui/loading.tsx';
import { Pager } from '../../lib/ui/pager.tsx';
import { ReportForm } from './report-form.tsx';
import { ReportList } from './report-list.tsx';
import { fetchPlans, fetchReports, plansUrl, REPORT_PAGE, reportsUrl } from './reports.api.ts';
import { reportsText } from './reports.i18n.ts';
import { SchedulesSection } from './schedules-section.tsx';

/** /reports: periodic reports (DOCX, XLSX, PDF) and their schedules. */
export function ReportsPage() {
  const text = useText(reportsText);
  const me = useMe();
  const canCreate = useCan('reports:create');
  const [offset, setOffset] = useState(0);
  const reports = useApi(reportsUrl(offset), (signal) => fetchReports(offset, signal));
  const plans = useApi(canCreate ? plansUrl : null, fetchPlans);
  usePageTitle(text.title);
  const planItems = plans.data?.items ?? [];

  return (
    <div className="page rep">
      <h1>{text.title}</h1>
      <p className="lead">{text.intro}</p>
      {canCreate && (
        <section className="card" aria-labelledby="rep-create-title">
          <h2 id="rep-create-title">{text.createTitle}</h2>
          <ReportForm
            defaultUnit={me.user.unit.code}
            plans={planItems}
            onCreated={() => (offset === 0 ? reports.reload() : setOffset(0))}
          />
        </section>
      )}
      <section className="card" aria-labelledby="rep-list-title">
        <h2 id="rep-list-title">{text.listTitle}</h2>
        {reports.isLoading && !reports.data && <Loading />}
        <ErrorAlert error={reports.error} onRetry={reports.reload} />
        {reports.data && (
          <>
            <ReportList reports={reports.data.items} />
            <Pager offset={offset} limit={REPORT_PAGE} total={reports.data.total} onChange={setOffset} />
          </>
        )}
      </section>
      {canCreate && (
        <SchedulesSection defaultUnit={me.user.unit.code} plans={planItems} onReportsChanged={reports.reload} />
      )}
    </div>
  );
}
