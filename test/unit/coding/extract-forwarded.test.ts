import { describe, expect, it } from 'vitest';
import { stripQuotedHistory } from '../../../src/mail/question-text.js';

describe('a question forwarded from Outlook under a cover note', () => {
  it('reads the message under a bare From:/Sent: block when the note points below', () => {
    const body =
      'Please see below from our surgeon.\n\nFrom: Dr. Ortiz\nSent: Friday, February 27, 2026 3:12 PM\nTo: Coding\nSubject: knee scope\n\nCan I get 29877 paid with G0289?';
    const { question, offset } = stripQuotedHistory(body);
    expect(question).toBe('Can I get 29877 paid with G0289?');
    expect(body.slice(offset, offset + question.length)).toBe(question);
  });

  it('reads the message under "-----Original Message-----" when the note points below', () => {
    const body =
      'see below - what do you think?\n\n-----Original Message-----\nFrom: Ana\nSent: Thursday\nTo: Billing\nSubject: denial\n\nWe billed 64635-RT.';
    expect(stripQuotedHistory(body).question).toBe('We billed 64635-RT.');
  });

  it('keeps a short reply that names its own code, cutting the history under it', () => {
    const body =
      'And 64484 x2 below L4?\n\n-----Original Message-----\nFrom: Desk\nSent: Tuesday\nTo: Kim\nSubject: RE: units\n\n64483 is one unit.';
    expect(stripQuotedHistory(body).question).toBe('And 64484 x2 below L4?');
  });

  it('keeps a short thank-you that does not point below, so old history never becomes the question', () => {
    const body =
      'Thanks, that helps!\n\nFrom: Desk\nSent: Tuesday\nTo: Kim\nSubject: RE: units\n\n64483 is one unit.';
    expect(stripQuotedHistory(body).question).toBe('Thanks, that helps!');
  });
});
