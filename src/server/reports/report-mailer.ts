import nodemailer from 'nodemailer';
import { reportFormats, type ReportSnapshot } from '../../shared/api/reports.ts';
import { taskHeadline } from '../../shared/report-narrative.ts';
import type { Config } from '../config.ts';
import { reportFileName, reportFileTypes } from './report-files.ts';

export type MailAttachment = { filename: string; content: Buffer; contentType: string };
export type ReportMail = { to: string[]; subject: string; text: string; attachments: MailAttachment[] };
export type ReportMailer = { send(mail: ReportMail): Promise<void>; close(): void };

/**
 * Reports go out with three files attached, which the app's notice mailer (urging/mailer.ts: text
 * only) cannot carry; so a run opens its own SMTP transport from the same settings (SMTP_URL,
 * MAIL_FROM). Undefined when SMTP is not configured: reports are still generated and kept.
 */
export function reportMailerFor(config: Pick<Config, 'smtpUrl' | 'mailFrom'>): ReportMailer | undefined {
  if (!config.smtpUrl) return undefined;
  const transport = nodemailer.createTransport(config.smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({ from: config.mailFrom, ...mail, to: mail.to.join(', ') });
    },
    close: () => transport.close(),
  };
}

/** The report to its recipients, in one mail: a short summary, and the DOCX, PDF and XLSX attached. */
export async function mailReport(mailer: ReportMailer, recipients: string[], snapshot: ReportSnapshot) {
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
  await mailer.send({
    to: recipients,
    subject: `[giamsat] Báo cáo số ${snapshot.documentNumber}: ${snapshot.title}`,
    text,
    attachments,
  });
}
