// A message over the size limit is kept, but never whole in memory: its source arrives as a stream of
// parts (1 MiB each), each written as it comes, in one transaction with the message's row. The row
// holds an empty `raw` and `source_in_parts`; the parts go with it when it is deleted.
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { recordRepeats, type Repeat } from './duplicate.repository.js';

export interface PartsSource {
  mailboxId: number;
  uidValidity: string;
  uid: string;
  size: number;
  parts: AsyncIterable<Buffer>;
  /** The Message-ID read from the start of the source, or null (one is then derived from the bytes). */
  messageIdOf(firstPart: Buffer): string | null;
}

export async function storeSourceInParts(
  db: Kysely<Database>,
  source: PartsSource,
): Promise<'stored' | Repeat> {
  return db.transaction().execute(async (trx) => {
    const key = { mailbox_id: source.mailboxId, uid_validity: source.uidValidity, uid: source.uid };
    const row = await trx
      .insertInto('inbound_messages')
      .values({
        ...key,
        // Unique and never seen outside this transaction: the real one is known once the bytes are.
        message_id: `<pending.${source.uidValidity}.${source.uid}@codedesk.invalid>`,
        raw: Buffer.alloc(0),
        size: source.size,
        source_in_parts: true,
      })
      .onConflict((oc) => oc.columns(['mailbox_id', 'uid_validity', 'uid']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) return 'seen';
    const hash = createHash('sha256');
    let seq = 0;
    let messageId: string | null = null;
    for await (const part of source.parts) {
      if (seq === 0) messageId = source.messageIdOf(part);
      hash.update(part);
      await trx
        .insertInto('inbound_source_parts')
        .values({ inbound_id: row.id, seq: seq++, bytes: part })
        .execute();
    }
    const digest = hash.digest();
    messageId ??= `<sha256.${digest.toString('hex').slice(0, 40)}@codedesk.invalid>`;
    const first = await trx
      .selectFrom('inbound_messages')
      .select('id')
      .where('mailbox_id', '=', source.mailboxId)
      .where('message_id', '=', messageId)
      .executeTakeFirst();
    if (first) {
      await trx.deleteFrom('inbound_messages').where('id', '=', row.id).execute();
      const repeats = await recordRepeats(trx, [{ ...source, messageId, sha256: digest, raw: null }]);
      return repeats.get(source.uid) ?? 'seen';
    }
    await trx
      .updateTable('inbound_messages')
      .set({ message_id: messageId, source_sha256: digest })
      .where('id', '=', row.id)
      .execute();
    return 'stored';
  });
}

/** The first `bytes` of a message's source, wherever it is kept (the headers of an oversize one). */
export async function sourceHead(db: Kysely<Database>, inboundId: string, bytes: number): Promise<Buffer> {
  const { rows } = await sql<{ head: Buffer | null }>`
    select coalesce(
      (select substring(p.bytes from 1 for ${bytes}) from inbound_source_parts p
        where p.inbound_id = ${inboundId} and p.seq = 0),
      (select substring(m.raw from 1 for ${bytes}) from inbound_messages m where m.id = ${inboundId})
    ) as head`.execute(db);
  return rows[0]?.head ?? Buffer.alloc(0);
}

/** The whole source of a message kept in parts (for one within the size limit, after a raised limit). */
export async function joinSourceParts(db: Kysely<Database>, inboundId: string): Promise<Buffer> {
  const rows = await db
    .selectFrom('inbound_source_parts')
    .select('bytes')
    .where('inbound_id', '=', inboundId)
    .orderBy('seq')
    .execute();
  return Buffer.concat(rows.map((r) => r.bytes));
}
