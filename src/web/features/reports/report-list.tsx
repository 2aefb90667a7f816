import { formatDate, formatDay, formatNumber } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { ReportFiles } from './report-files.tsx';
import type { Report } from './reports.api.ts';
import { reportsText } from './reports.i18n.ts';

/** Reports written in scope, newest first, each with its three files. */
export function ReportList({ reports }: { reports: Report[] }) {
  const text = useText(reportsText);
  const { lang } = useLang();
  const n = (value: number) => formatNumber(value, lang);
  if (reports.length === 0) return <p className="muted">{text.empty}</p>;
  return (
    <div className="table-scroll">
      <table className="table rep-table">
        <caption className="visually-hidden">{text.listCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.number}</th>
            <th scope="col">{text.unit}</th>
            <th scope="col">{text.period}</th>
            <th scope="col">{text.figures}</th>
            <th scope="col">{text.files}</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((report) => (
            <tr key={report.id}>
              <th scope="row" className="table__primary">
                <span>{report.documentNumber}</span>
                <span className="table__sub">
                  {text.createdLine(
                    formatDate(report.createdAt, lang),
                    report.createdBy ?? (report.scheduleId === null ? '' : text.bySchedule),
                  )}
                </span>
              </th>
              <td>
                {report.unit.fullName}
                {report.plan && <span className="table__sub rep-block">{report.plan.code}</span>}
              </td>
              <td>
                {report.periodLabel}
                <span className="table__sub rep-block">{text.asOfLine(formatDay(report.asOf, lang))}</span>
              </td>
              <td>
                {text.figuresLine(n(report.summary.total), n(report.summary.completed), n(report.summary.inProgress))}
              </td>
              <td>
                <ReportFiles report={report} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
