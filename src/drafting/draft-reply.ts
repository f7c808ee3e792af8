// The drafting step's story: choose the kind, build the model, render both parts, flag for the reviewer.
import type { Findings } from '../coding/types.js';
import type { DraftInput, RenderedDraft, ReplyKind } from './draft.types.js';
import { buildReplyModel } from './reply-model.js';
import { replySubject } from './reply-subject.js';
import { renderReply } from './reply-templates.js';
import { reviewFlags } from './review-flags.js';

/** No code and no answer (an index walk, a denial code) means ranked suggestions and a request for
 * details; otherwise an answer. */
export function chooseReplyKind(findings: Findings): ReplyKind {
  return findings.codes.length === 0 && !findings.answers?.length ? 'no_code_found' : 'answer';
}

export function draftReply(input: DraftInput): RenderedDraft {
  const model = buildReplyModel(input);
  const { text, html } = renderReply(input.kind, model);
  return {
    kind: input.kind,
    subject: replySubject(input.consult.subject, input.consult.token),
    text,
    html,
    flags: reviewFlags(input),
  };
}
