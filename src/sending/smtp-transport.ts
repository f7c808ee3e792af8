import { Readable } from 'node:stream';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type { Config } from '../config.js';
import type { OutboxMessage } from './repositories/outbox.repository.js';
import { isLoopback } from '../mail/loopback.js';

/** An SMTP failure, marked with whether the whole message (final dot included) had been handed to the
 * connection when it happened. */
export type SmtpError = Error & { responseCode?: number; afterMessage?: boolean };

export interface SmtpEnvelope {
  from: string;
  /** The recipients the reply is for: each must be accepted, or the send fails with its refusal. */
  to: string[];
  /** A copy of the same transaction for ourselves (the consult mailbox): its refusal is ignored. */
  copyTo?: string;
}

export interface SmtpSender {
  /** `beforeFinalDot` runs when all of the message but the terminating dot is on its way; if it
   * throws, the connection closes without the dot and the server discards the message. */
  send(envelope: SmtpEnvelope, raw: Buffer, beforeFinalDot?: () => Promise<void>): Promise<void>;
}

/**
 * One SMTP connection per message: replies go out at the pace reviewers approve them, and a
 * connection of its own tells when this message's last byte (the final dot) was handed to the socket.
 * nodemailer reports that as its `message` log entry, which the watcher below turns into a flag.
 * Handed over is not received: a connection lost between the two is also treated as an unknown
 * outcome, which costs a person a check but never sends a reply twice. The server's 354 (go ahead with
 * the data), seen in the transaction log, opens the way to `beforeFinalDot`: nodemailer reads a small
 * message ahead, before MAIL FROM, so the end of the source stream alone would come too early.
 */
/** Password or XOAUTH2 (the token current at this connection); none on an open relay such as loopback. */
export function smtpAuth(smtp: Config['smtp']) {
  if (!smtp.user) return undefined;
  return smtp.accessToken
    ? { type: 'OAuth2' as const, user: smtp.user, accessToken: smtp.accessToken() }
    : { user: smtp.user, pass: smtp.password ?? '' };
}

export function createSmtpSender(smtp: Config['smtp']): SmtpSender {
  const loopback = isLoopback(smtp.host);
  return {
    async send(envelope, raw, beforeFinalDot) {
      let afterMessage = false;
      let dataAccepted!: () => void;
      const dataPhase = new Promise<void>((resolve) => (dataAccepted = resolve));
      const ignore = () => undefined;
      const watcher = {
        trace: ignore,
        debug: (entry: { tnx?: string }, line: unknown) =>
          void (entry?.tnx === 'server' && /^354[ -]/.test(String(line)) && dataAccepted()),
        warn: ignore,
        error: ignore,
        fatal: ignore,
        info: (entry: { tnx?: string }) => void (entry?.tnx === 'message' && (afterMessage = true)),
      };
      const transport = nodemailer.createTransport({
        host: smtp.host,
        port: smtp.port,
        secure: smtp.secure,
        // Outside loopback, refuse to send in clear text: STARTTLS is required on 587/25.
        requireTLS: !smtp.secure && !loopback,
        auth: smtpAuth(smtp),
        // A server that goes silent (after the final dot above all) is given up on after two minutes,
        // not nodemailer's default ten.
        socketTimeout: 120_000,
        logger: watcher,
        // The server's replies, not the message, at debug level: the watcher looks for the 354.
        transactionLog: true,
      });
      try {
        // Recipients as {address} objects: nodemailer splits a string at commas (one address stays one).
        const addresses = [...envelope.to, ...(envelope.copyTo ? [envelope.copyTo] : [])];
        const to = addresses.map((address) => ({ name: '', address }));
        const info = await transport.sendMail({
          envelope: { from: envelope.from, to },
          raw: beforeFinalDot
            ? pausedBeforeEnd(raw, async () => (await dataPhase, await beforeFinalDot()))
            : raw,
        });
        throwIfRefused(info, envelope.to);
      } catch (err) {
        (err as SmtpError).afterMessage = afterMessage;
        throw err;
      } finally {
        transport.close();
      }
    },
  };
}

/** The message's bytes, then a wait for `beforeEnd` before the stream ends (nodemailer writes the
 * final dot when it ends): a rejection fails the stream, and nodemailer never sends the dot. */
function pausedBeforeEnd(raw: Buffer, beforeEnd: () => Promise<void>): Readable {
  let pushed = false;
  return new Readable({
    read() {
      if (!pushed) {
        pushed = true;
        this.push(raw);
        return;
      }
      beforeEnd().then(
        () => this.push(null),
        (err: unknown) => this.destroy(err instanceof Error ? err : new Error(String(err))),
      );
    },
  });
}

/** With a copy in the envelope, the server accepts the message when any recipient is accepted: a
 * refused addressee is a failure of its own (nodemailer reports it in `rejectedErrors`). */
function throwIfRefused(
  info: { rejectedErrors?: (SmtpError & { recipient?: string })[] },
  required: string[],
): void {
  const wanted = new Set(required.map((a) => a.toLowerCase()));
  const refusal = info.rejectedErrors?.find((e) => wanted.has(String(e.recipient).toLowerCase()));
  if (!refusal) return;
  const err: SmtpError = new Error(refusal.message);
  err.responseCode = refusal.responseCode;
  throw err;
}

/** The exact bytes that go out by SMTP and into the Sent folder: built once from the outbox row. */
export async function composeRaw(
  row: Pick<
    OutboxMessage,
    'toAddress' | 'subject' | 'text' | 'html' | 'messageId' | 'inReplyTo' | 'references'
  >,
  from: { address: string; name: string },
): Promise<Buffer> {
  const composer = new MailComposer({
    from: { address: from.address, name: from.name },
    // A structured address is written as one mailbox; a string would be split at its commas.
    to: { name: '', address: row.toAddress },
    subject: row.subject,
    text: row.text,
    html: row.html,
    messageId: row.messageId,
    inReplyTo: row.inReplyTo ?? undefined,
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
