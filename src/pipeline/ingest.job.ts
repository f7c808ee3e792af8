// ingest: stored source -> parsed, screened, threaded and drafted. Ends with the message quarantined
// (with its reason), or in a consult with its draft, or in a consult with a `draft` job queued when
// drafting failed. Retrying it is harmless: every write is conditional on the message's state.
// The work is bounded (issue 15): a message over the size limit is never parsed, parsing has a
// deadline, and one whose attempts keep crashing or timing out their worker goes to quarantine.
import type { Config } from '../config.js';
import { domainOf } from '../mail/address.js';
import { mayJoinByAddress, replyAddress } from '../mail/asker.js';
import { parseLimits, ParseTimeout } from '../mail/bounded-parse.js';
import { HEAD_BYTES, headerBlock } from '../mail/header-prefix.js';
import { parseMessage, type ParsedMessage } from '../mail/parse.js';
import { screenMessage, type ScreenVerdict } from '../mail/screen.js';
import { authenticateSender, type SenderAuth } from '../mail/sender-auth.js';
import { newConsultToken } from '../lifecycle/consult-token.js';
import { consultSubject, threadKeys } from '../mail/thread.js';
import type { ParsedColumns } from '../repositories/parsed-row.js';
import type { JobPayloads, JobStatus } from '../queue/jobs.js';
import type { Queues } from '../queue/queues.js';
import { findConsultForThread, hasWrittenIn } from '../repositories/consult.repository.js';
import {
  beginIngestAttempt,
  countTimedOutAttempt,
  endIngestAttempt,
  type IngestAttempt,
} from '../repositories/ingest-attempt.repository.js';
import {
  openConsultWithDraft,
  threadMessage,
  type ConsultChoice,
  type NewConsult,
} from '../repositories/threading.repository.js';
import { joinSourceParts, sourceHead } from '../repositories/source-parts.repository.js';
import { composeDraft, draftingDate, draftMessage, findingsFor, type DraftDeps } from './draft.job.js';
import { parsedColumns } from './parsed-columns.js';
import { quarantine } from './quarantine.js';

export interface IngestDeps extends DraftDeps {
  queues: Queues;
  config: Pick<Config, 'consult' | 'screening' | 'intake'>;
}

export async function ingestJob(deps: IngestDeps, payload: JobPayloads['ingest']): Promise<JobStatus> {
  const { maxMessageBytes } = deps.config.screening;
  const { maxIngestFailures } = deps.config.intake;
  const attempt = await beginIngestAttempt(deps.db, payload, maxMessageBytes);
  if (!attempt) return 'skipped';
  if (attempt.failures >= maxIngestFailures)
    return quarantine(deps, attempt, null, `processing crashed or timed out ${attempt.failures} times`);
  if (attempt.size > maxMessageBytes) return quarantineOversize(deps, attempt, maxMessageBytes);
  try {
    return await ingestSource(deps, attempt);
  } catch (err) {
    if (!(err instanceof ParseTimeout)) {
      // An ordinary failure (the database away, say): BullMQ retries it; it is no crash.
      await endIngestAttempt(deps.db, attempt.id).catch(() => undefined);
      throw err;
    }
    const failures = await countTimedOutAttempt(deps.db, attempt.id);
    if (failures < maxIngestFailures) throw err;
    return quarantine(
      deps,
      attempt,
      null,
      `processing crashed or timed out ${failures} times (last: ${err.message})`,
    );
  }
}

async function ingestSource(deps: IngestDeps, attempt: IngestAttempt): Promise<JobStatus> {
  // In parts only when the size limit was raised after the message was stored over the old one.
  const raw = attempt.raw ?? (await joinSourceParts(deps.db, attempt.id));
  const parsed = await parseMessage(raw, parseLimits(deps.config.intake)).catch(
    (err: unknown) => err as Error,
  );
  if (parsed instanceof ParseTimeout) throw parsed;
  if (parsed instanceof Error)
    return quarantine(deps, attempt, null, `unreadable message: ${parsed.message.slice(0, 200)}`);

  const { screening, consult } = deps.config;
  const auth = senderAuth(deps, parsed);
  const verdict: ScreenVerdict = screenMessage(parsed, auth, {
    consultAddress: consult.address,
    ...screening,
  });
  if (!verdict.accepted) return quarantine(deps, attempt, { parsed, auth }, verdict.reason);

  const from = parsed.fromAddress!;
  const named = await findConsultForThread(deps.db, threadKeys(parsed));
  const joins =
    named !== undefined &&
    (mayJoinByAddress(from, named.askerAddress, screening.allowedSenders) ||
      (await hasWrittenIn(deps.db, named.id, from)));
  if (joins) {
    const choice: ConsultChoice = { kind: 'existing', consultId: named.id };
    return threadThenDraft(deps, attempt.id, choice, parsedColumns(parsed, auth), 'now');
  }
  // Not the asker of the consult it names: a question of its own, linked for the reviewer.
  return openWithDraft(deps, attempt.id, parsedColumns(parsed, auth, named?.id ?? null), {
    token: newConsultToken(),
    askerAddress: replyAddress(parsed, auth, consult.address)!,
    askerName: parsed.fromName,
    subject: consultSubject(parsed.subject),
  });
}

/** Over the size limit: stored, never parsed. Only its header block is read, so the quarantined
 * consult can name the sender and subject; the message itself stays unparsed. */
async function quarantineOversize(
  deps: IngestDeps,
  attempt: IngestAttempt,
  limit: number,
): Promise<JobStatus> {
  const head = headerBlock(await sourceHead(deps.db, attempt.id, HEAD_BYTES));
  const parsed = await parseMessage(head, parseLimits(deps.config.intake)).catch(() => null);
  const reason = `oversize: ${attempt.size} bytes, over the ${limit}-byte limit (stored, not parsed)`;
  const read = parsed && { parsed, auth: senderAuth(deps, parsed) };
  return quarantine(deps, attempt, read, reason, false);
}

function senderAuth(deps: IngestDeps, parsed: ParsedMessage): SenderAuth {
  const fromDomain = parsed.fromAddress && domainOf(parsed.fromAddress);
  return authenticateSender(parsed.authResults, fromDomain, deps.config.screening.authservIds);
}

/** A new question: findings first, then one statement opens its consult with the draft in it. When
 * that fails, the question is threaded on its own, keeping what parsing found, and the `draft` job
 * drafts it with BullMQ's backoff (a database that is down fails the threading too: the job retries). */
async function openWithDraft(
  deps: IngestDeps,
  inboundId: string,
  columns: ParsedColumns,
  consult: NewConsult,
): Promise<JobStatus> {
  try {
    const question = { subject: consult.subject, question: columns.questionText };
    const findings = await findingsFor(deps.db, question, draftingDate(deps));
    const { machine } = composeDraft({ ...consult, phiFlags: columns.phiFlags, previous: null }, findings);
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
  columns: ParsedColumns,
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
