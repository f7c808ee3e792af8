// Takes in the messages over the size limit that passes have noted (mailbox-sync.ts), one at a time,
// beside the passes: each is streamed from the server in 1 MiB FETCHes into parts in PostgreSQL, never
// held whole and never parsed, then queued for ingest (which quarantines it) and moved to Processed.
// It shares the passes' IMAP connection: its FETCHes interleave with theirs, so other mail waits at
// most one part, not the whole message. Pollers on one mailbox take turns here too.
import type { ImapFlow } from 'imapflow';
import { withAdvisoryLock } from '../db/advisory-lock.js';
import { recordIntakeFailure } from '../repositories/intake.repository.js';
import { openCursor } from '../repositories/mailbox.repository.js';
import {
  dropPendingOversize,
  nextPendingOversize,
  type PendingOversize,
} from '../repositories/oversize-pending.repository.js';
import { storeSourceInParts } from '../repositories/source-parts.repository.js';
import { messageIdFromHead } from './header-prefix.js';
import { refusalOf } from './imap-refusal.js';
import type { PollerDeps } from './mailbox-sync.js';
import { moveProcessed } from './move-processed.js';

const PART_BYTES = 1024 * 1024;

/** Takes in every noted message of the mailbox; returns how many were stored as new. */
export async function takePendingOversize(client: ImapFlow, deps: PollerDeps): Promise<number> {
  const { db, imap } = deps;
  const box = client.mailbox;
  if (!box) return 0;
  const uidValidity = String(box.uidValidity);
  return withAdvisoryLock(db, `codedesk.oversize:${imap.host}/${imap.user}/${imap.mailbox}`, async () => {
    const cursor = await openCursor(db, imap.user, imap.mailbox, uidValidity);
    let stored = 0;
    for (;;) {
      const next = await nextPendingOversize(db, cursor.id, uidValidity);
      if (!next) return stored;
      if (await takeOne(client, deps, next)) stored++;
    }
  });
}

async function takeOne(client: ImapFlow, deps: PollerDeps, p: PendingOversize): Promise<boolean> {
  const { db, queues, imap, logger } = deps;
  let outcome: Awaited<ReturnType<typeof storeSourceInParts>> | 'gone';
  try {
    const download = await client.download(p.uid, undefined, { uid: true, chunkSize: PART_BYTES });
    outcome = download.content
      ? await storeSourceInParts(db, { ...p, parts: download.content, messageIdOf: messageIdFromHead })
      : 'gone';
  } catch (err) {
    const reason = refusalOf(err, client);
    if (reason === null) throw err;
    logger.warn({ uid: p.uid }, 'oversize message not taken in; recorded and left in the mailbox');
    await recordIntakeFailure(db, { ...p, folder: imap.mailbox }, reason);
    await dropPendingOversize(db, p);
    return false;
  }
  if (outcome === 'stored')
    await queues.enqueueNew('ingest', [{ mailboxId: p.mailboxId, uidValidity: p.uidValidity, uid: p.uid }]);
  if (outcome !== 'gone') await moveProcessed(client, [Number(p.uid)], imap.processedFolder, logger);
  await dropPendingOversize(db, p);
  return outcome === 'stored';
}
