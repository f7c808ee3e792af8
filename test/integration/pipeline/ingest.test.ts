import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobName, JobPayloads } from '../../../src/queue/jobs.js';
import type { Queues } from '../../../src/queue/queues.js';
import { createLogger } from '../../../src/logger.js';
import { ingestJob, type IngestDeps } from '../../../src/pipeline/ingest.job.js';
import { storeSources } from '../../../src/repositories/inbound.repository.js';
import { createScratchDb, type ScratchDb } from '../../helpers/scratch-db.js';
import { testConfig } from '../../helpers/stack-env.js';

/** Records what the job enqueues; the queue itself is exercised by the poller and e2e suites. */
function recordingQueues(): Queues & { added: { name: JobName; payload: unknown }[] } {
  const added: { name: JobName; payload: unknown }[] = [];
  return {
    added,
    raw: {} as Queues['raw'],
    async enqueue<K extends JobName>(name: K, payload: JobPayloads[K]) {
      added.push({ name, payload });
    },
    async close() {},
  };
}

describe('ingesting a stored message', () => {
  let scratch: ScratchDb;
  let deps: IngestDeps & { queues: ReturnType<typeof recordingQueues> };
  let mailboxId: number;
  let uid = 0;

  beforeAll(async () => {
    scratch = await createScratchDb();
    const config = testConfig();
    deps = { db: scratch.db, queues: recordingQueues(), config, logger: createLogger('silent') };
    mailboxId = (await scratch.db.insertInto('mailboxes').values({ address: config.consult.address, folder: 'INBOX', uid_validity: '7', last_uid: 0 }).returning('id').executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => {
    await scratch.drop();
  });

  async function arrive(headers: Record<string, string>, body: string) {
    uid++;
    const messageId = headers['Message-ID'] ?? `<m${uid}.${Date.now()}@clinic.example>`;
    const raw = Buffer.from(Object.entries({ From: 'Dana <dana@clinic.example>', To: 'consult@example.test', ...headers, 'Message-ID': messageId }).map(([k, v]) => `${k}: ${v}`).join('\r\n') + `\r\n\r\n${body}\r\n`);
    await storeSources(scratch.db, [{ mailboxId, uidValidity: '7', uid: String(uid), messageId, raw }]);
    const payload = { mailboxId, uidValidity: '7', uid: String(uid) };
    const status = await ingestJob(deps, payload);
    const row = await scratch.db.selectFrom('inbound_messages').selectAll().where('uid', '=', String(uid)).executeTakeFirstOrThrow();
    const consult = await scratch.db.selectFrom('consults').selectAll().where('id', '=', row.consult_id!).executeTakeFirstOrThrow();
    return { status, row, consult, payload, messageId };
  }

  it('opens a consult for a new question and queues its draft, with ids only in the job', async () => {
    const { status, row, consult } = await arrive({ Subject: 'Re: Fwd: 32555 with 76942?' }, 'Can 32555 be billed with 76942?\n\nThanks,\nDana\n\nOn Mon, Bob wrote:\n> old text 99999');
    expect(status).toBe('done');
    expect(consult).toMatchObject({ state: 'drafting', asker_address: 'dana@clinic.example', subject: '32555 with 76942?' });
    expect(row.state).toBe('threaded');
    expect(row.question_text).toContain('32555');
    expect(row.question_text).not.toContain('99999');
    expect(deps.queues.added.at(-1)).toEqual({ name: 'draft', payload: { inboundId: row.id } });
  });

  it('does nothing the second time the same job runs', async () => {
    const first = await arrive({ Subject: 'units for 62329' }, 'How many units of 62329?');
    const before = deps.queues.added.length;
    expect(await ingestJob(deps, first.payload)).toBe('skipped');
    expect(deps.queues.added.length).toBe(before);
  });

  it('joins a follow-up to its consult by the token in the subject, or by In-Reply-To', async () => {
    const question = await arrive({ Subject: 'global period of 32420' }, 'Is 32420 still active?');
    const byToken = await arrive({ Subject: `Re: global period of 32420 [${question.consult.token}]` }, 'Also, what about 32405?');
    expect(byToken.consult.id).toBe(question.consult.id);
    const byHeader = await arrive({ Subject: 'one more thing', 'In-Reply-To': question.messageId }, 'And 32408?');
    expect(byHeader.consult.id).toBe(question.consult.id);
    expect(byHeader.consult.state).toBe('drafting');
  });

  it('quarantines a bounce in a consult of its own, with the reason, and queues nothing', async () => {
    const before = deps.queues.added.length;
    const bounce = await arrive({ From: 'MAILER-DAEMON@mx.example', Subject: 'Undelivered Mail Returned to Sender', 'Auto-Submitted': 'auto-replied' }, 'This is the mail system.');
    expect(bounce.row.state).toBe('quarantined');
    expect(bounce.consult.state).toBe('quarantined');
    expect(bounce.consult.quarantine_reason).toMatch(/auto-repl/);
    expect(deps.queues.added.length).toBe(before);
  });

  it('flags possible patient identifiers in the question', async () => {
    const { row } = await arrive({ Subject: '99214 + 20610' }, 'Pt name: John Smith, MRN: 00451234. Can we bill 99214-25 with 20610?');
    expect((row.phi_flags as unknown as { kind: string }[]).map((f) => f.kind)).toEqual(expect.arrayContaining(['patient_name', 'mrn']));
  });
});
