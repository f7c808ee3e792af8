import { ImapFlow } from 'imapflow';
import { isLoopback } from './loopback.js';

export interface ImapSettings {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  /** With a renewing OAuth client, accessToken is read at each connection (src/app/oauth.ts keeps it fresh). */
  auth: { kind: 'password'; password: string } | { kind: 'xoauth2'; accessToken: string };
  mailbox: string;
  processedFolder: string;
  sentFolder: string;
  pollIntervalMs: number;
}

/** One IMAP connection for the consult mailbox: password or XOAUTH2 (Gmail, Microsoft 365). Without
 * implicit TLS, a non-loopback server must upgrade with STARTTLS: imapflow's default is opportunistic,
 * so a man in the middle could strip STARTTLS and read the mailbox password in clear text. */
export function createImapClient(imap: ImapSettings): ImapFlow {
  return new ImapFlow({
    host: imap.host,
    port: imap.port,
    secure: imap.secure,
    ...(!imap.secure && !isLoopback(imap.host) ? { doSTARTTLS: true } : {}),
    auth:
      imap.auth.kind === 'xoauth2'
        ? { user: imap.user, accessToken: imap.auth.accessToken }
        : { user: imap.user, pass: imap.auth.password },
    logger: false,
    // A dead connection must surface as an error so the poller reconnects and catches up.
    socketTimeout: 5 * 60_000,
  });
}
