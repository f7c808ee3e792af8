// An E/M described in words ("saw the patient in the ED", "the visit") on the day of a procedure, when
// no E/M code is written: the modifier the visit would take, by the procedure's global period.
import type { CodeFinding } from '../../coding/types.js';
import { emSource, SOURCES } from '../sources.js';
import type { Answer, AnswerQuestion } from '../types.js';

const VISIT_IN_WORDS =
  /\bE\/?M\b|\bE&M\b|\b(?:office|ED|ER|hospital|clinic)\s+visit\b|\bsaw\s+(?:the\s+)?(?:pt|patient)\b|\bconsult(?:ation)?\b|\bevaluat(?:ed|ion)\b/i;
const DECIDED = /\bdecid\w+|\bdecision\b/i;

export function emInWords(q: AnswerQuestion, proc: CodeFinding): Answer | null {
  const days = proc.rvu?.globalDays;
  if (!VISIT_IN_WORDS.test(q.text) || !days || !['000', '010', '090'].includes(days)) return null;
  const major = days === '090';
  return {
    kind: 'em-same-day',
    codes: [proc.code],
    conclusion: major
      ? `${proc.code} is a major surgery (90-day global): the E/M${DECIDED.test(q.text) ? ' at which the decision to operate was made' : ' that decided on the surgery'}, on the day before or the day of surgery, is reported with modifier 57 on the E/M code (not 25); any other E/M for the surgery on those days is part of its global package.`
      : `${proc.code} is a minor procedure (${Number(days)}-day global): the evaluation and the decision to do it are part of it, so an E/M the same day is reported, with modifier 25 on the E/M code, only when it was significant and separately identifiable beyond that; 57 does not apply to minor procedures.`,
    rule: 'An E/M on the day of a procedure is paid only when significant and separately identifiable (modifier 25), or when it decided a major surgery (modifier 57).',
    source: `${emSource(proc.code)}; ${SOURCES.emDuringGlobal}; ${SOURCES.globalModifiers}`,
    settled: true,
  };
}
