import nodemailer, { type Transporter } from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type { Config } from '../config.js';
import type { OutboxRow } from '../db/schema/core.js';

export function createSmtpTransport(smtp: Config['smtp']): Transporter {
  const loopback = /^(127\.|localhost$)/.test(smtp.host);
  return nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    // Outside loopback, refuse to send in clear text: STARTTLS is required on 587/25.
    requireTLS: !smtp.secure && !loopback,
    auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
    pool: true,
    maxConnections: 2,
  });
}

/** The exact bytes that go out by SMTP and into the Sent folder: built once from the outbox row. */
export async function composeRaw(row: OutboxRow, from: { address: string; name: string }): Promise<Buffer> {
  const composer = new MailComposer({
    from: { address: from.address, name: from.name },
    to: row.to_address,
    subject: row.subject,
    text: row.text,
    html: row.html,
    messageId: row.message_id,
    inReplyTo: row.in_reply_to ?? undefined,
    references: row.references.length ? row.references : undefined,
    date: new Date(),
    headers: {
      // RFC 3834 §5: mark our mail as a personal response to a human question, not an auto-reply,
      // and ask other responders not to answer it.
      'Auto-Submitted': 'no',
      'X-Auto-Response-Suppress': 'All',
    },
  });
  return composer.compile().build();
}
