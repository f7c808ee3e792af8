import { describe, expect, it } from 'vitest';
import { mayJoinByAddress, replyAddress } from '../../../src/mail/asker.js';

const CONSULT = 'consult@desk.example';
const passed = { verdict: 'pass' as const };
const unverified = { verdict: 'none' as const };

describe('where the reply goes', () => {
  const from = 'dana@clinic.example';

  it('goes to the From when there is no Reply-To', () => {
    expect(replyAddress({ fromAddress: from, replyTo: null }, passed, CONSULT)).toBe(from);
  });

  it('honours a Reply-To in the same domain as an authenticated From', () => {
    expect(replyAddress({ fromAddress: from, replyTo: 'billing@clinic.example' }, passed, CONSULT)).toBe(
      'billing@clinic.example',
    );
  });

  it.each([
    ['the From was not authenticated', { fromAddress: from, replyTo: 'billing@clinic.example' }, unverified],
    ['the Reply-To is in another domain', { fromAddress: from, replyTo: 'attacker@evil.example' }, passed],
    ['the Reply-To is in a subdomain', { fromAddress: from, replyTo: 'x@mail.clinic.example' }, passed],
    [
      'the Reply-To is the consult address (a loop)',
      { fromAddress: 'x@desk.example', replyTo: CONSULT },
      passed,
    ],
  ])('ignores the Reply-To when %s', (_label, msg, auth) => {
    expect(replyAddress(msg, auth, CONSULT)).toBe(msg.fromAddress);
  });
});

describe('who may join a consult by address', () => {
  const asker = 'dana@clinic.example';

  it('lets the asker in', () => {
    expect(mayJoinByAddress(asker, asker, [])).toBe(true);
  });

  it('lets a colleague at the same domain in only when the allow-list names that domain', () => {
    expect(mayJoinByAddress('sam@clinic.example', asker, [])).toBe(false);
    expect(mayJoinByAddress('sam@clinic.example', asker, ['dana@clinic.example'])).toBe(false);
    expect(mayJoinByAddress('sam@clinic.example', asker, ['@clinic.example'])).toBe(true);
  });

  it('keeps out a stranger, and anyone at a subdomain or another listed domain', () => {
    expect(mayJoinByAddress('attacker@evil.example', asker, ['@clinic.example', '@evil.example'])).toBe(
      false,
    );
    expect(mayJoinByAddress('sam@mail.clinic.example', asker, ['@clinic.example'])).toBe(false);
  });
});
