// Real mail for integration tests: throw-away Dovecot mailboxes at the stack's test domain,
// LMTP delivery straight into a mailbox, SMTP through Postfix, and IMAP reads.
import { randomBytes } from 'node:crypto';
import { ImapFlow } from 'imapflow';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import { stackEnv } from './stack-env.js';

export function newMailbox(prefix = 'box'): string {
  return `${prefix}-${randomBytes(4).toString('hex')}@${stackEnv.TEST_MAILBOX_DOMAIN}`;
}

/** Env overrides that make a Config read `address` as the consult mailbox. */
export function consultEnv(address: string): NodeJS.ProcessEnv {
  return {
    CONSULT_ADDRESS: address,
    IMAP_USER: address,
    IMAP_PASSWORD: stackEnv.TEST_MAILBOX_PASSWORD,
    IMAP_POLL_INTERVAL_MS: '500',
  };
}

const lmtp = nodemailer.createTransport({
  host: '127.0.0.1',
  port: Number(stackEnv.LMTP_PORT),
  lmtp: true,
  secure: false,
  ignoreTLS: true,
});
const smtp = nodemailer.createTransport({
  host: '127.0.0.1',
  port: Number(stackEnv.SMTP_PORT),
  secure: false,
  ignoreTLS: true,
});

/** Delivers raw bytes into a mailbox over LMTP, as Postfix would. */
export async function deliver(to: string, raw: Buffer | string, from = 'sender@example.test'): Promise<void> {
  await lmtp.sendMail({ envelope: { from, to: [to] }, raw });
}

/** Sends a message through Postfix on :25, the path real mail takes. */
export async function sendViaSmtp(message: SendMailOptions): Promise<string> {
  const info = await smtp.sendMail(message);
  return info.messageId;
}

export async function openImap(address: string): Promise<ImapFlow> {
  const client = new ImapFlow({
    host: '127.0.0.1',
    port: Number(stackEnv.IMAP_PORT),
    secure: false,
    auth: { user: address, pass: stackEnv.TEST_MAILBOX_PASSWORD ?? '' },
    logger: false,
  });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

export async function messageCount(client: ImapFlow, folder: string, unseen = false): Promise<number> {
  const status = await client.status(folder, { messages: true, unseen: true }).catch(() => false as const);
  if (!status) return 0;
  return (unseen ? status.unseen : status.messages) ?? 0;
}

/** Waits until `folder` of `address` holds at least `count` messages; returns their sources. */
export async function waitForMessages(
  address: string,
  count: number,
  folder = 'INBOX',
  timeoutMs = 20_000,
): Promise<Buffer[]> {
  const deadline = Date.now() + timeoutMs;
  const client = await openImap(address);
  try {
    for (;;) {
      const messages = await messageCount(client, folder);
      if (messages >= count) {
        const lock = await client.getMailboxLock(folder);
        try {
          const out: Buffer[] = [];
          for await (const m of client.fetch('1:*', { source: true })) if (m.source) out.push(m.source);
          return out;
        } finally {
          lock.release();
        }
      }
      if (Date.now() > deadline)
        throw new Error(`${folder} of ${address} has ${messages} messages, wanted ${count}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    await client.logout().catch(() => undefined);
  }
}

export async function waitFor<T>(
  probe: () => Promise<T | undefined | null | false>,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
