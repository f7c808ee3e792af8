// Ingest on its own, as the poller would feed it: a scratch database, recording queues, and messages
// stored from raw headers and a body. `arrive` returns the message's row and the consult it ended in.
import { createLogger } from '../../src/logger.js';
import { ingestJob, type IngestDeps } from '../../src/pipeline/ingest.job.js';
import { storeSources } from '../../src/repositories/inbound.repository.js';
import { openCursor } from '../../src/repositories/mailbox.repository.js';
import { recordingQueues } from './recording-queues.js';
import { createScratchDb, type ScratchDb } from './scratch-db.js';
import { testConfig } from './stack-env.js';

export interface IngestHarness {
  scratch: ScratchDb;
  /** Ingest's dependencies with the configuration read from `env` (the stack's, plus these). */
  deps(env?: NodeJS.ProcessEnv): IngestDeps;
  arrive(
    headers: Record<string, string>,
    body: string,
    env?: NodeJS.ProcessEnv,
  ): Promise<Awaited<ReturnType<typeof outcomeOf>> & { messageId: string }>;
}

async function outcomeOf(scratch: ScratchDb, uid: string) {
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
  return {
    scratch,
    deps,
    async arrive(headers, body, env = {}) {
      const key = String(++uid);
      const messageId = headers['Message-ID'] ?? `<m${key}.${Date.now()}@clinic.example>`;
      const lines = Object.entries({ To: base.consult.address, ...headers, 'Message-ID': messageId });
      const raw = Buffer.from(`${lines.map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${body}\r\n`);
      await storeSources(scratch.db, [{ mailboxId, uidValidity: '7', uid: key, messageId, raw }]);
      await ingestJob(deps(env), { mailboxId, uidValidity: '7', uid: key });
      return { ...(await outcomeOf(scratch, key)), messageId };
    },
  };
}
