import { describe, expect, it } from 'vitest';
import { askedModifiers, extractMentions } from '../../../src/coding/extract.js';
import type { Mention } from '../../../src/coding/types.js';

const found = (mentions: readonly Mention[]) =>
  mentions.map((m) => [m.part, m.kind, m.code ?? `${m.from}-${m.to}`]);

describe('the subject is part of the question', () => {
  it("answers the README's example: the codes in the subject, the date in the body", () => {
    const x = extractMentions(
      { subject: '32555 and 76942', body: 'Bundled on DOS 03/04/2025?' },
      { today: '2026-06-01' },
    );
    expect(x.candidates).toEqual(['32555', '76942']);
    expect(found(x.mentions)).toEqual([
      ['subject', 'cpt', '32555'],
      ['subject', 'cpt', '76942'],
    ]);
    expect(x.dateOfService).toBe('2025-03-04');
    expect(x.questionTypes).toContain('bundling-PTP');
  });

  it('reads modifiers, units and dates in the subject too', () => {
    const x = extractMentions(
      { subject: '2 units of 64483-RT on DOS 11/02/2026', body: 'Is that over the MUE?' },
      { today: '2026-06-01' },
    );
    expect(x.mentions[0]).toMatchObject({ part: 'subject', code: '64483', modifiers: ['RT'], units: 2 });
    expect(x.dateOfService).toBe('2026-11-02');
  });

  it('gives each span as offsets into its own part, as written', () => {
    const subject = 'Re: 32555 with 76942-26 [CD-7KQ2MX]';
    const body = 'Would modifier 59 get 76942 paid?';
    for (const m of extractMentions({ subject, body }).mentions) {
      expect((m.part === 'subject' ? subject : body).slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('reads no code in reply and forward prefixes, stacked or numbered, nor in our consult token', () => {
    const subjects = [
      'Re: 99213',
      'RE: FW: 99213',
      'AW: WG: 99213',
      'SV: Fwd: RE[2]: 99213',
      'Re: [CD-7KQ2MX] 99213',
      // The token's six characters can have a diagnosis code's shape (M54.X7Q).
      '99213 [CD-M54X7Q]',
    ];
    for (const subject of subjects) {
      const x = extractMentions({ subject, body: 'Still payable?' });
      expect(found(x.mentions), subject).toEqual([['subject', 'cpt', '99213']]);
    }
    expect(extractMentions({ subject: '[CD-CD2526] RE[25]: FW:', body: '' }).mentions).toEqual([]);
  });

  it('lets the subject and the body read as one question: codes above, the modifier asked below', () => {
    const x = extractMentions({ subject: '32555 and 76942', body: 'Is modifier 59 enough?' });
    expect(x.candidates).toEqual(['32555', '76942']);
    expect(askedModifiers(x)).toEqual(['59']);
  });

  it('never joins a code in the subject and one in the body into a range', () => {
    const x = extractMentions({ subject: 'E/M 99213', body: '- 99214 the same day?' });
    expect(found(x.mentions)).toEqual([
      ['subject', 'cpt', '99213'],
      ['body', 'cpt', '99214'],
    ]);
  });

  it("marks every mention of a question without a subject as the body's, as before", () => {
    const x = extractMentions('Can 32555 go with 76942?');
    expect(x.mentions.map((m) => m.part)).toEqual(['body', 'body']);
    expect(extractMentions({ subject: '', body: 'Can 32555 go with 76942?' }).mentions).toEqual(x.mentions);
  });

  it('reads the subject of a new question even when it starts with "RE:" (a colleague\'s thread forwarded to us)', () => {
    const x = extractMentions({
      subject: 'RE: 64483 units',
      body: 'And if they do L3-4 too it is 64484 x2?',
    });
    expect(x.candidates).toEqual(['64483', '64484']);
  });
});

describe("a follow-up's subject is the first question's", () => {
  const subject = '32555 and 76942';

  it('does not count when the follow-up names codes of its own', () => {
    const x = extractMentions({ subject, body: 'And 64484 x2 below L4?' }, { followUp: true });
    expect(found(x.mentions)).toEqual([['body', 'cpt', '64484']]);
    expect(x.candidates).toEqual(['64484']);
  });

  it('counts when the follow-up names none ("what if we add 59?" asks about the same codes)', () => {
    const x = extractMentions({ subject, body: 'What if we add modifier 59?' }, { followUp: true });
    expect(x.candidates).toEqual(['32555', '76942']);
    expect(askedModifiers(x)).toEqual(['59']);
  });
});
