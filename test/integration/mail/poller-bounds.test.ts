// The poller's bounds (issue 15): sizes are read before sources, a message over the size limit is
// streamed to storage in parts and never parsed, and one message that cannot be stored stops neither
// its batch nor the passes after it.
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/logger.js';
import { syncMailbox, type PollerDeps } from '../../../src/mail/mailbox-sync.js';
import { takePendingOversize } from '../../../src/mail/oversize-intake.js';
import { MailboxPoller } from '../../../src/mail/poller.js';
import { ingestJob } from '../../../src/pipeline/ingest.job.js';
import { consultEnv, deliver, messageCount, newMailbox, openImap, waitFor } from '../../helpers/mailstack.js';
import { recordingQueues, type RecordingQueues } from '../../helpers/recording-queues.js';
import { createScratchDb, type ScratchDb } from '../../helpers/scratch-db.js';
import { testConfig } from '../../helpers/stack-env.js';
import { mailboxCursor, onImap, pollerDeps, syncOnce } from './poller-pass.js';

const question = (n: number, extra = '', id = `<b${n}.${Date.now()}@clinic.example>`) =>
  `From: coder@clinic.example\r\nTo: consult\r\nSubject: question ${n}\r\nMessage-ID: ${id}\r\n\r\nCan 32555 be billed with 76942? (${n}) ${extra}\r\n`;

describe('the poller within its bounds', () => {
  let scratch: ScratchDb;
  let queues: RecordingQueues;
  let address: string;

  beforeAll(async () => {
    scratch = await createScratchDb();
    await new Redis(testConfig().redisUrl).flushdb();
  });
  afterAll(() => scratch.drop());
  beforeEach(() => {
    address = newMailbox('bounds');
    queues = recordingQueues();
  });

  const deps = (limits: Partial<PollerDeps['limits']> = {}) =>
    pollerDeps(testConfig(consultEnv(address)), scratch.db, queues, { limits });

  /** A pass, then the intake of the oversize messages it noted (the poller runs that beside its passes). */
  const syncThenOversize = (d: PollerDeps) =>
    onImap(d, async (client) => ({
      ...(await syncMailbox(client, d)),
      oversizeStored: await takePendingOversize(client, d),
    }));

  const rowsOf = () =>
    scratch.db
      .selectFrom('inbound_messages as m')
      .innerJoin('mailboxes as b', 'b.id', 'm.mailbox_id')
      .select([
        'm.id',
        'm.uid',
        'm.message_id',
        'm.size',
        'm.source_in_parts',
        sql<number>`length(m.raw)`.as('rawLength'),
      ])
      .where('b.address', '=', address)
      .orderBy('m.uid')
      .execute();

  it('notes a message over the size limit, streams it beside the pass into parts of at most 1 MiB, and ingest quarantines it unparsed', async () => {
    const filler = 'Z'.repeat(99) + '\r\n';
    const big = `From: Big Sender <big@clinic.example>\r\nSubject: the whole chart\r\nMessage-ID: <big.${Date.now()}@clinic.example>\r\n\r\n${filler.repeat(30_000)}`;
    await deliver(address, big);
    await deliver(address, question(2));
    const d = deps({ maxMessageBytes: 100_000 });
    expect(await syncThenOversize(d)).toEqual({ seen: 2, stored: 1, oversizeStored: 1 });
    const imap = await openImap(address);
    expect(await messageCount(imap, 'Processed')).toBe(2);
    await imap.logout();
    const pending = await scratch.db.selectFrom('inbound_oversize_pending').select('uid').execute();
    expect(pending).toEqual([]);

    const [oversize, normal] = await rowsOf();
    expect(oversize).toMatchObject({
      source_in_parts: true,
      rawLength: 0,
      message_id: expect.stringMatching(/^<big\./),
    });
    expect(normal).toMatchObject({ source_in_parts: false });
    const parts = await scratch.db
      .selectFrom('inbound_source_parts')
      .select(['seq', sql<number>`length(bytes)`.as('length')])
      .where('inbound_id', '=', oversize!.id)
      .orderBy('seq')
      .execute();
    expect(parts.length).toBe(Math.ceil(oversize!.size / (1024 * 1024)));
    expect(parts.every((p) => p.length <= 1024 * 1024)).toBe(true);
    expect(parts.reduce((sum, p) => sum + p.length, 0)).toBe(oversize!.size);

    const config = testConfig({ ...consultEnv(address), MAX_MESSAGE_BYTES: '100000' });
    const ingestDeps = { db: scratch.db, queues, config, logger: createLogger('silent') };
    const cursor = await mailboxCursor(scratch.db, address);
    const payload = {
      mailboxId: cursor.id,
      uidValidity: String(cursor.uid_validity),
      uid: String(oversize!.uid),
    };
    expect(await ingestJob(ingestDeps, payload)).toBe('done');
    const after = await scratch.db
      .selectFrom('inbound_messages as m')
      .innerJoin('consults as c', 'c.id', 'm.consult_id')
      .select([
        'm.state',
        'm.from_address',
        'm.text_body',
        'c.state as consultState',
        'c.quarantine_reason',
        'c.asker_address',
        'c.subject',
      ])
      .where('m.id', '=', oversize!.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual({
      state: 'quarantined',
      from_address: null, // never parsed: a release sends it back to ingest, not to drafting
      text_body: null,
      consultState: 'quarantined',
      quarantine_reason: `oversize: ${oversize!.size} bytes, over the 100000-byte limit (stored, not parsed)`,
      asker_address: 'big@clinic.example', // read from its header block only
      subject: 'the whole chart',
    });
  });

  it('takes a noted oversize message in by itself while it runs, beside its passes', async () => {
    const head = `From: big@clinic.example\r\nSubject: chart\r\nMessage-ID: <run.${Date.now()}@clinic.example>\r\n\r\n`;
    await deliver(address, head + `${'Y'.repeat(98)}\r\n`.repeat(20_000));
    await deliver(address, question(2));
    const poller = new MailboxPoller(deps({ maxMessageBytes: 100_000 }));
    try {
      const rows = await waitFor(async () => {
        const r = await rowsOf();
        return r.length === 2 && r.every((m) => m.size > 0) && r;
      }, 'both messages stored');
      expect(rows.map((r) => r.source_in_parts)).toEqual([true, false]);
      await waitFor(async () => {
        const imap = await openImap(address);
        const moved = (await messageCount(imap, 'Processed')) === 2;
        await imap.logout();
        return moved;
      }, 'both moved to Processed');
      expect(queues.added).toHaveLength(2);
    } finally {
      await poller.stop();
    }
  });

  it('stores the rest of a batch when the database refuses one message, records that one, and goes on', async () => {
    // A database that refuses one message's row, as it would a value it cannot hold.
    await sql`create or replace function refuse_poison() returns trigger language plpgsql as $$
      begin if position('POISON'::bytea in new.raw) > 0 then
        raise exception 'refused for the test' using errcode = '22023'; end if; return new; end $$`.execute(
      scratch.db,
    );
    await sql`create trigger refuse_poison before insert on inbound_messages for each row execute function refuse_poison()`.execute(
      scratch.db,
    );
    try {
      for (const n of [1, 2, 3]) await deliver(address, question(n, n === 2 ? 'POISON' : ''));
      const d = deps();
      expect(await syncOnce(d)).toEqual({ seen: 3, stored: 2 });
      expect((await rowsOf()).map((r) => String(r.uid))).toEqual(['1', '3']);
      const refused = await scratch.db
        .selectFrom('consults')
        .select(['state', 'quarantine_reason'])
        .where('quarantine_reason', 'like', 'intake failed for UID 2 of INBOX%')
        .execute();
      expect(refused).toEqual([
        {
          state: 'quarantined',
          quarantine_reason: 'intake failed for UID 2 of INBOX (left there): refused for the test',
        },
      ]);
      const imap = await openImap(address);
      expect(await messageCount(imap, 'INBOX')).toBe(1); // the refused one, for a person
      expect(await messageCount(imap, 'Processed')).toBe(2);
      await imap.logout();

      // The refusal persists, but later passes go on past it.
      expect(await syncOnce(d)).toEqual({ seen: 0, stored: 0 });
      await deliver(address, question(4));
      expect(await syncOnce(d)).toEqual({ seen: 1, stored: 1 });
    } finally {
      await sql`drop trigger refuse_poison on inbound_messages`.execute(scratch.db);
    }
  });

  it('stores a message whose Message-ID is too long to index under a digest of it', async () => {
    // Random, so PostgreSQL cannot compress it below the 2,704 bytes a unique-index entry may take.
    const long = `<${randomBytes(4500).toString('base64url')}@clinic.example>`;
    await deliver(address, question(1, '', long));
    await deliver(address, question(2));
    expect(await syncOnce(deps())).toEqual({ seen: 2, stored: 2 });
    expect((await rowsOf())[0]!.message_id).toMatch(/^<sha256\.[0-9a-f]{40}@codedesk\.invalid>$/);
  });

  it('fetches in batches bounded by bytes: with room for one message a batch, each is stored once and moved', async () => {
    for (const n of [1, 2, 3, 4]) await deliver(address, question(n));
    expect(await syncOnce(deps({ fetchBatchBytes: 300 }))).toEqual({ seen: 4, stored: 4 });
    expect(queues.added.map((a) => (a.payload as { uid: string }).uid)).toEqual(['1', '2', '3', '4']);
    const imap = await openImap(address);
    expect(await messageCount(imap, 'Processed')).toBe(4);
    await imap.logout();
  });
});
