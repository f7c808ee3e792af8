// The poller: new mail in the consult mailbox -> stored source -> one `ingest` job per message.
// IDLE wakes it at once; a timer polls as a fallback and after every reconnect it catches up from the
// stored cursor (one pass: mailbox-sync.ts).
import type { ImapFlow } from 'imapflow';
import { createImapClient } from './imap-client.js';
import { syncMailbox, type PollerDeps } from './mailbox-sync.js';
import { takePendingOversize } from './oversize-intake.js';

/** Runs until stopped: connect, catch up, then wait for IDLE news or the poll timer; reconnect on error. */
export class MailboxPoller {
  private stopped = false;
  private client: ImapFlow | null = null;
  private wake: (() => void) | null = null;
  /** Set by an IDLE notice that arrives while a sync runs, so the next wait returns at once. */
  private newsPending = false;
  private backoffMs = 500;
  /** The intake of noted oversize messages, while it runs (beside the passes, on their connection). */
  private oversize: Promise<void> | null = null;
  readonly done: Promise<void>;

  constructor(private readonly deps: PollerDeps) {
    this.done = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.client?.logout().catch(() => undefined);
    await this.done;
    await this.oversize;
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      try {
        await this.session();
        this.backoffMs = 500;
      } catch (err) {
        this.deps.logger.warn(
          { err: String(err), retryInMs: this.backoffMs },
          'imap session ended; reconnecting',
        );
        await this.sleep(this.backoffMs);
        this.backoffMs = Math.min(this.backoffMs * 2, 30_000);
      }
    }
  }

  private async session(): Promise<void> {
    const client = createImapClient(this.deps.imap);
    this.client = client;
    const closed = new Promise<void>((resolve) => client.once('close', () => resolve()));
    client.on('error', (err: unknown) => this.deps.logger.warn({ err: String(err) }, 'imap error'));
    client.on('exists', () => {
      this.newsPending = true;
      this.wake?.();
    });
    await client.connect();
    await client.mailboxOpen(this.deps.imap.mailbox);
    while (!this.stopped && client.usable) {
      this.newsPending = false;
      const result = await syncMailbox(client, this.deps);
      if (result.seen) this.deps.logger.info(result, 'mailbox synced');
      this.takeOversize(client);
      if (result.seen) continue;
      // IDLE (RFC 2177) until news or the poll timer; the next command ends it (imapflow sends DONE).
      // Dovecot batches IDLE notices for about half a second, so a short poll interval is what bounds
      // latency below that; IDLE alone keeps a quiet mailbox cheap.
      client.idle().catch(() => undefined);
      await Promise.race([this.sleep(this.deps.imap.pollIntervalMs), closed]);
    }
    if (!this.stopped) throw new Error('imap connection closed');
  }

  /** Starts taking in the oversize messages passes have noted, unless that already runs (it goes on
   * until none is left). A failure leaves them noted for the next start. */
  private takeOversize(client: ImapFlow): void {
    if (this.oversize) return;
    this.oversize = takePendingOversize(client, this.deps)
      .then((stored) => {
        if (stored) this.deps.logger.info({ stored }, 'oversize messages stored');
      })
      .catch((err: unknown) => this.deps.logger.warn({ err: String(err) }, 'oversize intake stopped'))
      .finally(() => (this.oversize = null));
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      if (this.newsPending || this.stopped) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
