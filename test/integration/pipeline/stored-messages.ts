// A scratch database fed the way the poller feeds ingest: messages stored from raw headers and a body,
// then the ingest job run on each. One set of recording queues, so a test can read what was enqueued.
import { createLogger } from '../../../src/logger.js';
import { ingestJob, type IngestDeps } from '../../../src/pipeline/ingest.job.js';
import { storeSources } from '../../../src/repositories/inbound.repository.js';
import { openCursor } from '../../../src/repositories/mailbox.repository.js';
import { outcomeOf } from '../../helpers/ingest-harness.js';
import { recordingQueues } from '../../helpers/recording-queues.js';
import { createScratchDb, type ScratchDb } from '../../helpers/scratch-db.js';
import { testConfig } from '../../helpers/stack-env.js';

export type StoredDeps = IngestDeps & { queues: ReturnType<typeof recordingQueues> };

export async function storedMessages() {
  const scratch: ScratchDb = await createScratchDb();
  const config = testConfig();
  const deps: StoredDeps = {
    db: scratch.db,
    queues: recordingQueues(),
    config,
    logger: createLogger('silent'),
  };
  // as the poller opens it
  const mailboxId = (await openCursor(scratch.db, config.consult.address, 'INBOX', '7')).id;
  let uid = 0;

  /** Stores a message as the poller would and returns its ingest job's payload. */
  async function store(headers: Record<string, string>, body: string) {
    uid++;
    const messageId = headers['Message-ID'] ?? `<m${uid}.${Date.now()}@clinic.example>`;
    const raw = Buffer.from(
      Object.entries({
        From: 'Dana <dana@clinic.example>',
        To: 'consult@example.test',
        ...headers,
        'Message-ID': messageId,
      })
        .map(([k, v]) => `${k}: ${v}`)
        .join('\r\n') + `\r\n\r\n${body}\r\n`,
    );
    await storeSources(scratch.db, [{ mailboxId, uidValidity: '7', uid: String(uid), messageId, raw }]);
    return { payload: { mailboxId, uidValidity: '7', uid: String(uid) }, messageId };
  }

  const outcome = (payload: { uid: string }) => outcomeOf(scratch, payload.uid);

  async function arrive(headers: Record<string, string>, body: string) {
    const { payload, messageId } = await store(headers, body);
    const status = await ingestJob(deps, payload);
    return { status, ...(await outcome(payload)), payload, messageId };
  }

  const draftsOf = (consultId: string) =>
    scratch.db.selectFrom('drafts').selectAll().where('consult_id', '=', consultId).execute();

  return { scratch, deps, store, outcome, arrive, draftsOf };
}
