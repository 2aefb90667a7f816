import { formatDay, formatPercent } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { Link } from '../../lib/router.tsx';
import type { Dashboard } from './dashboard.api.ts';
import { dashboardText } from './dashboard.i18n.ts';

/** What the units reported last, newest first; each opens its task. Live updates refresh it too. */
export function RecentReports({ reports }: { reports: Dashboard['recentReports'] }) {
  const text = useText(dashboardText);
  const { lang } = useLang();
  if (reports.length === 0) return <p className="muted">{text.recentNone}</p>;
  return (
    <ol className="dash-recent">
      {reports.map((report, index) => (
        <li key={`${report.link} ${report.reportedOn} ${index}`} className="dash-recent__item">
          <Link to={report.link} className="dash-recent__task">
            {report.task}
          </Link>
          <p className="dash-recent__meta">
            {report.unit.fullName} · <time dateTime={report.reportedOn}>{formatDay(report.reportedOn, lang)}</time>
            {report.percent !== null && <> · {text.recentPercent(formatPercent(report.percent, lang))}</>}
          </p>
          {report.text && <p className="dash-recent__text">{report.text}</p>}
        </li>
      ))}
    </ol>
  );
}
