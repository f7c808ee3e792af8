import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import type { InboundMessageRow, InboundState, PhiFlag } from '../db/schema/core.js';
import { CONSULT, INBOUND } from '../lifecycle/transitions.js';

export interface StoredSource {
  mailboxId: number;
  uidValidity: string;
  uid: string;
  messageId: string;
  raw: Buffer;
}

export const sha256 = (bytes: Buffer): Buffer => createHash('sha256').update(bytes).digest();

/** Stores fetched sources in one statement; a UID or Message-ID seen before is skipped. Returns the
 * UIDs newly stored (intake.repository.ts says what became of the others). */
export async function storeSources(db: Kysely<Database>, sources: StoredSource[]): Promise<string[]> {
  if (sources.length === 0) return [];
  const rows = await db
    .insertInto('inbound_messages')
    .values(
      sources.map((s) => ({
        mailbox_id: s.mailboxId,
        uid_validity: s.uidValidity,
        uid: s.uid,
        message_id: s.messageId,
        raw: s.raw,
        size: s.raw.length,
        source_sha256: sha256(s.raw),
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .returning('uid')
    .execute();
  return rows.map((r) => String(r.uid));
}

/** Where a message sits in the mailbox: what an ingest job is given. */
export interface MailboxKey {
  mailboxId: number;
  uidValidity: string;
  uid: string;
}

const keyOf = (r: Pick<InboundMessageRow, 'mailbox_id' | 'uid_validity' | 'uid'>): MailboxKey => ({
  mailboxId: r.mailbox_id,
  uidValidity: String(r.uid_validity),
  uid: String(r.uid),
});

/** What a give-up needs of a message: never its source, which may be megabytes. */
export interface InboundSummary {
  id: string;
  consultId: string | null;
  fromAddress: string | null;
  fromName: string | null;
  subject: string | null;
}

const SUMMARY = ['id', 'consult_id', 'from_address', 'from_name', 'subject'] as const;
const summaryOf = (r: Pick<InboundMessageRow, (typeof SUMMARY)[number]>): InboundSummary => ({
  id: r.id,
  consultId: r.consult_id,
  fromAddress: r.from_address,
  fromName: r.from_name,
  subject: r.subject,
});

export async function findByUid(db: Kysely<Database>, key: MailboxKey): Promise<InboundSummary | undefined> {
  const row = await db
    .selectFrom('inbound_messages')
    .select(SUMMARY)
    .where('mailbox_id', '=', key.mailboxId)
    .where('uid_validity', '=', key.uidValidity)
    .where('uid', '=', key.uid)
    .executeTakeFirst();
  return row && summaryOf(row);
}

export async function findInbound(db: Kysely<Database>, id: string): Promise<InboundSummary | undefined> {
  const row = await db.selectFrom('inbound_messages').select(SUMMARY).where('id', '=', id).executeTakeFirst();
  return row && summaryOf(row);
}

/** Conditional state change of an inbound message; undefined when another attempt got there first. */
export async function moveInbound(
  trx: Transaction<Database> | Kysely<Database>,
  id: string,
  from: readonly InboundState[],
  set: Partial<
    Omit<InboundMessageRow, 'id' | 'raw' | 'references' | 'attachments' | 'phi_flags' | 'sender_auth'>
  > & {
    state: InboundState;
    references?: string[];
    attachments?: string;
    phi_flags?: string;
    sender_auth?: string;
  },
): Promise<InboundMessageRow | undefined> {
  return trx
    .updateTable('inbound_messages')
    .set({ ...set, processed_at: new Date() })
    .where('id', '=', id)
    .where('state', 'in', from)
    .returningAll()
    .executeTakeFirst();
}

/** Work that lost its job (a crash between commit and enqueue), for the sweeper to enqueue again. */
export async function listStranded(
  db: Kysely<Database>,
  olderThanSeconds: number,
): Promise<{ stored: MailboxKey[]; undrafted: string[] }> {
  const before = new Date(Date.now() - olderThanSeconds * 1000);
  const stored = await db
    .selectFrom('inbound_messages')
    .select(['mailbox_id', 'uid_validity', 'uid'])
    .where('state', '=', 'stored')
    .where('received_at', '<', before)
    .limit(1000)
    .execute();
  const undrafted = await db
    .selectFrom('inbound_messages as m')
    .innerJoin('consults as c', 'c.id', 'm.consult_id')
    .select('m.id')
    .where('m.state', '=', INBOUND.thread.to)
    .where('c.state', 'in', CONSULT.drafted.from)
    .where('m.processed_at', '<', before)
    .limit(1000)
    .execute();
  return { stored: stored.map(keyOf), undrafted: undrafted.map((r) => r.id) };
}

/** A consult's latest message, for a quarantine release: unparsed (no sender yet), it is ingested again. */
export async function latestMessageOfConsult(
  db: Kysely<Database> | Transaction<Database>,
  consultId: string,
): Promise<(MailboxKey & { id: string; fromAddress: string | null }) | undefined> {
  const row = await db
    .selectFrom('inbound_messages')
    .select(['id', 'from_address', 'mailbox_id', 'uid_validity', 'uid'])
    .where('consult_id', '=', consultId)
    .orderBy('received_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row && { id: row.id, fromAddress: row.from_address, ...keyOf(row) };
}

/** What the flags of a consult's latest message say, for the polite replies that must not quote it. */
export async function latestPhiFlags(
  db: Kysely<Database> | Transaction<Database>,
  consultId: string,
): Promise<PhiFlag[]> {
  const latest = await db
    .selectFrom('inbound_messages')
    .select('phi_flags')
    .where('consult_id', '=', consultId)
    .orderBy('received_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return latest?.phi_flags ?? [];
}

/** The consult's messages threaded while its reply was on its way: each still waits for a draft. */
export async function followUpIds(
  db: Kysely<Database> | Transaction<Database>,
  consultId: string,
): Promise<string[]> {
  const waiting = await db
    .selectFrom('inbound_messages')
    .select('id')
    .where('consult_id', '=', consultId)
    .where('state', '=', INBOUND.thread.to)
    .execute();
  return waiting.map((w) => w.id);
}
