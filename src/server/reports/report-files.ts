import type { ReportFormat, ReportSnapshot } from '../../shared/api/reports.ts';
import { foldForSearch } from '../../shared/text.ts';
import { renderReportDocx } from './report-docx.ts';
import { renderReportPdf } from './report-pdf.ts';
import { renderReportXlsx } from './report-xlsx.ts';

/** The three files of a report, each rendered from the stored snapshot alone. */
export const reportFileTypes: Record<
  ReportFormat,
  { contentType: string; render: (s: ReportSnapshot) => Promise<Buffer> }
> = {
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: renderReportDocx,
  },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    render: renderReportXlsx,
  },
  pdf: { contentType: 'application/pdf', render: renderReportPdf },
};

/** "Bao-cao-3-BC-UBND-thang-8-2025" from "3/BC-UBND" and "Tháng 8/2025": safe in any file system and header. */
function asciiName(s: ReportSnapshot): string {
  return foldForSearch(`Bao cao ${s.documentNumber} ${s.period.label}`)
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
}

export function reportFileName(s: ReportSnapshot, format: ReportFormat): { ascii: string; unicode: string } {
  const suffix = format === 'xlsx' ? ' - Phụ lục số liệu' : '';
  const unicode = `Báo cáo ${s.documentNumber} ${s.period.label}${suffix}`.replace(/[/\\:*?"<>|]+/g, '-');
  return { ascii: `${asciiName(s)}${format === 'xlsx' ? '-phu-luc' : ''}.${format}`, unicode: `${unicode}.${format}` };
}

/** RFC 6266: an ASCII fallback for old clients, and the Vietnamese name as filename*=UTF-8''. */
export function contentDisposition(name: { ascii: string; unicode: string }): string {
  const encoded = encodeURIComponent(name.unicode).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${name.ascii}"; filename*=UTF-8''${encoded}`;
}

export async function renderReportFile(s: ReportSnapshot, format: ReportFormat) {
  const type = reportFileTypes[format];
  return { body: await type.render(s), contentType: type.contentType, fileName: reportFileName(s, format) };
}
