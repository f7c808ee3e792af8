// ingest: stored source -> parsed, screened, threaded. Ends with the message quarantined (with its
// reason) or joined to a consult and a `draft` job queued. Retrying it is harmless: every write is a
// conditional update on the message's state.
import type { Kysely, Transaction } from 'kysely';
import type { Config } from '../config.js';
import { stripQuotedHistory } from '../coding/question-text.js';
import type { Database } from '../db/database.js';
import type { ConsultRow, ConsultState, InboundMessageRow } from '../db/schema/core.js';
import { parseMessage, type ParsedMessage } from '../mail/parse.js';
import { detectPhi } from '../mail/phi.js';
import { screenMessage, type ScreenVerdict } from '../mail/screen.js';
import { consultSubject, newConsultToken, threadKeys } from '../mail/thread.js';
import type { JobPayloads, JobStatus } from '../queue/jobs.js';
import type { Queues } from '../queue/queues.js';
import { createConsult, findConsultForThread, recordAudit } from '../repositories/consult.repository.js';
import { threadMessage } from '../repositories/pipeline.repository.js';
import { draftMessage, type DraftDeps } from './draft.job.js';
import { findSourceByUid, moveInbound } from '../repositories/inbound.repository.js';

export interface IngestDeps extends DraftDeps {
  queues: Queues;
  config: Pick<Config, 'consult' | 'screening'>;
}

/** A follow-up re-opens its consult for drafting from these states; approved/sending finish first. */
const REOPENABLE: ConsultState[] = [
  'received',
  'drafting',
  'awaiting_review',
  'awaiting_info',
  'sent',
  'rejected',
  'failed',
];

export async function ingestJob(deps: IngestDeps, payload: JobPayloads['ingest']): Promise<JobStatus> {
  const row = await findSourceByUid(deps.db, payload);
  if (!row || row.state !== 'stored') return 'skipped';
  const parsed = await parseMessage(row.raw).catch((err: unknown) => err as Error);
  if (parsed instanceof Error)
    return quarantine(deps, row, null, `unreadable message: ${parsed.message.slice(0, 200)}`);

  const verdict: ScreenVerdict = screenMessage(parsed, {
    consultAddress: deps.config.consult.address,
    allowedSenders: deps.config.screening.allowedSenders,
    maxMessageBytes: deps.config.screening.maxMessageBytes,
  });
  if (!verdict.accepted) return quarantine(deps, row, parsed, verdict.reason);

  const existing = await findConsultForThread(deps.db, threadKeys(parsed));
  const context = await threadMessage(
    deps.db,
    row.id,
    existing
      ? { kind: 'existing', consultId: existing.id, reopenFrom: REOPENABLE }
      : {
          kind: 'new',
          token: newConsultToken(),
          askerAddress: parsed.fromAddress!,
          askerName: parsed.fromName,
          subject: consultSubject(parsed.subject),
        },
    parsedColumns(parsed),
  );
  if (!context) return 'skipped';
  // Draft at once, in this job: the common case needs no second trip through the queue. When drafting
  // fails, the `draft` job retries it with BullMQ's backoff (and the sweeper backs that up).
  try {
    await draftMessage(deps, row.id, context);
  } catch (err) {
    deps.logger.warn({ inboundId: row.id, err: String(err) }, 'drafting failed; queued for retry');
    await deps.queues.enqueue('draft', { inboundId: row.id });
  }
  return 'done';
}

function parsedColumns(parsed: ParsedMessage) {
  const { question } = stripQuotedHistory(parsed.text);
  return {
    from_address: parsed.fromAddress,
    from_name: parsed.fromName,
    subject: parsed.subject,
    in_reply_to: parsed.inReplyTo,
    references: parsed.references,
    text_body: parsed.text,
    question_text: question,
    html_body: parsed.html,
    attachments: JSON.stringify(parsed.attachments),
    phi_flags: JSON.stringify(detectPhi(`${parsed.subject}\n${question}`)),
    sent_at: parsed.date,
  };
}

async function quarantine(
  deps: IngestDeps,
  row: Pick<InboundMessageRow, 'id'>,
  parsed: ParsedMessage | null,
  reason: string,
): Promise<JobStatus> {
  const done = await inTransaction(deps.db, async (trx) => {
    const consult: ConsultRow = await createConsult(trx, {
      askerAddress: parsed?.fromAddress ?? '(unknown sender)',
      askerName: parsed?.fromName ?? null,
      subject: parsed ? consultSubject(parsed.subject) : '(unreadable message)',
      state: 'quarantined',
      quarantineReason: reason,
    });
    const moved = await moveInbound(trx, row.id, ['stored'], {
      state: 'quarantined',
      consult_id: consult.id,
      screen_reason: reason,
      ...(parsed ? parsedColumns(parsed) : {}),
    });
    if (!moved) throw new RollbackSignal();
    await recordAudit(trx, {
      actor: 'pipeline',
      action: 'consult.quarantined',
      consultId: consult.id,
      detail: { inboundId: row.id, reason },
    });
    return true;
  });
  if (done) deps.logger.info({ inboundId: row.id }, 'message quarantined');
  return done ? 'done' : 'skipped';
}

/** Thrown to undo a transaction whose conditional update found the work already done elsewhere. */
class RollbackSignal extends Error {}

async function inTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T | null> {
  try {
    return await db.transaction().execute(work);
  } catch (err) {
    if (err instanceof RollbackSignal) return null;
    throw err;
  }
}
