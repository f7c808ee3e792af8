import { describe, expect, it } from 'vitest';
import { parseMessage, type ParsedMessage } from '../../../src/mail/parse.js';
import { screenMessage, senderAllowed, type ScreenPolicy } from '../../../src/mail/screen.js';
import { authenticateSender, type SenderAuth } from '../../../src/mail/sender-auth.js';
import { parsedQuestion } from '../../fixtures/mail/parsed-question.js';
import { sharedEmails } from '../../helpers/shared-emails.js';

const policy: ScreenPolicy = {
  consultAddress: 'consult@example.test',
  allowedSenders: [],
  maxMessageBytes: 1_000_000,
  requireAuthenticatedSenders: false,
};
const unauthenticated: SenderAuth = authenticateSender([], 'clinic.example', []);
const screen = (msg: ParsedMessage, p = policy) => screenMessage(msg, unauthenticated, p);

function question(
  overrides: Partial<ParsedMessage> = {},
  headers: Record<string, string> = {},
): ParsedMessage {
  return parsedQuestion({
    messageId: '<q1@example.test>',
    fromAddress: 'coder@clinic.example',
    headers: { 'return-path': '<coder@clinic.example>', ...headers },
    size: 400,
    ...overrides,
  });
}

describe('screening a message', () => {
  it('accepts a plain question from a person', () => {
    expect(screen(question())).toEqual({ accepted: true });
  });

  it.each([
    ['a null return path', question({}, { 'return-path': '<>' }), /null return path/],
    [
      'Auto-Submitted: auto-replied (RFC 3834)',
      question({}, { 'auto-submitted': 'auto-replied' }),
      /auto-reply/,
    ],
    ['an out-of-office subject', question({ subject: 'Out of Office: back Monday' }), /auto-reply/],
    [
      'a multipart/report',
      question({ contentType: 'multipart/report; report-type=delivery-status' }),
      /multipart\/report/,
    ],
    ['a mailing list message', question({}, { 'list-id': '<coders.lists.example>' }), /mailing-list/],
    ['a message from MAILER-DAEMON', question({ fromAddress: 'mailer-daemon@mx.example' }), /mail system/],
    ['a message from the consult address (loop)', question({ fromAddress: 'consult@example.test' }), /loop/],
    ['a message over the size limit', question({ size: 2_000_000 }), /oversize/],
    ['a message with no sender', question({ fromAddress: null }), /no sender/],
  ])('quarantines %s, saying why', (_label, msg, reason) => {
    const verdict = screen(msg);
    expect(verdict.accepted).toBe(false);
    expect(!verdict.accepted && verdict.reason).toMatch(reason);
  });

  it('does not mistake Auto-Submitted: no for an auto-reply', () => {
    expect(screen(question({}, { 'auto-submitted': 'no' })).accepted).toBe(true);
  });

  it('accepts only listed senders or domains when an allow-list is set', () => {
    expect(senderAllowed('a@clinic.example', ['@clinic.example'])).toBe(true);
    expect(senderAllowed('b@other.example', ['@clinic.example', 'a@clinic.example'])).toBe(false);
    const verdict = screen(question({ fromAddress: 'b@other.example' }), {
      ...policy,
      allowedSenders: ['@clinic.example'],
    });
    expect(verdict).toEqual({ accepted: false, reason: 'unknown sender: not on the allowed list' });
  });

  it('compares whole addresses and whole domains: never the end of a crafted string, never a subdomain', () => {
    const allowed = ['@clinic.example', 'dana@partner.example'];
    expect(senderAllowed('attacker@evil.example,someone@clinic.example', allowed)).toBe(false);
    expect(senderAllowed('attacker@evil.example someone@clinic.example', allowed)).toBe(false);
    expect(senderAllowed('x@evilclinic.example', allowed)).toBe(false);
    expect(senderAllowed('x@sub.clinic.example', allowed)).toBe(false);
    expect(senderAllowed('x@evil.example@clinic.example', allowed)).toBe(false);
    expect(senderAllowed('bob@partner.example', allowed)).toBe(false);
    expect(senderAllowed('X@Clinic.Example', allowed)).toBe(true);
    expect(senderAllowed('dana@partner.example', allowed)).toBe(true);
  });

  it('quarantines the reported attack: a From of two addresses in one pair of brackets, allow-list or not', async () => {
    const raw = Buffer.from(
      'From: <attacker@evil.example,someone@clinic.example>\r\nSubject: 32555?\r\n\r\nBundled?\r\n',
    );
    const msg = await parseMessage(raw);
    for (const allowedSenders of [[], ['@clinic.example']]) {
      expect(screen(msg, { ...policy, allowedSenders })).toEqual({
        accepted: false,
        reason: 'From holds 2 addresses: a reply could reach people who did not ask',
      });
    }
  });

  describe('sender authentication', () => {
    const results = (header: string) => authenticateSender([header], 'clinic.example', ['mx.clinic.example']);
    const pass = results('mx.clinic.example; dmarc=pass header.from=clinic.example');
    const fail = results('mx.clinic.example; dmarc=fail header.from=clinic.example');
    const required = { ...policy, requireAuthenticatedSenders: true };

    it('quarantines a DMARC failure the trusted server reported, required or not', () => {
      for (const p of [policy, required])
        expect(screenMessage(question(), fail, p)).toEqual({
          accepted: false,
          reason: 'unverified sender (dmarc=fail for clinic.example)',
        });
    });

    it('quarantines a sender without a pass when authentication is required, and accepts one with it', () => {
      expect(screenMessage(question(), unauthenticated, required)).toEqual({
        accepted: false,
        reason: 'unverified sender (no trusted Authentication-Results: AUTHSERV_ID is not set)',
      });
      expect(screenMessage(question(), pass, required)).toEqual({ accepted: true });
      expect(screenMessage(question(), unauthenticated, policy)).toEqual({ accepted: true });
    });

    it('ignores a DMARC failure in a header no trusted server wrote', () => {
      const forged = authenticateSender(['mx.elsewhere.example; dmarc=fail'], 'clinic.example', [
        'mx.clinic.example',
      ]);
      expect(screenMessage(question(), forged, policy)).toEqual({ accepted: true });
    });
  });

  it('quarantines every bounce, feedback report and read receipt among the shared real-world messages', async () => {
    const automated = sharedEmails().filter((e) => ['bounce', 'feedback-report', 'mdn'].includes(e.category));
    expect(automated.length).toBeGreaterThan(10);
    for (const email of automated) {
      const verdict = screen(await parseMessage(email.raw));
      expect(verdict.accepted, email.path).toBe(false);
    }
  });
});
