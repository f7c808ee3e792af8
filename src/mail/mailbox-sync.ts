// One catch-up pass over the consult mailbox: new UIDs -> their sizes -> sources fetched in batches
// bounded by count and bytes (fetch-plan.ts) -> stored -> one `ingest` job per new message -> \Seen
// and moved to Processed -> cursor moved on. A message over the size limit is only noted here, and
// streamed to storage beside the passes (oversize-intake.ts), so it holds up no other mail. A message
// that cannot be taken in is recorded for a person and stays in INBOX; the pass goes on. Copies of our
// own replies are moved to Processed without being stored (own-copies.ts).
import type { FetchMessageObject, ImapFlow } from 'imapflow';
import type { Kysely } from 'kysely';
import { withAdvisoryLock } from '../db/advisory-lock.js';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import type { Queues } from '../queue/queues.js';
import type { StoredSource } from '../repositories/inbound.repository.js';
import { intakeSources, recordIntakeFailure } from '../repositories/intake.repository.js';
import {
  advanceCursor,
  openCursor,
  touchCursor,
  type MailboxCursor,
} from '../repositories/mailbox.repository.js';
import { notePendingOversize } from '../repositories/oversize-pending.repository.js';
import type { ImapSettings } from './imap-client.js';
import { lastUidOf, planFetches, type FetchStep } from './fetch-plan.js';
import { refusalOf } from './imap-refusal.js';
import { moveProcessed } from './move-processed.js';
import { splitOwnCopies } from './own-copies.js';
import { normalizeMessageId, synthesizeMessageId } from './parse.js';

const MAX_BATCH_COUNT = 250;

export interface PollerDeps {
  db: Kysely<Database>;
  queues: Queues;
  imap: ImapSettings;
  limits: { maxMessageBytes: number; fetchBatchBytes: number };
  logger: Logger;
}

export interface SyncResult {
  seen: number;
  stored: number;
}

interface Pass {
  client: ImapFlow;
  deps: PollerDeps;
  cursor: MailboxCursor;
  stored: number;
}

/** What became of one step's messages. */
interface Taken {
  stored: string[];
  /** Stored, duplicates, or already stored: moved to Processed (an oversize one is moved once taken in). */
  done: number[];
  refused: { uid: string; reason: string }[];
}

/** One catch-up pass. Pollers on one mailbox take turns (a database advisory lock): run side by side,
 * each would store only the messages the other had not, but both would move every message, and IMAP
 * MOVE from two sessions leaves two copies in the Processed folder. */
export async function syncMailbox(client: ImapFlow, deps: PollerDeps): Promise<SyncResult> {
  return withAdvisoryLock(
    deps.db,
    `codedesk.poller:${deps.imap.host}/${deps.imap.user}/${deps.imap.mailbox}`,
    () => syncLocked(client, deps),
  );
}

async function syncLocked(client: ImapFlow, deps: PollerDeps): Promise<SyncResult> {
  const { db, imap, limits } = deps;
  const lock = await client.getMailboxLock(imap.mailbox);
  try {
    const box = client.mailbox;
    if (!box) throw new Error('mailbox not selected');
    const cursor = await openCursor(db, imap.user, imap.mailbox, String(box.uidValidity));
    // "N:*" always matches the newest message even below N (RFC 3501 §6.4.8), hence the filter.
    const found = (await client.search({ uid: `${cursor.lastUid + 1}:*` }, { uid: true })) || [];
    const uids = found.filter((u) => u > cursor.lastUid).sort((a, b) => a - b);
    const pass: Pass = { client, deps, cursor, stored: 0 };
    for (let i = 0; i < uids.length; i += MAX_BATCH_COUNT) {
      const chunk = uids.slice(i, i + MAX_BATCH_COUNT);
      const sizes = await fetchSizes(client, chunk);
      const plan = planFetches(sizes, {
        maxCount: MAX_BATCH_COUNT,
        maxBytes: limits.fetchBatchBytes,
        oversizeAbove: limits.maxMessageBytes,
      });
      for (const step of plan) await finishStep(pass, await takeStep(pass, step), lastUidOf(step));
      // A UID that returned no size has already left INBOX (another poller stores a message first).
      await advanceCursor(db, cursor.id, cursor.uidValidity, chunk[chunk.length - 1]!);
    }
    if (uids.length === 0) await touchCursor(db, cursor.id);
    return { seen: uids.length, stored: pass.stored };
  } finally {
    lock.release();
  }
}

async function fetchSizes(client: ImapFlow, uids: number[]): Promise<{ uid: number; size: number }[]> {
  const out: { uid: number; size: number }[] = [];
  for await (const msg of client.fetch(uids.join(','), { uid: true, size: true }, { uid: true }))
    if (msg.uid && typeof msg.size === 'number') out.push({ uid: msg.uid, size: msg.size });
  return out;
}

async function takeStep(pass: Pass, step: FetchStep): Promise<Taken> {
  if (step.kind === 'batch') return takeBatch(pass, step.uids);
  await notePendingOversize(pass.deps.db, {
    mailboxId: pass.cursor.id,
    uidValidity: pass.cursor.uidValidity,
    uid: String(step.uid),
    size: step.size,
  });
  return { stored: [], done: [], refused: [] };
}

async function takeBatch(pass: Pass, uids: number[]): Promise<Taken> {
  const whole = await orRefused(pass, uids, () => fetchSources(pass, uids));
  const refused = [...whole.refused];
  let sources = whole.value;
  if (!sources) {
    // The batch would not come as a whole: each message alone, so one the server refuses stays alone.
    sources = [];
    if (uids.length > 1)
      for (const uid of uids) {
        const one = await orRefused(pass, [uid], () => fetchSources(pass, [uid]));
        sources.push(...(one.value ?? []));
        refused.push(...one.refused);
      }
  }
  const { own, others } = await splitOwnCopies(pass.deps.db, sources);
  if (own.length) pass.deps.logger.debug({ count: own.length }, 'copies of our own replies filed');
  const result = await intakeSources(pass.deps.db, others);
  refused.push(...result.refused);
  const refusedUids = new Set(refused.map((r) => r.uid));
  return {
    stored: result.stored,
    done: sources.filter((s) => !refusedUids.has(s.uid)).map((s) => Number(s.uid)),
    refused,
  };
}

async function fetchSources(pass: Pass, uids: number[]): Promise<StoredSource[]> {
  const sources: StoredSource[] = [];
  for await (const msg of pass.client.fetch(
    uids.join(','),
    { uid: true, source: true, envelope: true },
    { uid: true },
  )) {
    // While another poller flags and moves these messages, the server also reports those flag
    // changes as FETCH responses, without a UID or source: only a response with both is a message.
    if (msg.uid && msg.source) sources.push(toSource(msg, msg.source, pass.cursor));
  }
  return sources;
}

/** Runs one IMAP step; a refusal of its one message (imap-refusal.ts) is returned, not thrown (for a
 * batch, the caller then tries each message alone). */
async function orRefused<T>(
  pass: Pass,
  uids: number[],
  step: () => Promise<T>,
): Promise<{ value: T | null; refused: { uid: string; reason: string }[] }> {
  try {
    return { value: await step(), refused: [] };
  } catch (err) {
    const reason = refusalOf(err, pass.client);
    if (reason === null) throw err;
    return { value: null, refused: uids.length === 1 ? [{ uid: String(uids[0]), reason }] : [] };
  }
}

async function finishStep(pass: Pass, taken: Taken, lastUid: number): Promise<void> {
  const { db, queues, imap, logger } = pass.deps;
  const { cursor } = pass;
  for (const r of taken.refused) {
    logger.warn({ uid: r.uid }, 'message not taken in; recorded and left in the mailbox');
    await recordIntakeFailure(
      db,
      { mailboxId: cursor.id, folder: imap.mailbox, uidValidity: cursor.uidValidity, uid: r.uid },
      r.reason,
    );
  }
  await queues.enqueueNew(
    'ingest',
    taken.stored.map((uid) => ({ mailboxId: cursor.id, uidValidity: cursor.uidValidity, uid })),
  );
  pass.stored += taken.stored.length;
  // Only what was fetched here is known to be stored; a UID that returned nothing has already
  // left INBOX (the other poller stores a message before it moves it).
  if (taken.done.length) await moveProcessed(pass.client, taken.done, imap.processedFolder, logger);
  await advanceCursor(db, cursor.id, cursor.uidValidity, lastUid);
}

function toSource(msg: FetchMessageObject, raw: Buffer, cursor: MailboxCursor): StoredSource {
  return {
    mailboxId: cursor.id,
    uidValidity: cursor.uidValidity,
    uid: String(msg.uid),
    messageId: normalizeMessageId(msg.envelope?.messageId) ?? synthesizeMessageId(raw),
    raw,
  };
}
