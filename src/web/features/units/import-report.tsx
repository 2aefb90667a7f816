import type { ImportReport } from '../../../shared/api/units.ts';
import { formatNumber } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { unitsText } from './units.i18n.ts';

/** The outcome of an import; rejected rows are listed with the line and column a spreadsheet user sees. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const text = useText(unitsText);
  const { lang } = useLang();
  const n = (value: number) => formatNumber(value, lang);
  const isRejected = report.rejected.length > 0;
  const headline = isRejected
    ? text.reportRejected(n(report.rejected.length))
    : report.isApplied
      ? text.reportApplied
      : text.reportDryRun;
  return (
    <div className={isRejected ? 'alert alert--error' : 'alert alert--success'}>
      <p className="alert__title">{headline}</p>
      <p>{text.reportCounts(n(report.total), n(report.inserted), n(report.updated), n(report.unchanged))}</p>
      {isRejected && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={text.errorsCaption}>
          <table className="table">
            <caption className="visually-hidden">{text.errorsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{text.line}</th>
                <th scope="col">{text.column}</th>
                <th scope="col">{text.message}</th>
              </tr>
            </thead>
            <tbody>
              {report.rejected.map((row, index) => (
                <tr key={`${row.line}-${row.column}-${index}`}>
                  <td className="table__num">{row.line}</td>
                  <td>
                    <code>{row.column}</code>
                  </td>
                  <td>{row.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
