import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/coding/extract.js';
import { MAX_BODY_CHARS } from '../../../src/coding/extract-limits.js';

describe('the text read is capped at what a human writes', () => {
  it('reads the first MAX_BODY_CHARS characters of the question and says how many it left', () => {
    const filler = 'The op note is long. '.repeat(Math.ceil(MAX_BODY_CHARS / 21));
    const x = extractMentions(`Is 99213 ok? ${filler} And 20610?`);
    expect(x.candidates).toEqual(['99213']);
    expect(x.textOmitted).toBeGreaterThan(0);
    expect(extractMentions(`Is 99213 ok? ${filler} And 20610?`, { maxChars: Infinity }).candidates).toEqual([
      '99213',
      '20610',
    ]);
  });

  it('cuts at a space, so no code is read from part of a longer number', () => {
    // The first 105 characters end in "99213", the start of an account number.
    const x = extractMentions(`${'a '.repeat(50)}99213456`, { maxChars: 105 });
    expect(x.candidates).toEqual([]);
    expect(x.textOmitted).toBe(9);
  });

  it('reads a question under the limit whole', () => {
    expect(extractMentions({ subject: 'Re: 32555', body: 'Is 76942 ok?' }).textOmitted).toBe(0);
  });
});
