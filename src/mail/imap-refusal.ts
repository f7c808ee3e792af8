// Whether an IMAP failure is about one message or about the session. A tagged NO or BAD while the
// connection stays up, unless RFC 5530 marks it temporary, is the server refusing that message: it is
// recorded and intake goes on. Anything else (a lost connection, a server in trouble) stops the pass,
// and the next one starts again from the cursor.
import type { ImapFlow } from 'imapflow';

const TEMPORARY = ['UNAVAILABLE', 'INUSE', 'LIMIT', 'SERVERBUG'];

/** The reason to record when `err` is the server refusing the message; null when it is not. */
export function refusalOf(err: unknown, client: ImapFlow): string | null {
  const e = err as { responseStatus?: string; serverResponseCode?: string; message?: string };
  const refused = (e.responseStatus === 'NO' || e.responseStatus === 'BAD') && client.usable;
  if (!refused || TEMPORARY.includes(e.serverResponseCode ?? '')) return null;
  return `the server would not return it (${String(e.message).slice(0, 200)})`;
}
