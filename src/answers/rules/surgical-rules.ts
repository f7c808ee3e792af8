// Multiple procedures, assistants at surgery, co-surgeons and team surgery: each PFS indicator of the
// asker's codes, read for what was asked (modifier 51, 80/82/AS, 62, 66, or the words for them).
import type { CodeFinding } from '../../coding/types.js';
import type { RvuFact } from '../../coding/lookup.types.js';
import { PFS_FILE, SOURCES } from '../sources.js';
import type { Answer, AnswerQuestion, AnswerRule } from '../types.js';
import { ASSISTANT, CO_SURGEON, TEAM } from './surgery-indicators.js';

interface Topic {
  /** What to report, given the question's words (who assisted), beyond the indicator. */
  advise?: (q: AnswerQuestion, ind: string, code: string) => string;
  modifiers: string[];
  words: RegExp;
  indicator: (r: RvuFact) => string | null;
  table: Record<string, string>;
  label: string;
  source: string;
  rule: string;
  /** Indicator values that make the asker's modifier wrong. */
  refuses: string[];
}

const TOPICS: Topic[] = [
  {
    modifiers: ['80', '81', '82', 'AS'],
    advise: (q, ind, code) => (ind === '1' || ind === '9' ? '' : ` ${whoAssisted(q, code)}`),
    words: /\bassist(?:ant|ing)?(?:\s+at)?\s+surg\w*|\bsurgical\s+assist\w*|\bfirst\s+assist\w*/i,
    indicator: (r) => r.asstSurg,
    table: ASSISTANT,
    label: 'ASST SURG',
    source: SOURCES.assistant,
    rule: 'Medicare pays an assistant at surgery (80/82 for a physician at 16% of the surgeon’s amount; AS for a PA, NP or CNS at 85% of that) only for codes whose indicator allows it.',
    refuses: ['1'],
  },
  {
    modifiers: ['62'],
    advise: (q, ind, code) =>
      ind === '0'
        ? ' If the second surgeon assisted, they bill as assistant at surgery (80), where the code’s assistant indicator allows it.'
        : ` Each surgeon reports ${code}-62 for their own distinct part, on their own claim.`,
    words: /\bco-?surg\w*|\btwo\s+surgeons\b/i,
    indicator: (r) => r.coSurg,
    table: CO_SURGEON,
    label: 'CO SURG',
    source: SOURCES.coSurgeons,
    rule: 'Co-surgeons each report the same code with modifier 62 and each is paid 62.5% of the fee schedule amount, when the indicator permits it.',
    refuses: ['0'],
  },
  {
    modifiers: ['66'],
    advise: (q, ind, code) => (ind === '1' || ind === '2' ? ` Each team surgeon reports ${code}-66.` : ''),
    words: /\bteam\s+surg\w*/i,
    indicator: (r) => r.teamSurg,
    table: TEAM,
    label: 'TEAM SURG',
    source: SOURCES.coSurgeons,
    rule: 'Team surgery (modifier 66) is paid only where the indicator permits it, priced by the contractor.',
    refuses: ['0'],
  },
];

const NON_PHYSICIAN =
  /\b(?:PA|PA-C|physician\s+assistant|NP|nurse\s+practitioner|CNS|clinical\s+nurse\s+specialist|RNFA|surgical\s+tech\w*)\b/i;

function whoAssisted(q: AnswerQuestion, code: string): string {
  if (/\b(?:RNFA|surgical\s+tech\w*|scrub\s+tech)\b/i.test(q.text))
    return 'Medicare pays no assistant-at-surgery fee for an RN first assistant or surgical technologist.';
  return NON_PHYSICIAN.test(q.text)
    ? `A PA, NP or CNS assisting reports ${code}-AS (not 80 or 82), paid at 85% of the 16% assistant rate.`
    : `A physician assisting reports ${code}-80 (82 in a teaching hospital when no qualified resident was available), paid at 16% of the surgeon’s amount.`;
}

function topicAnswer(t: Topic, c: CodeFinding, q: AnswerQuestion): Answer | null {
  const ind = c.rvu ? t.indicator(c.rvu) : null;
  if (!ind || !t.table[ind]) return null;
  const used = [...new Set([...c.modifiers, ...q.loose])].filter((m) => t.modifiers.includes(m));
  const wrong = used.length > 0 && t.refuses.includes(ind);
  return {
    kind: 'surgical-rules',
    codes: [c.code],
    conclusion: `${c.code} has ${t.table[ind]}.${t.advise?.(q, ind, c.code) ?? ''}${wrong ? ` Modifier ${used.join('/')} on ${c.code} will not be paid as billed.` : ''}`,
    rule: t.rule,
    source: `${PFS_FILE} (${t.label} ${ind}, ${c.rvu!.edition}); ${t.source}`,
    settled: true,
    warning: wrong,
  };
}

export const surgicalRulesRule: AnswerRule = {
  kind: 'surgical-rules',
  name: 'multiple procedures, assistants, co-surgeons and teams',
  answer(q, f) {
    const procedures = f.codes.filter((c) => c.status === 'valid' && c.rvu);
    return TOPICS.flatMap((t) => {
      const asked = q.modifiers.some((m) => t.modifiers.includes(m)) || t.words.test(q.text);
      if (!asked) return [];
      return procedures.map((c) => topicAnswer(t, c, q)).filter((a): a is Answer => a !== null);
    });
  },
};
