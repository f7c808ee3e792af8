import { describe, expect, it } from 'vitest';
import { newConsultToken } from '../../../src/lifecycle/consult-token.js';
import { consultSubject, threadKeys } from '../../../src/mail/thread.js';
import { threadReferences } from '../../../src/sending/repositories/outbox.repository.js';

describe('threading', () => {
  it('finds our consult token in a reply subject, whatever the prefixes', () => {
    const token = newConsultToken();
    expect(token).toMatch(/^CD-[2-9A-Z]{6}$/);
    expect(
      threadKeys({ subject: `RE: Re: 32555 question [${token}]`, inReplyTo: null, references: [] }).token,
    ).toBe(token);
  });

  it('lists the ids a message answers, nearest first and without repeats', () => {
    const keys = threadKeys({ subject: 'x', inReplyTo: '<c@x>', references: ['<a@x>', '<b@x>', '<c@x>'] });
    expect(keys.parentIds).toEqual(['<c@x>', '<b@x>', '<a@x>']);
  });

  it('names a consult by its subject without reply prefixes or the token', () => {
    expect(consultSubject('Re: AW: Fwd: 32555 and 76942 [CD-ABC234]')).toBe('32555 and 76942');
    expect(consultSubject('   ')).toBe('(no subject)');
  });

  it("builds References as the parent's References plus the parent's id (RFC 5322 §3.6.4), bounded", () => {
    expect(threadReferences(['<a@x>'], '<b@x>')).toEqual(['<a@x>', '<b@x>']);
    const long = Array.from({ length: 40 }, (_, i) => `<m${i}@x>`);
    const refs = threadReferences(long, '<last@x>');
    expect(refs).toHaveLength(20);
    expect(refs[0]).toBe('<m0@x>');
    expect(refs.at(-1)).toBe('<last@x>');
  });
});
