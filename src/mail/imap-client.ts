import { ImapFlow } from 'imapflow';
import type { Config } from '../config.js';

/** One IMAP connection for the consult mailbox: password or XOAUTH2 (Gmail, Microsoft 365). Without
 * implicit TLS, imapflow upgrades with STARTTLS whenever the server offers it. */
export function createImapClient(imap: Config['imap']): ImapFlow {
  return new ImapFlow({
    host: imap.host,
    port: imap.port,
    secure: imap.secure,
    auth:
      imap.auth.kind === 'xoauth2'
        ? { user: imap.user, accessToken: imap.auth.accessToken }
        : { user: imap.user, pass: imap.auth.password },
    logger: false,
    // A dead connection must surface as an error so the poller reconnects and catches up.
    socketTimeout: 5 * 60_000,
  });
}
