import { describe, expect, it } from 'vitest';
import { MAX_SCANNED_CHARS, stripQuotedHistory } from '../../../src/mail/question-text.js';

describe("stripQuotedHistory: the asker's own words", () => {
  it('cuts a Gmail-style "On ... wrote:" header and the quote under it', () => {
    const body =
      'What about 93306?\n\nOn Tue, Mar 4, 2025 at 9:12 AM Desk <d@example.org> wrote:\n> 93307 is included.\n';
    expect(stripQuotedHistory(body).question).toBe('What about 93306?');
  });

  it('cuts an "On ... wrote:" header wrapped over two lines', () => {
    const body =
      'Is 32555 ok?\n\nOn Tue, Mar 4, 2025 at 9:12 AM Coding Desk <desk@example.org>\nwrote:\n> yes';
    expect(stripQuotedHistory(body).question).toBe('Is 32555 ok?');
  });

  it('cuts "> " quoted lines', () => {
    expect(stripQuotedHistory('New question on 20610.\n> old text 555-32555\n> more').question).toBe(
      'New question on 20610.',
    );
  });

  it('cuts an Outlook "-----Original Message-----" block', () => {
    const body =
      'Can 20611 go with 76942?\n\n-----Original Message-----\nFrom: Desk\nSent: Monday\nTo: Billing\nSubject: RE: 20610\n\nuse 20611';
    expect(stripQuotedHistory(body).question).toBe('Can 20611 go with 76942?');
  });

  it('cuts an Outlook "From:/Sent:/To:" header block without a separator line', () => {
    const body =
      'And is 32555 valid?\n\nFrom: Dana <dana@clinic.example>\nSent: Friday, February 28, 2025 11:00 AM\nTo: Desk\nSubject: tap\n\n32554 and 76604';
    expect(stripQuotedHistory(body).question).toBe('And is 32555 valid?');
  });

  it('cuts a "-- " signature with its phone numbers and address', () => {
    const body = 'Is 99497 billable with 99214?\n\n-- \nJane Roe, CPC\nPhone 555-994-9700\nDayton, OH 45402';
    expect(stripQuotedHistory(body).question).toBe('Is 99497 billable with 99214?');
  });

  it('cuts "Sent from my iPhone"', () => {
    expect(stripQuotedHistory('Can 99406 go with 99213?\n\nSent from my iPhone').question).toBe(
      'Can 99406 go with 99213?',
    );
  });

  it('cuts a "Thanks,\\nName" closing and the short signature under it', () => {
    expect(
      stripQuotedHistory('Does 17000 cover one lesion?\nThanks,\nMaria\nCoder II, ext 17004').question,
    ).toBe('Does 17000 cover one lesion?');
  });

  it('cuts "Thanks, Dana" on one line but keeps a sentence that starts with thanks', () => {
    expect(stripQuotedHistory('Is 76942 payable?\nThanks, Dana').question).toBe('Is 76942 payable?');
    expect(stripQuotedHistory('Thanks for the help last week. Is 76942 payable?').question).toBe(
      'Thanks for the help last week. Is 76942 payable?',
    );
  });

  it('skips a quote at the top of a bottom-posted reply', () => {
    expect(stripQuotedHistory('> Is 20610 ok?\n> Yes.\n\nWhat if no visit?').question).toBe(
      'What if no visit?',
    );
  });

  it('returns the offset of the question in the body, so spans map back to it', () => {
    const body = '> quoted 555-32555\n\n  Is 32555 ok?\n-- \nsig';
    const { question, offset } = stripQuotedHistory(body);
    expect(body.slice(offset, offset + question.length)).toBe(question);
    expect(question).toBe('Is 32555 ok?');
  });

  it('handles CRLF line endings', () => {
    expect(stripQuotedHistory('Is 32555 ok?\r\n\r\nSent from my iPad\r\n').question).toBe('Is 32555 ok?');
  });
});

describe('a body of any length', () => {
  it('is read up to its first MAX_SCANNED_CHARS characters (256 KiB)', () => {
    const body = `Is 32555 ok? ${'More of the note. '.repeat(20_000)}`;
    expect(body.length).toBeGreaterThan(MAX_SCANNED_CHARS);
    expect(stripQuotedHistory(body).question).toBe(body.slice(0, MAX_SCANNED_CHARS).trim());
    expect(stripQuotedHistory(body, 100).question).toBe(body.slice(0, 100).trim());
  });

  it('reads on past a closing followed by more than a signature block, looking at seven lines only', () => {
    const body = `Thanks,\n${'the note goes on\n'.repeat(3000)}Is 99213 ok?`;
    expect(stripQuotedHistory(body).question).toBe(body);
  });
});

describe('a question forwarded with only a short note on top', () => {
  it('reads the forwarded message, keeping offsets into the original body', () => {
    const body =
      'FYI, see below.\n\n---------- Forwarded message ---------\nFrom: Dana <dana@clinic.example>\nDate: Mon, 3 Mar 2025\nSubject: 32555\nTo: Lee\n\nCan 32555 be billed with 76942-26?\n\nThanks,\nDana\n';
    const { question, offset } = stripQuotedHistory(body);
    expect(question).toBe('Can 32555 be billed with 76942-26?');
    expect(body.slice(offset, offset + question.length)).toBe(question);
  });

  it('keeps the sender’s own words when they are a question of their own', () => {
    const body =
      'Can you check whether 99214-25 is supported with 20610 here? The notes are attached below.\n\nBegin forwarded message:\nFrom: Lee\nSubject: x\n\nold 12345 text';
    expect(stripQuotedHistory(body).question).toContain('99214-25');
    expect(stripQuotedHistory(body).question).not.toContain('12345');
  });
});
