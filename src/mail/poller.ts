// The poller: new mail in the consult mailbox -> stored source -> one `ingest` job per message.
// IDLE wakes it at once; a timer polls as a fallback and after every reconnect it catches up from the
// stored cursor. A message leaves INBOX (\Seen, moved to Processed) only after its source is stored.
import type { FetchMessageObject, ImapFlow } from 'imapflow';
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import { withAdvisoryLock } from '../db/advisory-lock.js';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import type { Queues } from '../queue/queues.js';
import { advanceCursor, openCursor, touchCursor } from '../repositories/mailbox.repository.js';
import { storeSources, type StoredSource } from '../repositories/inbound.repository.js';
import { createImapClient } from './imap-client.js';
import { normalizeMessageId, synthesizeMessageId } from './parse.js';

const BATCH = 250;

export interface PollerDeps {
  db: Kysely<Database>;
  queues: Queues;
  imap: Config['imap'];
  logger: Logger;
}

export interface SyncResult {
  seen: number;
  stored: number;
}

/** One catch-up pass over the mailbox. Pollers on one mailbox take turns (a database advisory lock):
 * run side by side, each would store only the messages the other had not, but both would move every
 * message, and IMAP MOVE from two sessions leaves two copies in the Processed folder. */
export async function syncMailbox(client: ImapFlow, deps: PollerDeps): Promise<SyncResult> {
  return withAdvisoryLock(
    deps.db,
    `codedesk.poller:${deps.imap.host}/${deps.imap.user}/${deps.imap.mailbox}`,
    () => syncLocked(client, deps),
  );
}

async function syncLocked(client: ImapFlow, deps: PollerDeps): Promise<SyncResult> {
  const { db, queues, imap } = deps;
  const lock = await client.getMailboxLock(imap.mailbox);
  try {
    const box = client.mailbox;
    if (!box) throw new Error('mailbox not selected');
    const uidValidity = String(box.uidValidity);
    const cursor = await openCursor(db, imap.user, imap.mailbox, uidValidity);
    // "N:*" always matches the newest message even below N (RFC 3501 §6.4.8), hence the filter.
    const found = (await client.search({ uid: `${cursor.lastUid + 1}:*` }, { uid: true })) || [];
    const uids = found.filter((u) => u > cursor.lastUid).sort((a, b) => a - b);
    let stored = 0;
    for (let i = 0; i < uids.length; i += BATCH) {
      const batch = uids.slice(i, i + BATCH);
      const sources: StoredSource[] = [];
      for await (const msg of client.fetch(
        batch.join(','),
        { uid: true, source: true, envelope: true },
        { uid: true },
      )) {
        // While another poller flags and moves these messages, the server also reports those flag
        // changes as FETCH responses, without a UID or source: only a response with both is a message.
        if (msg.uid && msg.source) sources.push(toSource(msg, msg.source, cursor.id, uidValidity));
      }
      const fresh = await storeSources(db, sources);
      await queues.enqueueNew(
        'ingest',
        fresh.map((uid) => ({ mailboxId: cursor.id, uidValidity, uid })),
      );
      stored += fresh.length;
      // Only what was fetched here is known to be stored; a UID that returned nothing has already
      // left INBOX (the other poller stores a message before it moves it).
      if (sources.length)
        await moveProcessed(
          client,
          sources.map((s) => Number(s.uid)),
          imap.processedFolder,
          deps.logger,
        );
      await advanceCursor(db, cursor.id, uidValidity, batch[batch.length - 1]!);
    }
    if (uids.length === 0) await touchCursor(db, cursor.id);
    return { seen: uids.length, stored };
  } finally {
    lock.release();
  }
}

function toSource(
  msg: FetchMessageObject,
  raw: Buffer,
  mailboxId: number,
  uidValidity: string,
): StoredSource {
  return {
    mailboxId,
    uidValidity,
    uid: String(msg.uid),
    messageId: normalizeMessageId(msg.envelope?.messageId) ?? synthesizeMessageId(raw),
    raw,
  };
}

async function moveProcessed(
  client: ImapFlow,
  uids: number[],
  folder: string,
  logger: Logger,
): Promise<void> {
  const range = uids.join(',');
  await client.messageFlagsAdd(range, ['\\Seen'], { uid: true });
  if (!folder) return;
  try {
    await client.messageMove(range, folder, { uid: true });
  } catch {
    // The folder may not exist yet on a real mailbox: create it once and try again.
    await client.mailboxCreate(folder).catch(() => undefined);
    await client.messageMove(range, folder, { uid: true }).catch((err: unknown) => {
      logger.warn(
        { err: String(err) },
        'could not move processed messages; they stay in INBOX, flagged \\Seen',
      );
    });
  }
}

/** Runs until stopped: connect, catch up, then wait for IDLE news or the poll timer; reconnect on error. */
export class MailboxPoller {
  private stopped = false;
  private client: ImapFlow | null = null;
  private wake: (() => void) | null = null;
  /** Set by an IDLE notice that arrives while a sync runs, so the next wait returns at once. */
  private newsPending = false;
  private backoffMs = 500;
  readonly done: Promise<void>;

  constructor(private readonly deps: PollerDeps) {
    this.done = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.client?.logout().catch(() => undefined);
    await this.done;
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
      if (result.seen) continue;
      // IDLE (RFC 2177) until news or the poll timer; the next command ends it (imapflow sends DONE).
      // Dovecot batches IDLE notices for about half a second, so a short poll interval is what bounds
      // latency below that; IDLE alone keeps a quiet mailbox cheap.
      client.idle().catch(() => undefined);
      await Promise.race([this.sleep(this.deps.imap.pollIntervalMs), closed]);
    }
    if (!this.stopped) throw new Error('imap connection closed');
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
