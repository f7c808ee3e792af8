// Time-based codes: the asker's minutes turned into codes and units by the thresholds Medicare uses
// (critical care, infusions, timed therapy, psychotherapy and the like; see time-table.ts).
import type { AnswerQuestion } from '../types.js';
import { listing, unitsWord } from '../text.js';
import type { Answer, AnswerRule } from '../types.js';
import { familyOf, TIME_FAMILIES, type TimeFamily, type TimedLine } from './time-table.js';

const WORDS: [RegExp, string][] = [
  [/\bcritical\s+care\b/i, 'critical care'],
  [
    /\b(?:therapeutic\s+exercise|physical\s+therapy|PT\s+(?:visit|units|session)|manual\s+therapy|8-?minute\s+rule)\b/i,
    'timed therapy (15-minute units)',
  ],
  [/\bhydration\b/i, 'IV hydration'],
  [/\bchemo\w*\s+infusion\b/i, 'chemotherapy infusion'],
  [/\bpsychotherapy\b/i, 'psychotherapy'],
];

function familiesAsked(q: AnswerQuestion): TimeFamily[] {
  const byCode = q.codes.map((c) => familyOf(c.code)).filter((x): x is TimeFamily => !!x);
  const byWords = WORDS.filter(([re]) => re.test(q.text)).map(([, name]) =>
    TIME_FAMILIES.find((t) => t.name === name)!,
  );
  return [...new Set([...byCode, ...(byCode.length ? [] : byWords)])];
}

const lineText = (l: TimedLine): string => `${l.code} x ${unitsWord(l.units)}`;

function forMinutes(t: TimeFamily, minutes: number, q: AnswerQuestion): Answer {
  const lines = t.lines(minutes);
  const codes = q.codes.filter((c) => t.codes.includes(c.code)).map((c) => c.code);
  const result = !lines.length
    ? `${minutes} minutes is below the first threshold: ${t.below}.`
    : lines[0]!.code === ''
      ? `${minutes} minutes of ${t.name} in total is ${unitsWord(lines[0]!.units)} for the day, shared among the timed codes by the minutes each took.`
      : `For ${minutes} minutes, report ${listing(lines.map(lineText))}.`;
  const reached = lines.length > 1 || !t.addOnStarts;
  const not = lines.length && !reached ? ` ${t.addOnStarts}.` : '';
  return {
    kind: 'units-MUE',
    codes: codes.length ? codes : t.codes,
    conclusion: `${result}${not}`,
    rule: t.rule,
    source: t.source,
    settled: true,
  };
}

function withoutMinutes(t: TimeFamily, q: AnswerQuestion): Answer {
  return {
    kind: 'units-MUE',
    codes: q.codes.filter((c) => t.codes.includes(c.code)).map((c) => c.code),
    conclusion: `${t.name[0]!.toUpperCase()}${t.name.slice(1)} is counted by documented time: ${t.rule} Send the total minutes documented and we will give the units.`,
    rule: t.rule,
    source: t.source,
    settled: false,
    needs: 'the total minutes documented',
  };
}

export const timeUnitsRule: AnswerRule = {
  kind: 'units-MUE',
  name: 'time-based units',
  answer(q) {
    const families = familiesAsked(q);
    if (!families.length) return [];
    const askedUnits = q.kinds.includes('units-MUE') || q.cues.minutes !== null;
    if (!askedUnits) return [];
    return families.map((t) =>
      q.cues.minutes !== null ? forMinutes(t, q.cues.minutes, q) : withoutMinutes(t, q),
    );
  },
};
