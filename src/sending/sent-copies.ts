// Where a reply's copy can be found in the consult mailbox, by its Message-ID (fixed before sending):
// the Sent folder (our own copy, or the one a server such as Gmail or Microsoft 365 keeps of what it
// accepted), and INBOX and Processed, where the copy that the envelope sends to the consult mailbox
// itself arrives (SEND_COPY_TO_SELF) and where the poller files it. Any IMAP failure is thrown: a
// copy that could not be looked for is not a copy that is missing.
import type { Config } from '../config.js';
import { createImapClient } from '../mail/imap-client.js';

export interface CopyFinder {
  /** For each Message-ID found, the folder it was found in; throws when the mailbox cannot be read. */
  find(messageIds: string[]): Promise<Map<string, string>>;
}

export function foldersToSearch(imap: Config['imap']): string[] {
  return [...new Set([imap.sentFolder, imap.mailbox, imap.processedFolder].filter((f) => f))];
}

export function imapCopyFinder(imap: Config['imap']): CopyFinder {
  return {
    async find(messageIds) {
      const found = new Map<string, string>();
      if (messageIds.length === 0) return found;
      const client = createImapClient(imap);
      client.on('error', () => undefined);
      await client.connect();
      try {
        const existing = new Set((await client.list()).map((m) => m.path));
        for (const folder of foldersToSearch(imap).filter((f) => existing.has(f))) {
          const lock = await client.getMailboxLock(folder, { readOnly: true });
          try {
            for (const id of messageIds.filter((m) => !found.has(m))) {
              const uids = await client.search({ header: { 'Message-ID': id } }, { uid: true });
              if (uids === false || uids === undefined) throw new Error(`IMAP SEARCH failed in ${folder}`);
              if (uids.length) found.set(id, folder);
            }
          } finally {
            lock.release();
          }
        }
        return found;
      } finally {
        await client.logout().catch(() => undefined);
      }
    },
  };
}
