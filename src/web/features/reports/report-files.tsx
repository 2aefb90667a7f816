import { useText } from '../../lib/i18n.ts';
import type { Report } from './reports.api.ts';
import { reportsText } from './reports.i18n.ts';

const formats = ['docx', 'pdf', 'xlsx'] as const;

/**
 * The three files of a report, as plain download links (the server names each file). The link text
 * says the format and, for screen readers, which report: a table row holds several.
 */
export function ReportFiles({ report }: { report: Report }) {
  const text = useText(reportsText);
  return (
    <ul className="rep-files">
      {formats.map((format) => (
        <li key={format}>
          <a className="rep-files__link" href={report.files[format]} download>
            <span className="rep-files__ext">{format.toUpperCase()}</span>
            {text[format]}
            <span className="visually-hidden">{text.ofReport(report.documentNumber)}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
