// What happens after a crash or a failing job: nothing is lost, nothing is drafted or sent twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../src/app/context.js';
import { sweepOnce } from '../../../src/app/sweeper.js';
import { quarantineAfterFailure } from '../../../src/pipeline/give-up.js';
import { storeSources } from '../../../src/repositories/inbound.repository.js';
import { createScratchDb, type ScratchDb } from '../../helpers/scratch-db.js';
import { recordingQueues } from '../../helpers/recording-queues.js';
import { testContext } from '../../helpers/test-context.js';
import { consultState } from '../../helpers/consult-state.js';
import { openCursor } from '../../../src/repositories/mailbox.repository.js';

describe('recovery', () => {
  let scratch: ScratchDb;
  let ctx: AppContext;
  const queues = recordingQueues();
  const added = queues.added;
  let mailboxId: number;

  beforeAll(async () => {
    scratch = await createScratchDb();
    ctx = testContext(scratch.db, queues);
    mailboxId = (await openCursor(scratch.db, 'c@x.test', 'INBOX', '3')).id; // as the poller opens it
  });
  afterAll(async () => {
    await scratch.drop();
  });

  it('re-queues a stored message whose ingest job was lost, once it has waited a while', async () => {
    await storeSources(scratch.db, [
      {
        mailboxId,
        uidValidity: '3',
        uid: '1',
        messageId: '<lost@x>',
        raw: Buffer.from('Subject: q\r\n\r\n32555?\r\n'),
      },
    ]);
    added.length = 0;
    await sweepOnce(ctx, { pipeline: true, sender: false });
    expect(added).toEqual([]); // too fresh: its own job may still be on the way
    await scratch.db
      .updateTable('inbound_messages')
      .set({ received_at: new Date(Date.now() - 120_000) })
      .where('message_id', '=', '<lost@x>')
      .execute();
    await sweepOnce(ctx, { pipeline: true, sender: false });
    expect(added).toEqual([{ name: 'ingest', payload: { mailboxId, uidValidity: '3', uid: '1' } }]);
  });

  it('marks a reply stuck in sending as failed for a person to check, never sends it again', async () => {
    const consult = await scratch.db
      .insertInto('consults')
      .values({ token: 'CD-STUCK2', asker_address: 'a@x.test', subject: 's', state: 'sending' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const row = await scratch.db
      .insertInto('outbox')
      .values({
        consult_id: consult.id,
        kind: 'reply',
        state: 'sending',
        to_address: 'a@x.test',
        subject: 's',
        text: 't',
        html: 'h',
        message_id: '<stuck@x>',
        claimed_at: new Date(Date.now() - 3_600_000),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    added.length = 0;
    await sweepOnce(ctx, { pipeline: false, sender: true });
    const after = await scratch.db
      .selectFrom('outbox')
      .selectAll()
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(after.state).toBe('failed');
    expect(after.last_error).toMatch(/outcome unknown/);
    expect(await consultState(scratch.db, consult.id)).toBe('failed');
    expect(added.filter((a) => a.name === 'send')).toEqual([]);
  });

  it('quarantines a message whose jobs failed every attempt, with the error as the reason', async () => {
    await storeSources(scratch.db, [
      { mailboxId, uidValidity: '3', uid: '2', messageId: '<poison@x>', raw: Buffer.from('x') },
    ]);
    await quarantineAfterFailure(
      scratch.db,
      ctx.logger,
      { mailboxId, uidValidity: '3', uid: '2' },
      'processing failed: boom',
    );
    const row = await scratch.db
      .selectFrom('inbound_messages as m')
      .innerJoin('consults as c', 'c.id', 'm.consult_id')
      .select(['m.state', 'c.state as consultState', 'c.quarantine_reason'])
      .where('m.message_id', '=', '<poison@x>')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      state: 'quarantined',
      consultState: 'quarantined',
      quarantine_reason: 'processing failed: boom',
    });
  });
});
