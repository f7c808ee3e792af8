import { describe, expect, it } from 'vitest';
import { normalizeMessageId, parseMessage } from '../../../src/mail/parse.js';
import { sharedEmails } from '../../helpers/shared-emails.js';

const simple = Buffer.from(
  [
    'From: "Dana Coder" <Dana@Clinic.example>',
    'To: consult@example.test',
    'Subject: =?utf-8?B?VGhvcmFjZW50ZXNpcyDigJMgMzI1NTU=?=',
    'Message-ID: <abc@clinic.example>',
    'In-Reply-To: <reply-to@codedesk>',
    'References: <first@clinic.example> <reply-to@codedesk>',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Can 32555 be billed with 76942?\r\n',
  ].join('\r\n'),
);

describe('parsing a message', () => {
  it('keeps the sender (lower-cased), decoded subject, ids and plain text', async () => {
    const msg = await parseMessage(simple);
    expect(msg.fromAddress).toBe('dana@clinic.example');
    expect(msg.fromName).toBe('Dana Coder');
    expect(msg.subject).toBe('Thoracentesis – 32555');
    expect(msg.messageId).toBe('<abc@clinic.example>');
    expect(msg.inReplyTo).toBe('<reply-to@codedesk>');
    expect(msg.references).toEqual(['<first@clinic.example>', '<reply-to@codedesk>']);
    expect(msg.text.trim()).toBe('Can 32555 be billed with 76942?');
  });

  it('derives a stable Message-ID from the bytes when the message has none', async () => {
    const raw = Buffer.from('From: a@b.example\r\nSubject: x\r\n\r\nhello\r\n');
    const [a, b] = [await parseMessage(raw), await parseMessage(raw)];
    expect(a.messageIdSynthesized).toBe(true);
    expect(a.messageId).toBe(b.messageId);
    expect(a.messageId).toMatch(/^<sha256\.[0-9a-f]{40}@codedesk\.invalid>$/);
  });

  it('normalises Message-IDs written without angle brackets', () => {
    expect(normalizeMessageId('abc@x')).toBe('<abc@x>');
    expect(normalizeMessageId('  <abc@x> (comment)')).toBe('<abc@x>');
    expect(normalizeMessageId('')).toBeNull();
  });

  it('parses every shared real-world message without throwing, each with a Message-ID', async () => {
    const emails = sharedEmails();
    expect(emails.length).toBeGreaterThan(100);
    for (const email of emails) {
      const msg = await parseMessage(email.raw);
      expect(msg.messageId, email.path).toMatch(/^<.+>$/);
      expect(typeof msg.text, email.path).toBe('string');
    }
  });
});
