// The three decisions a reviewer takes on a consult awaiting review: approve (send the draft), reject
// (optionally with a polite reply) and ask for more information. Each is one transaction: a conditional
// state change, the outbox row with the exact bytes, the audit entry; the send job is enqueued after
// commit (a crash in between leaves a queued outbox row that the sender's sweeper picks up).
import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.js';
import type { ConsultState, OutboxKind } from '../../db/schema/core.js';
import type { Consult } from '../../repositories/consult.repository.js';
import { CONSULT } from '../../lifecycle/transitions.js';
import { queueOutbound } from '../../sending/repositories/outbox.repository.js';
import { actorLabel, reviewerIdOf, type Actor } from '../actor.js';
import { textToHtml } from '../core/text-to-html.js';
import { appendAudit, type AuditDetail } from '../../repositories/audit.repository.js';
import { setDecisionNote, transition } from '../repositories/claim.repository.js';
import { insertReviewerVersion, latestDraft, type Draft } from '../repositories/draft.repository.js';
import { whyNot } from './claim.service.js';
import { politeReply } from './polite-reply.js';
import { enqueueAfterCommit } from './after-commit.js';
import type { ReviewDeps } from './review-deps.js';
import { noDraft, staleDraft } from './review-errors.js';

export interface DraftEdit {
  text?: string;
  html?: string;
  /** The version the reviewer was looking at; approving an older one is refused. */
  version?: number;
}

export interface Decision {
  consultId: string;
  state: ConsultState;
  outboxId: string | null;
  draftId: string | null;
  draftVersion: number | null;
}

export async function approve(
  deps: ReviewDeps,
  actor: Actor,
  consultId: string,
  edit: DraftEdit = {},
): Promise<Decision> {
  return decide(deps, actor, consultId, CONSULT.approve, async (trx, _consult, draft) => {
    if (edit.version !== undefined && edit.version !== draft.version)
      throw staleDraft(edit.version, draft.version);
    const approved = await applyEdit(trx, draft, edit, reviewerIdOf(actor));
    const out = {
      kind: 'reply' as const,
      subject: approved.subject,
      text: approved.text,
      html: approved.html,
    };
    return { draft: approved, out, detail: { edited: approved.id !== draft.id } };
  });
}

export async function reject(
  deps: ReviewDeps,
  actor: Actor,
  consultId: string,
  input: { reason: string; sendReply?: boolean },
): Promise<Decision> {
  return decide(deps, actor, consultId, CONSULT.reject, async (trx, consult, draft) => {
    const out = input.sendReply
      ? await politeReply(trx, 'rejection', consult, draft, { reason: input.reason })
      : null;
    return { draft, out, detail: { replySent: Boolean(out) }, note: input.reason };
  });
}

export async function requestInfo(
  deps: ReviewDeps,
  actor: Actor,
  consultId: string,
  input: { note: string },
): Promise<Decision> {
  return decide(deps, actor, consultId, CONSULT.requestInfo, async (trx, consult, draft) => {
    const out = await politeReply(trx, 'request_info', consult, draft, { reason: input.note });
    return { draft, out, detail: {}, note: input.note };
  });
}

type Outgoing = { kind: OutboxKind; subject: string; text: string; html: string } | null;
type Step = (
  trx: Transaction<Database>,
  consult: Consult,
  draft: Draft,
) => Promise<{ draft: Draft; out: Outgoing; detail: AuditDetail; note?: string }>;

async function decide(
  deps: ReviewDeps,
  actor: Actor,
  consultId: string,
  t: typeof CONSULT.approve | typeof CONSULT.reject | typeof CONSULT.requestInfo,
  step: Step,
): Promise<Decision> {
  const by = { reviewerId: reviewerIdOf(actor), ttlMinutes: deps.config.web.claimTtlMinutes };
  const result = await deps.db.transaction().execute(async (trx) => {
    // The conditional update is the lock: a second approve finds no row in 'awaiting_review'.
    const consult = await transition(trx, consultId, t, by);
    if (!consult) return null;
    const current = await latestDraft(trx, consultId);
    if (!current) throw noDraft(consultId);
    const { draft, out, detail, note } = await step(trx, consult, current);
    // The reviewer's words may quote the question: they stay with the consult, not in the audit log.
    if (note !== undefined) await setDecisionNote(trx, consultId, note);
    const outboxId = out
      ? (
          await queueOutbound(trx, {
            consultId,
            draftId: out.kind === 'reply' ? draft.id : null,
            ...out,
            createdBy: by.reviewerId,
          })
        ).outboxId
      : null;
    await appendAudit(trx, {
      actor: actorLabel(actor),
      reviewerId: by.reviewerId,
      action: t.action,
      consultId,
      draftId: draft.id,
      draftVersion: draft.version,
      detail: { ...detail, outboxId },
    });
    return { consultId, state: t.to, outboxId, draftId: draft.id, draftVersion: draft.version };
  });
  if (!result) throw await whyNot(deps, consultId);
  if (result.outboxId) await enqueueAfterCommit(deps, 'send', { outboxId: result.outboxId });
  deps.logger?.info({ consultId, state: t.to, outboxId: result.outboxId }, 'review decision');
  return result;
}

async function applyEdit(
  trx: Transaction<Database>,
  draft: Draft,
  edit: DraftEdit,
  authorId: number | null,
): Promise<Draft> {
  if (edit.text === undefined && edit.html === undefined) return draft;
  const text = edit.text ?? draft.text;
  // The desk posts both parts; a reviewer who corrected only the text must not send the machine's
  // HTML beside it (most clients show the HTML part), so an untouched HTML part follows the text.
  const htmlUntouched = edit.html === undefined || edit.html === draft.html;
  const html = htmlUntouched && text !== draft.text ? textToHtml(text) : (edit.html ?? draft.html);
  if (text === draft.text && html === draft.html) return draft;
  return insertReviewerVersion(trx, draft, { text, html, authorId });
}

export { applyEdit as saveVersionIfChanged };
