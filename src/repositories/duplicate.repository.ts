// A message whose Message-ID is already stored in its mailbox is not a new question, but it is not
// nothing either: it is recorded against the first copy (shown on that consult's page) and never
// ingested, so it is never drafted or answered twice.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/database.js';

export interface RepeatedSource {
  mailboxId: number;
  uidValidity: string;
  uid: string;
  messageId: string;
  size: number;
  sha256: Buffer;
  /** Null when the message was over the size limit (its bytes were not kept). */
  raw: Buffer | null;
}

/** What a message that was not stored as new turned out to be. */
export type Repeat = 'duplicate' | 'seen';

/**
 * Records each source as a duplicate of the stored message with its Message-ID, unless it is that
 * message seen again: under its own UID (a pass that stopped before its cursor moved on), or with the
 * same bytes after a UIDVALIDITY change (RFC 3501 §2.3.1.1: every message is listed anew).
 */
export async function recordRepeats(
  db: Kysely<Database> | Transaction<Database>,
  sources: RepeatedSource[],
): Promise<Map<string, Repeat>> {
  const out = new Map<string, Repeat>();
  if (sources.length === 0) return out;
  const firsts = await db
    .selectFrom('inbound_messages')
    .select([
      'id',
      'message_id',
      'uid_validity',
      'uid',
      // rows stored before the digest was kept: computed once, here, for this rare comparison
      sql<Buffer>`coalesce(source_sha256, sha256(raw))`.as('sha256'),
    ])
    .where('mailbox_id', '=', sources[0]!.mailboxId)
    .where(
      'message_id',
      'in',
      sources.map((s) => s.messageId),
    )
    .execute();
  const byId = new Map(firsts.map((f) => [f.message_id, f]));
  for (const s of sources) {
    const first = byId.get(s.messageId);
    const sameUid = first && String(first.uid_validity) === s.uidValidity && String(first.uid) === s.uid;
    const rescanned = first && String(first.uid_validity) !== s.uidValidity && first.sha256.equals(s.sha256);
    // No first copy under this Message-ID: the UID itself is stored already (with another id).
    if (!first || sameUid || rescanned) {
      out.set(s.uid, 'seen');
      continue;
    }
    await db
      .insertInto('inbound_duplicates')
      .values({
        original_id: first.id,
        mailbox_id: s.mailboxId,
        uid_validity: s.uidValidity,
        uid: s.uid,
        size: s.size,
        identical: first.sha256.equals(s.sha256),
        raw: s.raw,
      })
      .onConflict((oc) => oc.columns(['mailbox_id', 'uid_validity', 'uid']).doNothing())
      .execute();
    out.set(s.uid, 'duplicate');
  }
  return out;
}
