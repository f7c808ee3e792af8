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

  it('reads the sender from the raw From, never gluing two addresses into one', async () => {
    const msg = await parseMessage(
      Buffer.from('From: <attacker@evil.example,someone@clinic.example>\r\nSubject: x\r\n\r\nhello\r\n'),
    );
    expect(msg.fromAddress).toBeNull();
    expect(msg.fromProblem).toBe('From holds 2 addresses: a reply could reach people who did not ask');
  });

  it('refuses a From that mailparser would decode into two addresses', async () => {
    const hidden = Buffer.from('x <attacker@evil.example>, y <someone@clinic.example>').toString('base64');
    const msg = await parseMessage(Buffer.from(`From: =?utf-8?B?${hidden}?=\r\nSubject: x\r\n\r\nhello\r\n`));
    expect(msg.fromAddress).toBeNull();
    expect(msg.fromProblem).toBe('no sender address in From');
  });

  it('keeps a Reply-To only when it is one valid mailbox, and every Authentication-Results topmost first', async () => {
    const headers = (replyTo: string) =>
      Buffer.from(
        [
          'Authentication-Results: mx.clinic.example; dmarc=pass header.from=clinic.example',
          'Received: from mx.elsewhere.example',
          'Authentication-Results: mx.elsewhere.example; spf=pass',
          'From: Dana <dana@clinic.example>',
          `Reply-To: ${replyTo}`,
          'Subject: x',
          '',
          'hello',
        ].join('\r\n'),
      );
    const one = await parseMessage(headers('Billing <Billing@Clinic.example>'));
    expect(one.replyTo).toBe('billing@clinic.example');
    expect(one.authResults).toEqual([
      ' mx.clinic.example; dmarc=pass header.from=clinic.example',
      ' mx.elsewhere.example; spf=pass',
    ]);
    expect((await parseMessage(headers('a@clinic.example, b@evil.example'))).replyTo).toBeNull();
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
