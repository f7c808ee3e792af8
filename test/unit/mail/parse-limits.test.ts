// Parsing within the limits of issue 15, on real bytes: what PostgreSQL cannot store is replaced, long
// questions are cut, deep HTML is read without html-to-text, and parsing stops at its deadline.
import { describe, expect, it } from 'vitest';
import { ParseTimeout, type ParseLimits } from '../../../src/mail/bounded-parse.js';
import { messageIdFromHead } from '../../../src/mail/header-prefix.js';
import { normalizeMessageId, parseMessage } from '../../../src/mail/parse.js';

const limits = (over: Partial<ParseLimits> = {}): ParseLimits => ({
  deadline: Date.now() + 20_000,
  maxQuestionChars: 50_000,
  maxHtmlDepth: 100,
  ...over,
});
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** UTF-16LE bytes of a lone high surrogate followed by "A", as an encoded word would carry them. */
const utf16Word = `=?utf-16le?B?${Buffer.from([0x00, 0xd8, 0x41, 0x00]).toString('base64')}?=`;

function message(head: string, body: string, type = 'text/plain; charset=utf-8'): Buffer {
  return Buffer.from(
    `From: Dana <dana@clinic.example>\r\nSubject: ${head}\r\nMessage-ID: <m@clinic.example>\r\n` +
      `Content-Type: ${type}\r\n\r\n${body}\r\n`,
  );
}

describe('parsing a message that holds what PostgreSQL refuses', () => {
  it('replaces NUL bytes, invalid UTF-8 and unpaired surrogates, and keeps the rest', async () => {
    const raw = Buffer.concat([
      Buffer.from(
        `From: Dana <dana@clinic.example>\r\nSubject: ${utf16Word} 32555\x00 bad\xff\r\n` +
          'Message-ID: <m@clinic.example>\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n' +
          '--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nCan 32555',
        'latin1',
      ),
      Buffer.from([0x00, 0xc3, 0x28, 0xff]),
      Buffer.from(
        ' be billed with 76942?\r\n--b\r\nContent-Type: application/pdf\r\n' +
          `Content-Disposition: attachment; filename="${utf16Word}\x00.pdf"\r\n` +
          'Content-Transfer-Encoding: base64\r\n\r\nJVBERi0=\r\n--b--\r\n',
        'latin1',
      ),
    ]);
    const msg = await parseMessage(raw, limits());
    const stored = JSON.stringify(msg);
    expect(stored).not.toContain('\\u0000');
    expect(LONE_SURROGATE.test(msg.subject + msg.text + msg.attachments[0]!.filename)).toBe(false);
    expect(msg.text).toMatch(/^Can 32555\uFFFD.*be billed with 76942\?/);
    expect(msg.subject).toContain('32555\uFFFD');
    expect(msg.attachments[0]!.filename).toBe('\uFFFDA\uFFFD.pdf');
  });

  it('keeps a Message-ID storable: NUL replaced, an oversized one reduced to a digest', () => {
    expect(normalizeMessageId('<a\u0000b@x>')).toBe('<a\uFFFDb@x>');
    const long = `<${'x'.repeat(3000)}@clinic.example>`;
    expect(normalizeMessageId(long)).toMatch(/^<sha256\.[0-9a-f]{40}@codedesk\.invalid>$/);
    expect(normalizeMessageId(long)).toBe(normalizeMessageId(long));
  });
});

describe('parsing within limits', () => {
  it('cuts a question over the length limit and says so in a note', async () => {
    const msg = await parseMessage(
      message('long', 'Is 32555 billable? '.repeat(1000)),
      limits({ maxQuestionChars: 5000 }),
    );
    expect(msg.text).toHaveLength(5000);
    expect(msg.notes).toEqual(['question truncated: only the first 5000 of 19001 characters were read']);
  });

  it('reads HTML nested past the depth limit as plain text, keeps none of it for display, and says so', async () => {
    const deep =
      '<blockquote>'.repeat(20_000) + 'Is 20610 bundled into 99214?' + '</blockquote>'.repeat(20_000);
    const msg = await parseMessage(message('deep', deep, 'text/html; charset=utf-8'), limits());
    expect(msg.text).toBe('Is 20610 bundled into 99214?');
    expect(msg.html).toBeNull();
    expect(msg.notes).toEqual([
      'HTML part read as plain text without its layout (nested more than 100 levels deep)',
      'HTML part not kept for display (nested more than 100 levels deep); the raw source is kept',
    ]);
  });

  it('reads shallow HTML with mailparser’s html-to-text, as before, and keeps it for display', async () => {
    const html = '<ul><li>32555</li><li>76942-26</li></ul><p>Bundled?</p>';
    const msg = await parseMessage(message('list', html, 'text/html; charset=utf-8'), limits());
    expect(msg.text).toBe(' * 32555\n * 76942-26\n\nBundled?');
    expect(msg.html).toContain('<li>76942-26</li>');
    expect(msg.notes).toEqual([]);
  });

  it('stops at its deadline with ParseTimeout', async () => {
    const big = message('big', 'Is 32555 billable with 76942?\r\n'.repeat(100_000));
    await expect(parseMessage(big, limits({ deadline: Date.now() + 1 }))).rejects.toBeInstanceOf(
      ParseTimeout,
    );
  });

  it('names the configured limit when it times out, not the time left when parsing began', async () => {
    const big = message('big', 'Is 32555 billable with 76942?\r\n'.repeat(100_000));
    await expect(parseMessage(big, limits({ deadline: Date.now(), timeoutMs: 1 }))).rejects.toThrow(
      'parsing took longer than 1 ms',
    );
  });
});

describe('the Message-ID of a message read only from its start', () => {
  it('is read from the header block, folded or not, and nowhere else', () => {
    const head = Buffer.from(
      'Subject: x\r\nMessage-ID:\r\n <big.1@clinic.example>\r\n\r\nMessage-ID: <body@x>\r\n',
    );
    expect(messageIdFromHead(head)).toBe('<big.1@clinic.example>');
    expect(messageIdFromHead(Buffer.from('Subject: x\r\n\r\nMessage-ID: <body@x>\r\n'))).toBeNull();
  });
});
