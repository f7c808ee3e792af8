// Venipuncture is counted per episode of care, not per needle stick: every draw from the patient's
// arrival until they leave is one unit of 36415; a second unit needs a second episode (the patient left
// and came back). NCCI Policy Manual 2026, ch. V §G.6. The draw is the collector's service: an office that
// draws blood and sends it to an outside laboratory reports 36415 itself, and the laboratory reports the
// tests (Medicare Claims Processing Manual ch. 16 §60.1).
import { NCCI } from '../sources.js';
import type { Answer, AnswerQuestion, AnswerRule } from '../types.js';

const SEVERAL =
  /\b(?:twice|again|(?:two|three|four|2|3|4)\s+(?:times|draws|sticks|venipunctures)|x\s*[2-9]\b|[2-9]\s*x\b|multiple\s+(?:draws|sticks|times)|serial\s+draws)/i;
const LEFT_AND_RETURNED =
  /\b(?:left|went\s+home)\b[^.?!]{0,60}\b(?:came\s+back|returned|back\s+(?:later|in\s+the))\b/i;
const STAYED = /\bstayed\b|\bremained\b|\bdid\s+not\s+leave\b|\bsame\s+(?:visit|encounter|episode)\b/i;

const SENT_OUT =
  /\bsen[dt][\s-]*out\b|\bsent\s+to\s+(?:an?\s+|the\s+)?(?:outside|reference|commercial)?\s*lab|\b(?:outside|reference)\s+lab/i;

function sentOut(): Answer {
  return {
    kind: 'units-MUE',
    codes: ['36415'],
    conclusion:
      'Yes: the office that draws the blood reports 36415 (one unit for the episode) on its own claim even when the tests go to an outside laboratory; the laboratory reports the tests and not the draw. For Medicare the collection fee is paid under the Clinical Laboratory Fee Schedule, not the PFS.',
    rule: 'The specimen collection fee belongs to whoever collects the specimen, whoever performs the test.',
    source: 'Medicare Claims Processing Manual ch. 16 §60.1',
    settled: true,
  };
}

export const specimenCollectionRule: AnswerRule = {
  kind: 'units-MUE',
  name: 'venipuncture per episode of care',
  answer(q: AnswerQuestion): Answer[] {
    const asked = q.codes.find((c) => c.code === '36415');
    if (asked && SENT_OUT.test(q.text)) return [sentOut()];
    if (!asked || !((asked.units ?? 1) > 1 || SEVERAL.test(q.text))) return [];
    const returned = LEFT_AND_RETURNED.test(q.text) && !STAYED.test(q.text);
    return [
      {
        kind: 'units-MUE',
        codes: ['36415'],
        conclusion: returned
          ? 'Report 36415 once for each episode of care: the patient left and came back, so the later draw starts a new episode and is a second unit (the note should show the separate visits). Draws within one episode are never extra units.'
          : `Report one unit of 36415: every venipuncture from the patient's arrival until they leave is one episode of care and one unit, however many draws it took${STAYED.test(q.text) ? ' (the patient stayed)' : ''}. A second unit needs a separate episode (the patient left and returned), not modifier 76 or 59.`,
        rule: 'Venipuncture (36415) is one unit per episode of care, whatever the number of collections in it.',
        source: `${NCCI}, ch. V §G.6`,
        settled: true,
      },
    ];
  },
};
