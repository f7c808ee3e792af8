// Every approved reply ends `sent` or `failed` within a bounded time, and is never sent twice.
import { Worker } from 'bullmq';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUEUE_NAMES } from '../../../src/queue/jobs.js';
import { createQueues, workerConnection } from '../../../src/queue/queues.js';
import { createLogger } from '../../../src/logger.js';
import { sendJobOptions } from '../../../src/sending/send-backoff.js';
import { listUnacknowledgedFailures } from '../../../src/sending/repositories/send-alerts.repository.js';
import { sendJob, type SendDeps } from '../../../src/sending/send.job.js';
import { createSmtpSender } from '../../../src/sending/smtp-transport.js';
import { consultState } from '../../helpers/consult-state.js';
import { startFaultySmtp, type FaultySmtp } from '../../helpers/faulty-smtp.js';
import { newMailbox, waitFor } from '../../helpers/mailstack.js';
import { createScratchDb, type ScratchDb } from '../../helpers/scratch-db.js';
import { testConfig } from '../../helpers/stack-env.js';
import { approvedConsult, auditActions, outboxRow } from './approved-consult.js';

describe('a reply that cannot go out at once', () => {
  let scratch: ScratchDb;
  let busy: FaultySmtp;
  const config = testConfig();
  const consult = { address: newMailbox('consult'), name: 'CodeDesk Test' };

  beforeAll(async () => {
    scratch = await createScratchDb();
    busy = await startFaultySmtp('busy-at-recipient');
  });
  afterAll(async () => {
    await busy.close();
    await scratch.drop();
  });

  const approved = () => approvedConsult(scratch.db, consult.address, newMailbox('asker'));
  const deps = (
    port: number,
    sending = { maxAttempts: 3, retryDelayMs: 1000, copyToSelf: false },
  ): SendDeps => ({
    db: scratch.db,
    smtp: createSmtpSender({ ...config.smtp, port }),
    sentFolder: null,
    queues: null,
    consult,
    sending,
    senderId: null,
    logger: createLogger('silent'),
  });

  it('keeps the reply queued when a step after the claim fails, and sends it once on the next attempt', async () => {
    const { consultId, outboxId } = await approved();
    // The consult's move to `sending` fails once, as a database error after the claim would.
    await sql`create sequence fail_once_seq`.execute(scratch.db);
    await sql`create function fail_once() returns trigger language plpgsql as $$
      begin
        if new.state = 'sending' and nextval('fail_once_seq') = 1 then raise exception 'injected'; end if;
        return new;
      end $$`.execute(scratch.db);
    await sql`create trigger consults_fail_once before update on consults
      for each row execute function fail_once()`.execute(scratch.db);
    try {
      await expect(sendJob(deps(config.smtp.port), { outboxId })).rejects.toThrow(/injected/);
      expect((await outboxRow(scratch.db, outboxId)).state).toBe('queued');
      expect(await consultState(scratch.db, consultId)).toBe('approved');

      expect(await sendJob(deps(config.smtp.port), { outboxId })).toBe('done');
      expect(await sendJob(deps(config.smtp.port), { outboxId })).toBe('skipped');
      expect(await consultState(scratch.db, consultId)).toBe('sent');
      expect((await auditActions(scratch.db, consultId)).filter((a) => a === 'send.sent')).toHaveLength(1);
    } finally {
      await sql`drop trigger consults_fail_once on consults`.execute(scratch.db);
    }
  });

  it('retries a temporary SMTP failure with growing waits, then fails it with an alert', async () => {
    const { consultId, outboxId } = await approved();
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 2; attempt++) {
      const before = Date.now();
      await expect(sendJob(deps(busy.port), { outboxId })).rejects.toThrow(/will retry/);
      const row = await outboxRow(scratch.db, outboxId);
      expect(row).toMatchObject({ state: 'queued', attempts: attempt });
      waits.push(row.next_attempt_at!.getTime() - before);
      expect(await consultState(scratch.db, consultId)).toBe('approved');
    }
    expect(waits[0]).toBeGreaterThanOrEqual(1000);
    expect(waits[1]).toBeGreaterThanOrEqual(2000);

    await expect(sendJob(deps(busy.port), { outboxId })).rejects.toThrow(/gave up after 3 attempts/);
    const row = await outboxRow(scratch.db, outboxId);
    expect(row).toMatchObject({ state: 'failed', attempts: 3, next_attempt_at: null });
    expect(row.failed_at).toBeInstanceOf(Date);
    expect(row.last_error).toMatch(/451/);
    expect(await consultState(scratch.db, consultId)).toBe('failed');
    expect(await auditActions(scratch.db, consultId)).toEqual(['send.retry', 'send.retry', 'send.failed']);
    // The audit log keeps the reply code; the SMTP reply, which quotes the asker, stays on the outbox row.
    const details = await scratch.db
      .selectFrom('audit_events')
      .select('detail')
      .where('consult_id', '=', consultId)
      .orderBy('id')
      .execute();
    expect(details.at(-1)!.detail).toEqual({
      outboxId,
      kind: 'reply',
      attempt: 3,
      responseCode: 451,
      reason: 'retries_exhausted',
    });
    expect(JSON.stringify(details)).not.toContain('@');
    expect(row.last_error).toContain(row.to_address);
    expect((await listUnacknowledgedFailures(scratch.db)).map((a) => a.outboxId)).toContain(outboxId);
    expect(await sendJob(deps(busy.port), { outboxId })).toBe('skipped');
  });

  it('ends failed within the backoff bound when a real worker retries it', async () => {
    // A Redis database of its own, so other suites' send queues are never touched.
    const redisUrl = config.redisUrl.replace(/\/\d+$/, '') + '/12';
    const sending = { maxAttempts: 3, retryDelayMs: 50, copyToSelf: false };
    const queues = createQueues(redisUrl, { send: sendJobOptions(sending) });
    await queues.raw.send.obliterate({ force: true });
    const d = deps(busy.port, sending);
    const worker = new Worker(QUEUE_NAMES.send, (job) => sendJob(d, job.data), {
      connection: workerConnection(redisUrl),
    });
    worker.on('error', () => undefined);
    try {
      const { consultId, outboxId } = await approved();
      const started = Date.now();
      await queues.enqueue('send', { outboxId });
      const failed = await waitFor(async () => {
        const row = await outboxRow(scratch.db, outboxId);
        return row.state === 'failed' && row;
      }, 'the reply to fail');
      // Three attempts, 50 + 100 ms apart: well under the ten seconds allowed here.
      expect(failed.attempts).toBe(3);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(await consultState(scratch.db, consultId)).toBe('failed');
    } finally {
      await worker.close();
      await queues.raw.send.obliterate({ force: true });
      await queues.close();
    }
  });
});
