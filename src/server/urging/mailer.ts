import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '../db/database.ts';
import { users } from '../accounts/account.table.ts';
import { notifications } from './notification.table.ts';

export type MailAttachment = { filename: string; content: Buffer; contentType: string };
export type Mailer = {
  send(to: string | string[], subject: string, text: string, attachments?: MailAttachment[]): Promise<void>;
  close(): void;
};

export function smtpMailer(smtpUrl: string, from: string): Mailer {
  const transport: Transporter = nodemailer.createTransport(smtpUrl);
  return {
    async send(to, subject, text, attachments) {
      await transport.sendMail({ from, to: [to].flat().join(', '), subject, text, attachments });
    },
    close: () => transport.close(),
  };
}

async function pendingFor(db: Db, mode: 'immediate' | 'digest') {
  return db
    .select({ notification: notifications, email: users.email, name: users.displayName })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(
      and(isNull(notifications.emailedAt), isNotNull(users.email), eq(users.emailMode, mode), eq(users.isActive, true)),
    );
}

async function markEmailed(db: Db, ids: number[]) {
  for (const id of ids) await db.update(notifications).set({ emailedAt: new Date() }).where(eq(notifications.id, id));
}

/** Mails each pending notice to users who want them at once. A failed send stays pending for the next run. */
export async function sendImmediateEmails(db: Db, mailer: Mailer): Promise<number> {
  let sent = 0;
  for (const row of await pendingFor(db, 'immediate')) {
    const text = `Kính gửi ${row.name},\n\n${row.notification.body}\n\nHệ thống giám sát thực hiện Nghị quyết 57-NQ/TW.`;
    await mailer.send(row.email!, `[giamsat] ${row.notification.title}`, text);
    await markEmailed(db, [row.notification.id]);
    sent++;
  }
  return sent;
}

/** One mail a day per user in digest mode, listing every notice since the last one. */
export async function sendDigests(db: Db, mailer: Mailer): Promise<number> {
  const byUser = new Map<string, { name: string; rows: (typeof notifications.$inferSelect)[] }>();
  for (const row of await pendingFor(db, 'digest')) {
    const entry = byUser.get(row.email!) ?? { name: row.name, rows: [] };
    entry.rows.push(row.notification);
    byUser.set(row.email!, entry);
  }
  for (const [email, { name, rows }] of byUser) {
    const lines = rows.map((n) => `- ${n.title}: ${n.body}`).join('\n');
    await mailer.send(email, `[giamsat] Tổng hợp ${rows.length} thông báo đôn đốc`, `Kính gửi ${name},\n\n${lines}\n`);
    await markEmailed(
      db,
      rows.map((n) => n.id),
    );
  }
  return byUser.size;
}
