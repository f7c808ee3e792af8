// Ingest on its own, as the poller would feed it: a scratch database, recording queues, and messages
// stored from raw headers and a body, or as built bytes. `arrive` returns the message's row and the
// consult it ended in.
import { createLogger } from '../../src/logger.js';
import { ingestJob, type IngestDeps } from '../../src/pipeline/ingest.job.js';
import type { JobPayloads } from '../../src/queue/jobs.js';
import { storeSources } from '../../src/repositories/inbound.repository.js';
import { openCursor } from '../../src/repositories/mailbox.repository.js';
import { forFile } from './for-file.js';
import { recordingQueues } from './recording-queues.js';
import { createScratchDb, type ScratchDb } from './scratch-db.js';
import { testConfig } from './stack-env.js';

export interface IngestHarness {
  scratch: ScratchDb;
  /** Ingest's dependencies with the configuration read from `env` (the stack's, plus these). */
  deps(env?: NodeJS.ProcessEnv): IngestDeps;
  arrive(headers: Record<string, string>, body: string, env?: NodeJS.ProcessEnv): Promise<Arrived>;
  /** A whole message as built (with attachments, an HTML part), its Message-ID given. */
  arriveRaw(raw: Buffer, messageId: string, env?: NodeJS.ProcessEnv): Promise<Arrived>;
  /** Stores a message as the mailbox's next UID without ingesting it: the ingest job's payload. */
  store(raw: Buffer, messageId: string): Promise<JobPayloads['ingest']>;
}

type Arrived = Awaited<ReturnType<typeof outcomeOf>> & { messageId: string };

/** The stored message with this uid, and the consult it ended in. */
export async function outcomeOf(scratch: ScratchDb, uid: string) {
  const row = await scratch.db
    .selectFrom('inbound_messages')
    .selectAll()
    .where('uid', '=', uid)
    .executeTakeFirstOrThrow();
  const consult = await scratch.db
    .selectFrom('consults')
    .selectAll()
    .where('id', '=', row.consult_id!)
    .executeTakeFirstOrThrow();
  return { row, consult };
}

export async function ingestHarness(): Promise<IngestHarness> {
  const scratch = await createScratchDb();
  const base = testConfig();
  const mailboxId = (await openCursor(scratch.db, base.consult.address, 'INBOX', '7')).id;
  let uid = 0;
  const deps = (env: NodeJS.ProcessEnv = {}): IngestDeps => ({
    db: scratch.db,
    queues: recordingQueues(),
    config: testConfig(env),
    logger: createLogger('silent'),
  });
  const store = async (raw: Buffer, messageId: string) => {
    const key = String(++uid);
    await storeSources(scratch.db, [{ mailboxId, uidValidity: '7', uid: key, messageId, raw }]);
    return { mailboxId, uidValidity: '7', uid: key };
  };
  const arriveRaw = async (raw: Buffer, messageId: string, env: NodeJS.ProcessEnv = {}) => {
    const payload = await store(raw, messageId);
    await ingestJob(deps(env), payload);
    return { ...(await outcomeOf(scratch, payload.uid)), messageId };
  };
  return {
    scratch,
    deps,
    store,
    arriveRaw,
    async arrive(headers, body, env = {}) {
      const messageId = headers['Message-ID'] ?? `<m${uid + 1}.${Date.now()}@clinic.example>`;
      const lines = Object.entries({ To: base.consult.address, ...headers, 'Message-ID': messageId });
      const raw = Buffer.from(`${lines.map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${body}\r\n`);
      return arriveRaw(raw, messageId, env);
    },
  };
}

/** A test file's harness, its database dropped after its tests. */
export const ingestSuite = (): IngestHarness => forFile(ingestHarness, (h) => h.scratch.drop());
