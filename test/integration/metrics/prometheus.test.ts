// GET /metrics (issue 17, part 4): Prometheus text from what PostgreSQL and Redis hold, so any web node
// reports the whole service, and counters only grow, by what happened since the last scrape.
import { randomBytes } from 'node:crypto';
import { Worker } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueues, workerConnection, type Queues } from '../../../src/queue/queues.js';
import { buildApp } from '../../../src/review/app.js';
import { seedConsult } from '../../fixtures/desk/seed.js';
import { createScratchDb, type ScratchDb } from '../../helpers/scratch-db.js';
import { testConfig } from '../../helpers/stack-env.js';

const TOKEN = 'metrics-test-token-0123456789';

/** `name{labels}` -> value, for every sample line of a scrape. */
function samples(body: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of body.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    out.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return out;
}

describe('Prometheus metrics', () => {
  let scratch: ScratchDb;
  let queues: Queues;
  let app: FastifyInstance;

  beforeAll(async () => {
    scratch = await createScratchDb();
    const config = testConfig({ CODEDESK_API_TOKEN: TOKEN });
    queues = createQueues(config.redisUrl);
    app = await buildApp({ db: scratch.db, config, queues, metricsSettleMs: 0 });
  });
  afterAll(async () => {
    await app?.close();
    await queues?.close();
    await scratch?.drop();
  });

  const scrape = async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    return { body: res.body, values: samples(res.body) };
  };

  const audit = (action: string, reason?: string) =>
    scratch.db
      .insertInto('audit_events')
      .values({ actor: 'pipeline', action, detail: JSON.stringify(reason ? { reason } : {}) })
      .execute();

  it('answers only with the API token', async () => {
    const res = await app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(401);
    const wrong = await app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: 'Bearer nope' },
    });
    expect(wrong.statusCode).toBe(401);
  });

  it('counts consults by state, messages, quarantine reasons, send outcomes and the time to draft and to reply', async () => {
    const hour = 3600_000;
    const answered = await seedConsult(scratch.db, { receivedAt: new Date(Date.now() - 1.5 * hour) });
    await seedConsult(scratch.db, { receivedAt: new Date(Date.now() - 3_000) });
    await seedConsult(scratch.db, {
      state: 'quarantined',
      quarantineReason: 'unknown sender: not on the allowed list',
    });
    await scratch.db
      .insertInto('outbox')
      .values({
        consult_id: answered.consultId,
        draft_id: answered.draftId,
        kind: 'reply',
        state: 'sent',
        to_address: 'asker@example.test',
        subject: 'Re: question',
        text: 'answer',
        html: '<p>answer</p>',
        message_id: `<r.${randomBytes(4).toString('hex')}@example.test>`,
        sent_at: new Date(),
      })
      .execute();
    await scratch.db
      .updateTable('consults')
      .set({ state: 'sent' })
      .where('id', '=', answered.consultId)
      .execute();
    await audit('consult.quarantined', 'unknown sender: not on the allowed list');
    await audit('consult.quarantined', 'unknown sender: not on the allowed list');
    await audit('consult.quarantined', 'oversize: 12000000 bytes is over the 10485760-byte limit');
    await audit('send.sent');
    await audit('send.failed');
    await scratch.db
      .insertInto('mailboxes')
      .values({ address: 'other@example.test', folder: 'INBOX', last_polled_at: new Date() })
      .execute();

    const { body, values } = await scrape();
    expect(values.get('codedesk_consults{state="awaiting_review"}')).toBe(1);
    expect(values.get('codedesk_consults{state="sent"}')).toBe(1);
    expect(values.get('codedesk_consults{state="quarantined"}')).toBe(1);
    expect(values.get('codedesk_consults{state="failed"}')).toBe(0);
    expect(values.get('codedesk_outbox_messages{state="sent"}')).toBe(1);
    expect(values.get('codedesk_messages_ingested_total')).toBe(3);
    expect(values.get('codedesk_messages_quarantined_total{reason="unknown-sender"}')).toBe(2);
    expect(values.get('codedesk_messages_quarantined_total{reason="oversize"}')).toBe(1);
    expect(values.get('codedesk_sends_total{outcome="sent"}')).toBe(1);
    expect(values.get('codedesk_sends_total{outcome="failed"}')).toBe(1);
    expect(values.get('codedesk_sends_total{outcome="unknown"}')).toBe(0);
    // Two machine drafts, 1.5 h and 3 s after their questions; one reply, 1.5 h after.
    expect(values.get('codedesk_time_to_draft_seconds_bucket{le="2"}')).toBe(0);
    expect(values.get('codedesk_time_to_draft_seconds_bucket{le="5"}')).toBe(1);
    expect(values.get('codedesk_time_to_draft_seconds_bucket{le="+Inf"}')).toBe(2);
    expect(values.get('codedesk_time_to_draft_seconds_count')).toBe(2);
    expect(values.get('codedesk_time_to_draft_seconds_sum')).toBeGreaterThan(5403);
    expect(values.get('codedesk_time_to_reply_seconds_bucket{le="3600"}')).toBe(0);
    expect(values.get('codedesk_time_to_reply_seconds_bucket{le="7200"}')).toBe(1);
    expect(values.get('codedesk_time_to_reply_seconds_count')).toBe(1);
    expect(values.get('codedesk_imap_up')).toBe(1);
    expect(values.get('codedesk_imap_last_poll_age_seconds')).toBeLessThan(60);
    expect(values.get('codedesk_metrics_source_up{source="postgresql"}')).toBe(1);
    expect(values.get('codedesk_metrics_source_up{source="redis"}')).toBe(1);
    expect(body).toContain('# TYPE codedesk_time_to_reply_seconds histogram\n');
    expect(body).toContain('# TYPE codedesk_messages_ingested_total counter\n');
  });

  it('adds only what happened since the last scrape', async () => {
    const before = (await scrape()).values;
    await seedConsult(scratch.db);
    await audit('consult.quarantined', 'unknown sender: not on the allowed list');
    const after = (await scrape()).values;
    const delta = (k: string) => after.get(k)! - before.get(k)!;
    expect(delta('codedesk_messages_ingested_total')).toBe(1);
    expect(delta('codedesk_messages_quarantined_total{reason="unknown-sender"}')).toBe(1);
    expect(delta('codedesk_time_to_draft_seconds_count')).toBe(1);
    expect(delta('codedesk_time_to_draft_seconds_bucket{le="1"}')).toBe(1);
    expect(delta('codedesk_sends_total{outcome="sent"}')).toBe(0);
  });

  it('shows queue depth by state and the jobs that failed for good, per queue', async () => {
    const key = `metrics-${randomBytes(4).toString('hex')}`;
    const before = (await scrape()).values;
    const connection = workerConnection(testConfig().redisUrl);
    const worker = new Worker(
      'send',
      async (job) => {
        if (job.id === key) throw new Error('refused on purpose');
      },
      { connection, metrics: { maxDataPoints: 60 } },
    );
    try {
      await queues.raw.send.add('send', { outboxId: '0' }, { jobId: key, attempts: 1 });
      await expect
        .poll(async () => (await scrape()).values.get('codedesk_queue_jobs_failed_total{queue="send"}'), {
          timeout: 10_000,
        })
        .toBe((before.get('codedesk_queue_jobs_failed_total{queue="send"}') ?? 0) + 1);
    } finally {
      await worker.close();
      connection.disconnect();
    }
    const { values } = await scrape();
    for (const queue of ['ingest', 'draft', 'send'])
      for (const state of ['waiting', 'active', 'delayed', 'failed'])
        expect(values.get(`codedesk_queue_jobs{queue="${queue}",state="${state}"}`)).toEqual(
          expect.any(Number),
        );
    expect(values.get('codedesk_queue_jobs{queue="send",state="failed"}')).toBeGreaterThanOrEqual(1);
    await (await queues.raw.send.getJob(key))?.remove();
  });

  it('says the mailbox is down when polling stopped, and Redis down when it does not answer', async () => {
    await scratch.db
      .updateTable('mailboxes')
      .set({ last_polled_at: new Date(Date.now() - 3600_000) })
      .execute();
    const nowhere = createQueues('redis://127.0.0.1:1/0');
    for (const q of Object.values(nowhere.raw)) q.on('error', () => undefined);
    const down = await buildApp({
      db: scratch.db,
      config: testConfig({ CODEDESK_API_TOKEN: TOKEN, REDIS_URL: 'redis://127.0.0.1:1/0' }),
      queues: nowhere,
      metricsSettleMs: 0,
    });
    try {
      const res = await down.inject({
        method: 'GET',
        url: '/metrics',
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      const values = samples(res.body);
      expect(values.get('codedesk_imap_up')).toBe(0);
      expect(values.get('codedesk_metrics_source_up{source="redis"}')).toBe(0);
      expect(values.get('codedesk_metrics_source_up{source="postgresql"}')).toBe(1);
      expect([...values.keys()].some((k) => k.startsWith('codedesk_queue_jobs'))).toBe(false);
    } finally {
      await down.close();
      // Closing waits for a connection that never comes: give it a moment, not the whole test.
      await Promise.race([nowhere.close(), new Promise((r) => setTimeout(r, 500))]);
    }
  });
});
