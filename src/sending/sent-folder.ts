// A copy of each reply in the consult mailbox's Sent folder, so the mailbox shows the whole thread.
// Best effort: the reply has already been delivered when this runs.
import type { ImapFlow } from 'imapflow';
import type { Config } from '../config.js';
import { createImapClient } from '../mail/imap-client.js';

export class SentFolder {
  private client: ImapFlow | null = null;

  constructor(private readonly imap: Config['imap']) {}

  async append(raw: Buffer): Promise<void> {
    if (!this.imap.sentFolder) return;
    const client = await this.connected();
    try {
      await client.append(this.imap.sentFolder, raw, ['\\Seen']);
    } catch (err) {
      // A closed connection or a missing folder: start afresh once.
      this.client = null;
      const fresh = await this.connected();
      await fresh.mailboxCreate(this.imap.sentFolder).catch(() => undefined);
      await fresh.append(this.imap.sentFolder, raw, ['\\Seen']).catch(() => Promise.reject(err));
    }
  }

  async close(): Promise<void> {
    await this.client?.logout().catch(() => undefined);
    this.client = null;
  }

  private async connected(): Promise<ImapFlow> {
    if (this.client?.usable) return this.client;
    const client = createImapClient(this.imap);
    client.on('error', () => undefined);
    await client.connect();
    this.client = client;
    return client;
  }
}
