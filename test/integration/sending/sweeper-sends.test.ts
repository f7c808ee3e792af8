// The sweeper's share of "every approved reply ends sent or failed": lost jobs run again, stranded
// replies end failed (never sent twice), and consults left behind take their reply's outcome.
import type { Updateable } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../src/app/context.js';
import { sweepOnce } from '../../../src/app/sweeper.js';
import type { OutboxTable } from '../../../src/db/schema/core.js';
import { listUnacknowledgedFailures } from '../../../src/sending/repositories/send-alerts.repository.js';
import { consultState } from '../../helpers/consult-state.js';
import { newMailbox } from '../../helpers/mailstack.js';
import { recordingQueues } from '../../helpers/recording-queues.js';
import { createScratchDb, type ScratchDb } from '../../helpers/scratch-db.js';
import { testContext } from '../../helpers/test-context.js';
import { approvedConsult, outboxRow } from './approved-consult.js';

describe('the sweeper and sends', () => {
  let scratch: ScratchDb;
  let ctx: AppContext;
  const queues = recordingQueues();
  const consultAddress = newMailbox('consult');
  const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);
  const sendsEnqueued = () => queues.added.filter((a) => a.name === 'send').map((a) => a.payload);

  beforeAll(async () => {
    scratch = await createScratchDb();
    ctx = testContext(scratch.db, queues);
  });
  beforeEach(() => {
    queues.added.length = 0;
  });
  afterAll(async () => {
    await scratch.drop();
  });

  const approved = () => approvedConsult(scratch.db, consultAddress, newMailbox('asker'));
  const setOutbox = (id: string, set: Updateable<OutboxTable>) =>
    scratch.db.updateTable('outbox').set(set).where('id', '=', id).execute();
  const ageConsult = (id: string) =>
    scratch.db
      .updateTable('consults')
      .set({ updated_at: minutesAgo(2) })
      .where('id', '=', id)
      .execute();

  it('fails a reply claimed long ago whose consult still says Approved, and shows it as an alert', async () => {
    const { consultId, outboxId } = await approved();
    // What a failure right after the claim used to leave: the row claimed, the consult never moved.
    await setOutbox(outboxId, { state: 'sending', attempts: 1, claimed_at: minutesAgo(60) });
    await sweepOnce(ctx, { pipeline: false, sender: true });
    const row = await outboxRow(scratch.db, outboxId);
    expect(row.state).toBe('failed');
    expect(row.last_error).toMatch(/outcome unknown/);
    expect(await consultState(scratch.db, consultId)).toBe('failed');
    expect((await listUnacknowledgedFailures(scratch.db)).map((a) => a.consultId)).toContain(consultId);
    expect(sendsEnqueued()).not.toContainEqual({ outboxId });
  });

  it('re-enqueues a queued reply whose job was lost, but not one waiting for its retry', async () => {
    const lost = await approved();
    await setOutbox(lost.outboxId, { created_at: minutesAgo(2) });
    const waiting = await approved();
    await setOutbox(waiting.outboxId, {
      created_at: minutesAgo(5),
      attempts: 2,
      next_attempt_at: new Date(Date.now() + 60_000),
    });
    const overdue = await approved();
    await setOutbox(overdue.outboxId, {
      created_at: minutesAgo(5),
      attempts: 2,
      next_attempt_at: minutesAgo(1),
    });
    await sweepOnce(ctx, { pipeline: false, sender: true });
    expect(sendsEnqueued()).toEqual(
      expect.arrayContaining([{ outboxId: lost.outboxId }, { outboxId: overdue.outboxId }]),
    );
    expect(sendsEnqueued()).not.toContainEqual({ outboxId: waiting.outboxId });
  });

  it('settles a consult left in Approved after its reply went out', async () => {
    const { consultId, outboxId } = await approved();
    await setOutbox(outboxId, { state: 'sent', sent_at: minutesAgo(3) });
    await sweepOnce(ctx, { pipeline: false, sender: true });
    expect(await consultState(scratch.db, consultId)).toBe('approved'); // too fresh to judge
    await ageConsult(consultId);
    await sweepOnce(ctx, { pipeline: false, sender: true });
    expect(await consultState(scratch.db, consultId)).toBe('sent');
  });

  it('leaves a consult alone while its reply is still queued or being sent', async () => {
    const { consultId, outboxId } = await approved();
    await setOutbox(outboxId, { state: 'sending', claimed_at: new Date() });
    await scratch.db.updateTable('consults').set({ state: 'sending' }).where('id', '=', consultId).execute();
    await ageConsult(consultId);
    await sweepOnce(ctx, { pipeline: false, sender: true });
    expect(await consultState(scratch.db, consultId)).toBe('sending');
    expect((await outboxRow(scratch.db, outboxId)).state).toBe('sending');
  });
});
