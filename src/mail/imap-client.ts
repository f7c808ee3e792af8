import { ImapFlow } from 'imapflow';
import type { Config } from '../config.js';
import { isLoopback } from '../loopback.js';

/** One IMAP connection for the consult mailbox: password or XOAUTH2 (Gmail, Microsoft 365). Without
 * implicit TLS, a non-loopback server must upgrade with STARTTLS: imapflow's default is opportunistic,
 * so a man in the middle could strip STARTTLS and read the mailbox password in clear text. */
export function createImapClient(imap: Config['imap']): ImapFlow {
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
