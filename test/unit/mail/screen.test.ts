import { describe, expect, it } from 'vitest';
import { parseMessage, type ParsedMessage } from '../../../src/mail/parse.js';
import { screenMessage, senderAllowed, type ScreenPolicy } from '../../../src/mail/screen.js';
import { sharedEmails } from '../../helpers/shared-emails.js';

const policy: ScreenPolicy = {
  consultAddress: 'consult@example.test',
  allowedSenders: [],
  maxMessageBytes: 1_000_000,
};

function question(
  overrides: Partial<ParsedMessage> = {},
  headers: Record<string, string> = {},
): ParsedMessage {
  return {
    messageId: '<q1@example.test>',
    messageIdSynthesized: false,
    fromAddress: 'coder@clinic.example',
    fromName: 'Dana',
    subject: 'Can 32555 be billed with 76942?',
    inReplyTo: null,
    references: [],
    date: null,
    text: 'Can 32555 be billed with 76942-26 on DOS 03/04/2025?',
    html: null,
    attachments: [],
    headers: { 'return-path': '<coder@clinic.example>', ...headers },
    contentType: 'text/plain',
    size: 400,
    ...overrides,
  };
}

describe('screening a message', () => {
  it('accepts a plain question from a person', () => {
    expect(screenMessage(question(), policy)).toEqual({ accepted: true });
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
    [
      'a DMARC failure',
      question({}, { 'authentication-results': 'mx.example; dmarc=fail header.from=x' }),
      /authentication/,
    ],
  ])('quarantines %s, saying why', (_label, msg, reason) => {
    const verdict = screenMessage(msg, policy);
    expect(verdict.accepted).toBe(false);
    expect(!verdict.accepted && verdict.reason).toMatch(reason);
  });

  it('does not mistake Auto-Submitted: no for an auto-reply', () => {
    expect(screenMessage(question({}, { 'auto-submitted': 'no' }), policy).accepted).toBe(true);
  });

  it('accepts only listed senders or domains when an allow-list is set', () => {
    expect(senderAllowed('a@clinic.example', ['@clinic.example'])).toBe(true);
    expect(senderAllowed('b@other.example', ['@clinic.example', 'a@clinic.example'])).toBe(false);
    const verdict = screenMessage(question({ fromAddress: 'b@other.example' }), {
      ...policy,
      allowedSenders: ['@clinic.example'],
    });
    expect(verdict).toEqual({ accepted: false, reason: 'unknown sender: not on the allowed list' });
  });

  it('quarantines every bounce, feedback report and read receipt among the shared real-world messages', async () => {
    const automated = sharedEmails().filter((e) => ['bounce', 'feedback-report', 'mdn'].includes(e.category));
    expect(automated.length).toBeGreaterThan(10);
    for (const email of automated) {
      const verdict = screenMessage(await parseMessage(email.raw), policy);
      expect(verdict.accepted, email.path).toBe(false);
    }
  });
});
