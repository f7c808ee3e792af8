// Re-drafting after new data or a follow-up mail must never drop a reviewer's words silently: the
// reviewer's version stays current and the desk shows that a newer machine draft exists.
import type { RenderedDraft, ReviewFlag } from './draft.types.js';

export interface PreviousDraft {
  source: 'machine' | 'reviewer';
  text: string;
  html: string;
}

export interface MergedDraft {
  draft: RenderedDraft;
  keepsReviewerEdit: boolean;
  flag?: ReviewFlag;
}

export const NEW_MACHINE_DRAFT: ReviewFlag = {
  code: 'new_machine_draft',
  severity: 'warning',
  message: 'new machine draft available (data or thread changed)',
};

export function mergeRedraft(previous: PreviousDraft | null, next: RenderedDraft): MergedDraft {
  if (previous === null || previous.source === 'machine') return { draft: next, keepsReviewerEdit: false };
  // The reviewer already wrote exactly what the machine now says: nothing to reconcile.
  if (previous.text === next.text && previous.html === next.html)
    return { draft: next, keepsReviewerEdit: false };
  const draft: RenderedDraft = {
    ...next,
    text: previous.text,
    html: previous.html,
    flags: [...next.flags, NEW_MACHINE_DRAFT],
  };
  return { draft, keepsReviewerEdit: true, flag: NEW_MACHINE_DRAFT };
}
