import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Config } from '../../../src/config.js';
import { createQueues, type Queues } from '../../../src/queue/queues.js';
import { consultEnv, deliver, messageCount, newMailbox, openImap } from '../../helpers/mailstack.js';
import { createScratchDb, type ScratchDb } from '../../helpers/scratch-db.js';
import { testConfig } from '../../helpers/stack-env.js';
import { approvedConsult, outboxRow } from '../sending/approved-consult.js';
import { mailboxCursor, pollerDeps, syncOnce } from './poller-pass.js';

const question = (n: number, id = `<q${n}.${Date.now()}@clinic.example>`) =>
  `From: coder@clinic.example\r\nTo: consult\r\nSubject: question ${n}\r\nMessage-ID: ${id}\r\n\r\nCan 32555 be billed with 76942? (${n})\r\n`;

describe('the poller', () => {
  let scratch: ScratchDb;
  let queues: Queues;
  let config: Config;
  let address: string;

  beforeAll(async () => {
    scratch = await createScratchDb();
    config = testConfig();
    await new Redis(config.redisUrl).flushdb();
    queues = createQueues(config.redisUrl);
  });
  afterAll(async () => {
    await queues.close();
    await scratch.drop();
  });
  beforeEach(() => {
    address = newMailbox('consult');
  });

  const deps = (imap: Partial<Config['imap']> = {}) =>
    pollerDeps(testConfig(consultEnv(address)), scratch.db, queues, { imap });

  const cursorId = async () => (await mailboxCursor(scratch.db, address)).id;

  async function stored() {
    return scratch.db
      .selectFrom('inbound_messages as m')
      .innerJoin('mailboxes as b', 'b.id', 'm.mailbox_id')
      .select(['m.uid', 'm.message_id'])
      .where('b.address', '=', address)
      .execute();
  }

  it('stores each new message once, queues one ingest job per UID, then moves it to Processed as \\Seen', async () => {
    for (const n of [1, 2, 3]) await deliver(address, question(n));
    const d = deps();
    expect(await syncOnce(d)).toEqual({ seen: 3, stored: 3 });
    expect(await syncOnce(d)).toEqual({ seen: 0, stored: 0 });
    const polled = await scratch.db
      .selectFrom('mailboxes')
      .select('last_polled_at')
      .where('address', '=', address)
      .executeTakeFirstOrThrow();
    expect(Date.now() - polled.last_polled_at!.getTime()).toBeLessThan(5000); // a quiet poll still counts for health

    const rows = await stored();
    expect(rows.map((r) => String(r.uid)).sort()).toEqual(['1', '2', '3']);
    const jobs = await queues.raw.ingest.getJobs(['waiting', 'delayed', 'active', 'completed']);
    const prefix = `ingest-${await cursorId()}-`;
    const mine = jobs.filter((j) => j.id?.startsWith(prefix));
    expect(mine).toHaveLength(3);
    expect(JSON.stringify(mine.map((j) => j.data))).not.toMatch(/clinic|32555/); // ids only, no mail content

    const imap = await openImap(address);
    expect(await messageCount(imap, 'INBOX')).toBe(0);
    expect(await messageCount(imap, 'Processed')).toBe(3);
    expect(await messageCount(imap, 'Processed', true)).toBe(0);
    await imap.logout();
  });

  it('ingests each message once when two pollers race on one mailbox', async () => {
    for (const n of [1, 2, 3, 4, 5, 6]) await deliver(address, question(n));
    const results = await Promise.all([syncOnce(deps()), syncOnce(deps())]);
    expect(results.reduce((s, r) => s + r.stored, 0)).toBe(6);
    expect(await stored()).toHaveLength(6);
    const imap = await openImap(address);
    expect(await messageCount(imap, 'INBOX')).toBe(0);
    expect(await messageCount(imap, 'Processed')).toBe(6);
    await imap.logout();
  });

  it('after a UIDVALIDITY change rescans the mailbox and dedupes by Message-ID, recording no duplicates', async () => {
    for (const n of [1, 2]) await deliver(address, question(n));
    const d = deps({ processedFolder: '' }); // leave the messages in INBOX so the rescan sees them
    expect((await syncOnce(d)).stored).toBe(2);
    // As if both had been stored under an earlier UIDVALIDITY: the rescan lists them under new UIDs.
    const box = await cursorId();
    await scratch.db.updateTable('mailboxes').set({ uid_validity: '1' }).where('id', '=', box).execute();
    await scratch.db
      .updateTable('inbound_messages')
      .set({ uid_validity: '1' })
      .where('mailbox_id', '=', box)
      .execute();
    await deliver(address, question(3));
    expect(await syncOnce(d)).toEqual({ seen: 3, stored: 1 });
    expect(await stored()).toHaveLength(3);
    const duplicates = await scratch.db
      .selectFrom('inbound_duplicates')
      .select('id')
      .where('mailbox_id', '=', box)
      .execute();
    expect(duplicates).toEqual([]); // the same bytes seen again are the same message
  });

  it('files the copy of our own reply in Processed without storing it as a question', async () => {
    const { outboxId } = await approvedConsult(scratch.db, address, newMailbox('asker'));
    const reply = await outboxRow(scratch.db, outboxId);
    const copy = `From: ${address}\r\nTo: asker@clinic.example\r\nSubject: Re: 32555\r\nMessage-ID: ${reply.message_id}\r\n\r\nBottom line.\r\n`;
    await deliver(address, copy);
    await deliver(address, question(7));
    expect(await syncOnce(deps())).toEqual({ seen: 2, stored: 1 });
    expect((await stored()).map((r) => r.message_id)).not.toContain(reply.message_id);
    const imap = await openImap(address);
    expect(await messageCount(imap, 'INBOX')).toBe(0);
    expect(await messageCount(imap, 'Processed')).toBe(2);
    await imap.logout();
  });
});
