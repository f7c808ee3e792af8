// ingest: stored source -> parsed, screened, threaded and drafted. Ends with the message quarantined
// (with its reason), or in a consult with its draft, or in a consult with a `draft` job queued when
// drafting failed. Retrying it is harmless: every write is conditional on the message's state.
import type { Kysely, Transaction } from 'kysely';
import type { Config } from '../config.js';
import { stripQuotedHistory } from '../coding/question-text.js';
import type { Database } from '../db/database.js';
import type { ConsultRow, ConsultState, InboundMessageRow } from '../db/schema/core.js';
import { domainOf } from '../mail/address.js';
import { mayJoinByAddress, replyAddress } from '../mail/asker.js';
import { parseMessage, type ParsedMessage } from '../mail/parse.js';
import { detectPhiInMessage } from '../mail/phi.js';
import { screenMessage, type ScreenVerdict } from '../mail/screen.js';
import { authenticateSender, type SenderAuth } from '../mail/sender-auth.js';
import { consultSubject, newConsultToken, threadKeys } from '../mail/thread.js';
import type { JobPayloads, JobStatus } from '../queue/jobs.js';
import type { Queues } from '../queue/queues.js';
import {
  createConsult,
  findConsultForThread,
  hasWrittenIn,
  recordAudit,
} from '../repositories/consult.repository.js';
import { reasonCode } from '../review/repositories/audit.repository.js';
import {
  openConsultWithDraft,
  phiFlagsOf,
  threadMessage,
  type ConsultChoice,
  type NewConsult,
  type ThreadedColumns,
} from '../repositories/pipeline.repository.js';
import { composeDraft, draftingDate, draftMessage, findingsFor, type DraftDeps } from './draft.job.js';
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

  const { screening, consult } = deps.config;
  const fromDomain = parsed.fromAddress && domainOf(parsed.fromAddress);
  const auth = authenticateSender(parsed.authResults, fromDomain, screening.authservIds);
  const verdict: ScreenVerdict = screenMessage(parsed, auth, {
    consultAddress: consult.address,
    ...screening,
  });
  if (!verdict.accepted) return quarantine(deps, row, { parsed, auth }, verdict.reason);

  const from = parsed.fromAddress!;
  const named = await findConsultForThread(deps.db, threadKeys(parsed));
  const joins =
    named !== undefined &&
    (mayJoinByAddress(from, named.asker_address, screening.allowedSenders) ||
      (await hasWrittenIn(deps.db, named.id, from)));
  if (joins) {
    const choice: ConsultChoice = { kind: 'existing', consultId: named.id, reopenFrom: REOPENABLE };
    return threadThenDraft(deps, row.id, choice, parsedColumns(parsed, auth), 'now');
  }
  // Not the asker of the consult it names: a question of its own, linked for the reviewer.
  return openWithDraft(deps, row.id, parsedColumns(parsed, auth, named?.id ?? null), {
    token: newConsultToken(),
    askerAddress: replyAddress(parsed, auth, consult.address)!,
    askerName: parsed.fromName,
    subject: consultSubject(parsed.subject),
  });
}

/** A new question: findings first, then one statement opens its consult with the draft in it. When
 * that fails, the question is threaded on its own, keeping what parsing found, and the `draft` job
 * drafts it with BullMQ's backoff (a database that is down fails the threading too: the job retries). */
async function openWithDraft(
  deps: IngestDeps,
  inboundId: string,
  columns: ThreadedColumns,
  consult: NewConsult,
): Promise<JobStatus> {
  try {
    const question = { subject: consult.subject, question: columns.question_text };
    const findings = await findingsFor(deps.db, question, draftingDate(deps));
    const { machine } = composeDraft({ ...consult, phiFlags: phiFlagsOf(columns), previous: null }, findings);
    const opened = await openConsultWithDraft(deps.db, inboundId, consult, columns, machine);
    if (!opened) return 'skipped';
    deps.logger.debug({ consultId: opened.consultId, inboundId }, 'draft ready for review');
    return 'done';
  } catch (err) {
    deps.logger.warn({ inboundId, err: String(err) }, 'drafting a new question failed; queued for retry');
    return threadThenDraft(deps, inboundId, { kind: 'new', ...consult }, columns, 'queued');
  }
}

/** Joins the message to its consult, then drafts on top of what the consult already has: at once in
 * this job (the common case needs no second trip through the queue), or by the `draft` job. When
 * drafting at once fails, the `draft` job retries it with BullMQ's backoff (the sweeper backs it up). */
async function threadThenDraft(
  deps: IngestDeps,
  inboundId: string,
  choice: ConsultChoice,
  columns: ThreadedColumns,
  drafting: 'now' | 'queued',
): Promise<JobStatus> {
  const context = await threadMessage(deps.db, inboundId, choice, columns);
  if (!context) return 'skipped';
  if (drafting === 'now') {
    try {
      await draftMessage(deps, inboundId, context);
      return 'done';
    } catch (err) {
      deps.logger.warn({ inboundId, err: String(err) }, 'drafting failed; queued for retry');
    }
  }
  await deps.queues.enqueue('draft', { inboundId });
  return 'done';
}

function parsedColumns(
  parsed: ParsedMessage,
  auth: SenderAuth,
  triedToJoin: string | null = null,
): ThreadedColumns {
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
    phi_flags: JSON.stringify(
      detectPhiInMessage({
        subject: parsed.subject,
        text: parsed.text,
        html: parsed.html,
        attachmentNames: parsed.attachments.map((a) => a.filename),
      }),
    ),
    sent_at: parsed.date,
    sender_auth: JSON.stringify(auth),
    tried_to_join_consult_id: triedToJoin,
  };
}

async function quarantine(
  deps: IngestDeps,
  row: Pick<InboundMessageRow, 'id'>,
  read: { parsed: ParsedMessage; auth: SenderAuth } | null,
  reason: string,
): Promise<JobStatus> {
  const parsed = read?.parsed;
  const done = await inTransaction(deps.db, async (trx) => {
    const consult: ConsultRow = await createConsult(trx, {
      askerAddress:
        (read && replyAddress(read.parsed, read.auth, deps.config.consult.address)) ?? '(unknown sender)',
      askerName: parsed?.fromName ?? null,
      subject: parsed ? consultSubject(parsed.subject) : '(unreadable message)',
      state: 'quarantined',
      quarantineReason: reason,
    });
    const moved = await moveInbound(trx, row.id, ['stored'], {
      state: 'quarantined',
      consult_id: consult.id,
      screen_reason: reason,
      ...(read ? parsedColumns(read.parsed, read.auth) : {}),
    });
    if (!moved) throw new RollbackSignal();
    await recordAudit(trx, {
      actor: 'pipeline',
      action: 'consult.quarantined',
      consultId: consult.id,
      detail: { inboundId: row.id, reason: reasonCode(reason) },
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
