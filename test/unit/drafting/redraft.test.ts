import { describe, expect, it } from 'vitest';
import type { RenderedDraft } from '../../../src/drafting/draft.types.js';
import { mergeRedraft } from '../../../src/drafting/redraft.js';

const next: RenderedDraft = {
  kind: 'answer',
  subject: 'Re: q [CD-1]',
  text: 'new text\n',
  html: '<p>new</p>',
  flags: [],
};

describe('re-drafting after new data or a follow-up', () => {
  it('when there is no earlier draft, the machine draft becomes current', () => {
    expect(mergeRedraft(null, next)).toEqual({ draft: next, keepsReviewerEdit: false });
  });

  it('when the latest version is a machine draft, the new machine draft replaces it', () => {
    const merged = mergeRedraft({ source: 'machine', text: 'old\n', html: '<p>old</p>' }, next);
    expect(merged.keepsReviewerEdit).toBe(false);
    expect(merged.draft.text).toBe('new text\n');
  });

  it("when the latest version is a reviewer's edit, the edit stays current and the desk is told why", () => {
    const merged = mergeRedraft({ source: 'reviewer', text: 'edited\n', html: '<p>edited</p>' }, next);
    expect(merged.keepsReviewerEdit).toBe(true);
    expect(merged.draft.text).toBe('edited\n');
    expect(merged.draft.html).toBe('<p>edited</p>');
    expect(merged.flag?.message).toBe('new machine draft available (data or thread changed)');
    expect(merged.draft.flags).toContainEqual(merged.flag);
    expect(merged.draft.subject).toBe(next.subject);
  });

  it("when the reviewer's edit already reads like the new machine draft, there is nothing to flag", () => {
    const merged = mergeRedraft({ source: 'reviewer', text: next.text, html: next.html }, next);
    expect(merged).toEqual({ draft: next, keepsReviewerEdit: false });
  });
});
