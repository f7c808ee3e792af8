// draft: a threaded question -> findings -> a rendered reply stored as the consult's next draft
// version, consult `awaiting_review`. One machine draft per inbound message (a unique index guards it).
import type { Kysely } from 'kysely';
import { analyze } from '../coding/analyze.js';
import { extractMentions } from '../coding/extract.js';
import { lookupCodes } from '../coding/lookup.js';
import type { Findings } from '../coding/types.js';
import type { Database } from '../db/database.js';
import type { ConsultRow, InboundMessageRow, PhiFlag } from '../db/schema/core.js';
import { chooseReplyKind, draftReply } from '../drafting/draft-reply.js';
import { mergeRedraft } from '../drafting/redraft.js';
import type { Logger } from '../logger.js';
import type { JobPayloads, JobStatus } from '../queue/jobs.js';
import { moveConsult, recordAudit } from '../repositories/consult.repository.js';
import { appendDraft, hasMachineDraft, latestDraft } from '../repositories/draft.repository.js';
import { findInbound, moveInbound } from '../repositories/inbound.repository.js';
import { searchByWords } from '../refdata/search.js';

export interface DraftDeps {
  db: Kysely<Database>;
  logger: Logger;
  /** Injected clock: edition choice for questions without a date of service. */
  today?: () => string;
}

const today = () => new Date().toISOString().slice(0, 10);

export async function draftJob(deps: DraftDeps, payload: JobPayloads['draft']): Promise<JobStatus> {
  const { db } = deps;
  const inbound = await findInbound(db, payload.inboundId);
  if (!inbound?.consult_id || !['threaded', 'quarantined'].includes(inbound.state)) return 'skipped';
  const consult = await db.selectFrom('consults').selectAll().where('id', '=', inbound.consult_id).executeTakeFirst();
  // A quarantined message is drafted only once a reviewer released its consult (state back to received).
  if (!consult || !['drafting', 'received'].includes(consult.state)) return 'skipped';
  if (await hasMachineDraft(db, inbound.id)) return 'skipped';

  const findings = await findingsFor(db, inbound.question_text ?? '', deps.today?.() ?? today());
  const rendered = draftReply({
    kind: chooseReplyKind(findings),
    consult: { token: consult.token, subject: consult.subject, askerName: consult.asker_name },
    findings,
    phiFlags: inbound.phi_flags as unknown as PhiFlag[],
  });
  await db.transaction().execute(async (trx) => {
    await trx.selectFrom('consults').select('id').where('id', '=', consult.id).forUpdate().execute();
    const previous = await latestDraft(trx, consult.id);
    const merged = mergeRedraft(previous ? { source: previous.source, text: previous.text, html: previous.html } : null, rendered);
    const machine = await appendDraft(trx, draftRow(consult, inbound, findings, rendered, 'machine', null));
    let current = machine;
    if (merged.keepsReviewerEdit && previous) {
      // The reviewer's words stay the current version; the new machine draft sits one version below.
      current = await appendDraft(trx, {
        ...draftRow(consult, inbound, findings, merged.draft, 'reviewer', previous.author_id),
        basedOnMessageId: null,
        flags: merged.draft.flags,
      });
    }
    await moveInbound(trx, inbound.id, ['threaded', 'quarantined'], { state: 'drafted' });
    await moveConsult(trx, consult.id, ['drafting', 'received'], 'awaiting_review');
    await recordAudit(trx, { actor: 'pipeline', action: 'draft.created', consultId: consult.id, draftId: current.id, draftVersion: current.version });
  });
  deps.logger.info({ consultId: consult.id, inboundId: inbound.id }, 'draft ready for review');
  return 'done';
}

/** extract -> one look-up round trip -> analyze; word search only when the question names no code. */
export async function findingsFor(db: Kysely<Database>, question: string, date: string): Promise<Findings> {
  const extraction = extractMentions(question, { today: date });
  const lookup = await lookupCodes(db, {
    codes: extraction.candidates,
    dateOfService: extraction.dateOfService ?? date,
    setting: extraction.setting ?? 'practitioner',
  });
  const suggestions = extraction.candidates.length === 0 && question.trim() ? await searchByWords(db, question, { limit: 5 }) : [];
  return analyze(extraction, lookup, { suggestions });
}

function draftRow(
  consult: ConsultRow,
  inbound: InboundMessageRow,
  findings: Findings,
  rendered: { kind: string; subject: string; text: string; html: string; flags: unknown[] },
  source: 'machine' | 'reviewer',
  authorId: number | null,
) {
  return {
    consultId: consult.id,
    kind: rendered.kind,
    source,
    basedOnMessageId: inbound.id,
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    findings,
    flags: rendered.flags,
    authorId,
  };
}
