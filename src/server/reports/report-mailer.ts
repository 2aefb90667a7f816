import { reportFormats, type ReportSnapshot } from '../../shared/api/reports.ts';
import { taskHeadline } from '../../shared/report-narrative.ts';
import type { Mailer } from '../urging/mailer.ts';
import { reportFileName, reportFileTypes } from './report-files.ts';

/** The report to its recipients, in one mail: a short summary, and the DOCX, PDF and XLSX attached. */
export async function mailReport(mailer: Mailer, recipients: string[], snapshot: ReportSnapshot) {
  const attachments = await Promise.all(
    reportFormats.map(async (format) => ({
      filename: reportFileName(snapshot, format).unicode,
      content: await reportFileTypes[format].render(snapshot),
      contentType: reportFileTypes[format].contentType,
    })),
  );
  const text = [
    'Kính gửi Quý cơ quan, đơn vị,',
    '',
    `Hệ thống giám sát thực hiện Nghị quyết 57-NQ/TW gửi Báo cáo số ${snapshot.documentNumber} của ${snapshot.issuer.name}: ${snapshot.subject}.`,
    '',
    taskHeadline(snapshot.asOf, snapshot.tasks),
    '',
    'Tệp đính kèm: báo cáo (DOCX, PDF) và phụ lục số liệu (XLSX).',
    'Thư được gửi tự động theo lịch báo cáo định kỳ; vui lòng không trả lời thư này.',
  ].join('\n');
  await mailer.send(
    recipients,
    `[giamsat] Báo cáo số ${snapshot.documentNumber}: ${snapshot.title}`,
    text,
    attachments,
  );
}
