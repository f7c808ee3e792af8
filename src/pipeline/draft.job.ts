// draft: a threaded question -> findings -> a rendered reply stored as the consult's next draft
// version, consult `awaiting_review`. Ingest calls `draftMessage` directly for a follow-up (a new
// question it drafts itself, with `findingsFor` and `composeDraft`); the `draft` job runs it for
// retries and released quarantine. One machine draft per message (a unique index).
import type { Kysely } from 'kysely';
import { withAnswers } from '../answers/answer.js';
import { buildQuestion } from '../answers/question/question.js';
import { analyze } from '../coding/analyze.js';
import { askedModifiers, extractMentions } from '../coding/extract.js';
import { claimSetting } from '../answers/question/claim-setting.js';
import { questionCues } from '../answers/question/cues.js';
import { asksPayment } from '../answers/question/kinds.js';
import { gpciInForce } from '../refdata/repositories/gpci.repository.js';
import { findGuidance } from '../coding/guidance-lookup.js';
import { referenceFacts } from '../coding/icd-facts.js';
import type { Extraction } from '../coding/types.js';
import { lookupCodes } from '../coding/lookup.js';
import type { Findings } from '../coding/types.js';
import type { Database } from '../db/database.js';
import { chooseReplyKind, draftReply } from '../drafting/draft-reply.js';
import { mergeRedraft } from '../drafting/redraft.js';
import type { ConsultState, InboundState } from '../lifecycle/states.js';
import { canMove, CONSULT, INBOUND } from '../lifecycle/transitions.js';
import type { Logger } from '../logger.js';
import type { JobPayloads, JobStatus } from '../queue/jobs.js';
import { loadDraftingContext, type DraftingContext } from '../repositories/drafting-context.repository.js';
import {
  saveMachineDraft,
  type KeptEdit,
  type MachineDraft,
} from '../repositories/machine-draft.repository.js';
import { suggestCodes } from '../refdata/search.js';
import { describedService } from './described-service.js';

export interface DraftDeps {
  db: Kysely<Database>;
  logger: Logger;
  /** Injected clock: edition choice for questions without a date of service. */
  today?: () => string;
}

/** The date a question without a date of service is looked up at: today, unless a test fixes it. */
export const draftingDate = (deps: DraftDeps) => deps.today?.() ?? new Date().toISOString().slice(0, 10);
const UNIQUE_VIOLATION = '23505';

export async function draftJob(deps: DraftDeps, payload: JobPayloads['draft']): Promise<JobStatus> {
  return draftMessage(deps, payload.inboundId);
}

/** `known`: the context threading just returned, so drafting at once reads nothing again. */
export async function draftMessage(
  deps: DraftDeps,
  inboundId: string,
  known?: DraftingContext,
): Promise<JobStatus> {
  const ctx = known ?? (await loadDraftingContext(deps.db, inboundId));
  // A quarantined message is drafted only once a reviewer released its consult (state back to received);
  // `awaiting_review` covers a follow-up whose sibling was drafted a moment earlier.
  if (
    !ctx ||
    !canMove<InboundState>(INBOUND.draft, ctx.inboundState) ||
    !canMove<ConsultState>(CONSULT.drafted, ctx.consultState)
  ) {
    return 'skipped';
  }
  // The consult's subject is the first question's: a message after a drafted one is a follow-up, whose body
  // decides whether that subject's codes count (see ExtractOptions.followUp).
  const question = { subject: ctx.subject, question: ctx.questionText, followUp: ctx.previous !== null };
  const findings = await findingsFor(deps.db, question, draftingDate(deps));
  const { machine, kept } = composeDraft(ctx, findings);
  try {
    const saved = await saveMachineDraft(deps.db, ctx, machine, kept);
    if (!saved) return 'skipped';
  } catch (err) {
    // A concurrent attempt stored this message's draft first. (Losing the race for a version number to
    // a sibling follow-up is a different conflict: it is thrown, and the retry drafts on top.)
    const e = err as { code?: string; constraint?: string };
    if (e.code === UNIQUE_VIOLATION && e.constraint === 'drafts_machine_once') return 'skipped';
    throw err;
  }
  deps.logger.debug({ consultId: ctx.consultId, inboundId }, 'draft ready for review');
  return 'done';
}

/** The machine draft for a message's findings, and the reviewer's edit it must keep on top, if any. */
export function composeDraft(
  ctx: Pick<DraftingContext, 'token' | 'subject' | 'askerName' | 'phiFlags' | 'previous'>,
  findings: Findings,
): { machine: MachineDraft; kept: KeptEdit | null } {
  const rendered = draftReply({
    kind: chooseReplyKind(findings),
    consult: { token: ctx.token, subject: ctx.subject, askerName: ctx.askerName },
    findings,
    phiFlags: ctx.phiFlags,
  });
  // A reviewer's edit that already went out answered the earlier message: offering it again as the
  // current draft of a follow-up would send the same reply twice.
  const previous = ctx.previous?.sent ? null : ctx.previous;
  const merged = mergeRedraft(previous, rendered);
  const kept = merged.keepsReviewerEdit ? { ...merged.draft, authorId: previous?.authorId ?? null } : null;
  return { machine: { ...rendered, findings }, kept };
}

/** What a draft answers: the consult's subject and the message's own words (after stripQuotedHistory). */
export interface DraftQuestion {
  subject: string;
  question: string;
  /** The message joined a consult that already had a draft. */
  followUp?: boolean;
}

/**
 * extract -> diagnosis/PCS facts when asked -> one look-up round trip -> analyze -> answer; word search
 * only when the question names no code and the index walk found none. A hospital place with no word on
 * whose claim also looks up the hospital's edits (a second trip).
 */
export async function findingsFor(
  db: Kysely<Database>,
  asked: DraftQuestion,
  date: string,
): Promise<Findings> {
  const { subject, question, followUp = false } = asked;
  const extracted = extractMentions({ subject, body: question }, { today: date, followUp });
  const text = wordsRead(asked, extracted);
  const claim = claimSetting(extracted.setting, questionCues(text), askedModifiers(extracted));
  const described = await describedService(db, extracted, asked, text);
  const extraction = { ...described.extraction, setting: claim.stated ? claim.setting : null };
  const dos = extraction.dateOfService ?? date;
  const reference = await referenceFacts(db, referenceRequest(text, extraction, dos));
  const walked = reference?.indexWalk?.suggestions.map((s) => s.code) ?? [];
  const request = { codes: [...extraction.candidates, ...walked], dateOfService: dos };
  const lookup = await lookupCodes(db, { ...request, setting: claim.setting });
  const hospital = claim.alsoHospital ? await lookupCodes(db, { ...request, setting: 'hospital' }) : null;
  const suggestions =
    !described.searched && extraction.candidates.length === 0 && walked.length === 0 && question.trim()
      ? await suggestCodes(db, text)
      : described.suggestions;
  const gpci = asksPayment(text) ? await gpciInForce(db, dos) : [];
  const guidance = await findGuidance(db, {
    question: text,
    procedureCodes: lookup.codes.filter((c) => c.system === 'cpt' || c.system === 'hcpcs').map((c) => c.code),
    diagnosisCodes: lookup.codes.filter((c) => c.system === 'icd10cm').map((c) => c.code),
    dateOfService: dos,
    suggestedCodes: suggestions,
  });
  const findings = analyze(extraction, lookup, { suggestions });
  const answered = withAnswers(findings, extraction, lookup, text, { hospital, reference, gpci });
  return { ...answered, guidance, ...(described.phrase ? { serviceInWords: described.phrase } : {}) };
}

/** The words the rules read, as extraction read them: with the subject, unless a follow-up's own codes
 *  set its subject (the first question's) aside. */
function wordsRead(asked: DraftQuestion, extraction: Extraction): string {
  const subjectRead = !asked.followUp || extraction.mentions.some((m) => m.part === 'subject');
  return subjectRead && asked.subject.trim() ? `${asked.subject}\n\n${asked.question}` : asked.question;
}

/** What the diagnosis and PCS rules need read beside the look-up, by the kinds the question asks. */
function referenceRequest(text: string, extraction: Extraction, dos: string) {
  const { kinds, codes } = buildQuestion(text, extraction);
  const of = (system: string) =>
    extraction.mentions.flatMap((m) => (m.system === system && m.code && m.kind === system ? [m.code] : []));
  return {
    text,
    dos,
    icdCodes: of('icd10cm'),
    pcsCodes: of('icd10pcs'),
    walk: kinds.includes('diagnosis-selection') && !kinds.includes('icd10pcs'),
    pcsSearch: kinds.includes('icd10pcs') && !codes.some((c) => c.system === 'icd10pcs'),
  };
}
