import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/coding/extract.js';
import type { Findings } from '../../../src/coding/types.js';
import type { ConsultView } from '../../../src/review/services/consult-view.service.js';
import { presentConsult } from '../../../src/review/views/consult.presenter.js';

const SUBJECT = '32555 and 76942';
const QUESTION = 'Bundled with 76942-26 on DOS 03/04/2025?';

function view(extra: Findings['mentions'] = []): ConsultView {
  const { mentions: written } = extractMentions({ subject: SUBJECT, body: QUESTION });
  const mentions = [...written, ...extra];
  const at = new Date('2026-06-01T10:00:00Z');
  return {
    consult: {
      id: '1',
      token: 'CD-7KQ2MX',
      state: 'awaiting_review',
      subject: SUBJECT,
      askerAddress: 'coder@clinic.example',
      askerName: null,
      quarantineReason: null,
      decisionNote: null,
      claimedBy: null,
      claimedByName: null,
      claimLive: false,
      receivedAt: at,
    },
    messages: [
      {
        id: '10',
        from: 'coder@clinic.example',
        fromName: null,
        subject: SUBJECT,
        messageId: '<q@clinic.example>',
        receivedAt: at,
        text: QUESTION,
        questionText: QUESTION,
        html: null,
        attachments: [],
        phiFlags: [],
        screenReason: null,
        senderAuth: null,
        triedToJoin: null,
        notes: [],
        duplicates: [],
      },
    ],
    draft: {
      id: '5',
      version: 1,
      kind: 'answer',
      source: 'machine',
      basedOnMessageId: '10',
      subject: `Re: ${SUBJECT}`,
      text: '',
      html: '',
      findings: { mentions } as Findings,
      flags: [],
      createdAt: at,
    },
    audit: [],
    failedSends: [],
  };
}

describe('the consult page highlights the mentions found in the question', () => {
  it('marks the body mentions in the question text and never marks it with a subject span', () => {
    const segments = presentConsult(view(), null).question!.segments;
    expect(segments.filter((s) => s.mark)).toEqual([{ text: '76942', mark: 'cpt 76942' }]);
    expect(segments.map((s) => s.text).join('')).toBe(QUESTION);
  });

  it('marks a code read from words as such, giving way to the codes written inside its words', () => {
    const read = { text: QUESTION, start: 0, end: QUESTION.length, kind: 'cpt' as const, code: '32555' };
    const readFromWords = {
      ...read,
      from: null,
      to: null,
      modifiers: [],
      units: null,
      matchedFrom: 'words' as const,
    };
    const segments = presentConsult(view([readFromWords]), null).question!.segments;
    expect(segments.filter((s) => s.mark)).toEqual([{ text: '76942', mark: 'cpt 76942' }]);
    const alone = { ...readFromWords, start: 0, end: 'Bundled'.length };
    const marks = presentConsult(view([alone]), null).question!.segments.filter((s) => s.mark);
    expect(marks[0]).toEqual({ text: 'Bundled', mark: 'cpt 32555 (read from these words)' });
  });
});
