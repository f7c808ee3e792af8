// When the answer is in a note the asker does not have: an E/M level asked from a problem list, a code
// chosen before the operative note is in, a level among codes of one family. The answer says it cannot
// be settled from what was sent and names the note and what in it decides.
import { isEm, isTimed } from '../question/code-families.js';
import { MCPM, SOURCES } from '../sources.js';
import { listing } from '../text.js';
import type { AnswerRule } from '../types.js';

const NO_NOTE =
  /\b(?:don'?t|do\s+not|didn'?t)\s+have\s+(?:the\s+)?(?:\w+\s+)?(?:note|dictation|report|documentation|op\s+note|chart)|\b(?:dictation|note|op\s+note|report)\s+(?:is\s+)?(?:not|isn'?t)\s+(?:in|back|available|done|signed)|\bnot\s+in\s+yet\b|\bonly\s+have\s+(?:the\s+)?(?:problem\s+list|schedule|superbill|order)|\bwithout\s+(?:the|an?)\s+(?:op(?:erative)?\s+)?note\b|\bscheduling\s+says\b/i;
const LEVEL_ASKED =
  /\b(?:what|which)\s+(?:E\/?M\s+)?level\b|\blevel\s+(?:should|would|is)\b|\b(?:level\s+)?[2-5]\s+or\s+(?:level\s+)?[2-5]\b|\b992\d\d\s+or\s+992\d\d\b/i;

export const documentationRule: AnswerRule = {
  kind: 'definition',
  name: 'what only the note can settle',
  answer(q) {
    const codes = q.codes.map((c) => c.code);
    // Discharge day management is chosen by time, which the time rule answers.
    const ems = codes.filter((c) => isEm(c) && !(q.cues.minutes !== null && isTimed(c)));
    if (ems.length && LEVEL_ASKED.test(q.text))
      return [
        {
          kind: 'em-same-day',
          codes: ems,
          conclusion: `The level cannot be settled from what you sent: office and hospital visit levels are chosen by the medical decision making documented, or by the total time on the date, so only the visit note decides between ${listing(ems, 'and')} and its neighbours. Send the note if you want us to check the level.`,
          rule: 'E/M levels follow the documented medical decision making or total time on the date of the visit.',
          source: `${MCPM} ch. 12 §30.6.1`,
          settled: false,
          needs: 'the visit note (medical decision making or total time)',
        },
      ];
    if (!NO_NOTE.test(q.text)) return [];
    const which = codes.length > 1 ? `between ${listing(codes, 'and')}` : 'the code';
    return [
      {
        kind: 'definition',
        codes,
        conclusion: `This cannot be settled until the note is in: the choice ${which} depends on what the procedure or visit note documents (what was done, where, and how much). We would be guessing without it; send the note and we will answer.`,
        rule: 'A code is chosen from the documentation of the service, never from a schedule, an order or a problem list.',
        source: SOURCES.package,
        settled: false,
        needs: 'the signed procedure or visit note',
      },
    ];
  },
};
