// A later operation in a global period asked without the surgery's code ("wider re-excision two weeks
// after the melanoma excision"): the modifier still follows from what the asker says it was, planned
// or staged 58 (a new global period starts), an unplanned return to the OR for a complication 78 (no
// new global period), a complication treated outside the OR none (Medicare Claims Processing Manual
// ch. 12 §40.2).
import { SOURCES } from '../sources.js';
import type { Answer, AnswerFacts, AnswerQuestion, AnswerRule } from '../types.js';
import {
  aboutLaterService,
  COMPLICATION,
  inOr,
  LATER_PROCEDURE,
  laterInWords,
  PLANNED,
} from './global-cues.js';

const hasSurgeryCode = (f: AnswerFacts): boolean =>
  f.codes.some((c) => c.status === 'valid' && ['000', '010', '090'].includes(c.globalDays ?? ''));

function say(conclusion: string): Answer {
  return {
    kind: 'global-period',
    codes: [],
    conclusion: `${conclusion} Send the codes of both procedures to have the dates and the global period checked.`,
    rule: 'A procedure during a global period carries the modifier that says why: 58 planned or staged, 78 a return to the OR for a complication, 79 unrelated.',
    source: `${SOURCES.globalSurgery}; ${SOURCES.globalModifiers}`,
    settled: true,
  };
}

export const globalInWordsRule: AnswerRule = {
  kind: 'global-period',
  name: 'a later operation in a global period, asked in words',
  answer(q: AnswerQuestion, f: AnswerFacts): Answer[] {
    if (hasSurgeryCode(f) || !aboutLaterService(q) || !LATER_PROCEDURE.test(q.text)) return [];
    const later = laterInWords(q.text);
    if (COMPLICATION.test(q.text))
      return inOr(q.text)
        ? [
            say(
              `Report ${later} with modifier 78: an unplanned return to the operating room for a complication during the global period; only the intra-operative part is paid and no new global period starts.`,
            ),
          ]
        : [
            say(
              `A complication treated without a return to the operating room is part of the global period: ${later} is not billed, with 78 or otherwise.`,
            ),
          ];
    if (PLANNED.test(q.text))
      return [
        say(
          `Report ${later} with modifier 58: a planned or staged procedure, or one more extensive than the first (a re-excision for positive margins), by the same physician during the global period; it is paid in full and starts a new global period of its own.`,
        ),
      ];
    return [];
  },
};
