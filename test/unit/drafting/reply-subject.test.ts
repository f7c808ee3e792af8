import { describe, expect, it } from 'vitest';
import { replySubject } from '../../../src/drafting/reply-subject.js';

describe('reply subject', () => {
  it('prefixes "Re:" and appends the consult token', () => {
    expect(replySubject('32554 vs 32555', 'CD-7K2Q')).toBe('Re: 32554 vs 32555 [CD-7K2Q]');
  });

  it('does not double "Re:" when the question already was a reply, whatever its case', () => {
    expect(replySubject('RE: re: 32554 vs 32555', 'CD-7K2Q')).toBe('Re: 32554 vs 32555 [CD-7K2Q]');
  });

  it('does not double the token when a follow-up subject already carries it', () => {
    expect(replySubject('Re: 32554 vs 32555 [CD-7K2Q]', 'CD-7K2Q')).toBe('Re: 32554 vs 32555 [CD-7K2Q]');
  });

  it('gives an empty subject a readable one', () => {
    expect(replySubject('  ', 'CD-7K2Q')).toBe('Re: your coding question [CD-7K2Q]');
  });
});
