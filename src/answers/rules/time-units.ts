// Time-based codes: the asker's minutes turned into codes and units by the thresholds Medicare uses
// (critical care, infusions, timed therapy, psychotherapy and the like; see time-table.ts).
import { isEm } from '../question/code-families.js';
import type { AnswerQuestion } from '../types.js';
import { listing, unitsWord } from '../text.js';
import type { Answer, AnswerRule } from '../types.js';
import { familyOf, TIME_FAMILIES, type TimeFamily, type TimedLine } from './time-table.js';
import { demotedInitial } from './infusion-hierarchy.js';
import { hydrationAfterDrug, hydrationAfterDrugUnits } from './hydration-with-drug.js';
import { groupMinutes, groupSentence } from './critical-care-group.js';

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
  // Psychotherapy beside an E/M is the add-on family, whichever psychotherapy code was written.
  const withEm =
    q.codes.some((c) => isEm(c.code)) || /\b(?:E\/?M|med(?:ication)?\s+(?:management|mgmt))\b/i.test(q.text);
  const byCode = q.codes
    .map((c) => familyOf(c.code))
    .filter((x): x is TimeFamily => !!x)
    .map((t) =>
      t.name === 'psychotherapy' && withEm
        ? TIME_FAMILIES.find((x) => x.name === 'psychotherapy with an E/M')!
        : t,
    );
  const byWords = WORDS.filter(([re]) => re.test(q.text)).map(([, name]) =>
    TIME_FAMILIES.find((t) => t.name === name)!,
  );
  return [...new Set([...byCode, ...(byCode.length ? [] : byWords)])];
}

const lineText = (l: TimedLine): string => `${l.code} x ${unitsWord(l.units)}`;

/**
 * Timed therapy split among its codes as CMS assigns it: each code its full 15-minute units, then the
 * units left of the day's total to the codes with the most minutes remaining.
 */
export function splitTherapy(total: number, byCode: Record<string, number>): TimedLine[] {
  const codes = Object.entries(byCode).map(([code, min]) => ({
    code,
    units: Math.floor(min / 15),
    rest: min % 15,
  }));
  let left = total - codes.reduce((n, c) => n + c.units, 0);
  for (const c of [...codes].sort((a, b) => b.rest - a.rest))
    if (left > 0 && c.rest > 0) {
      c.units += 1;
      left -= 1;
    }
  return codes.filter((c) => c.units > 0).map(({ code, units }) => ({ code, units }));
}

/** The minutes to count: for timed therapy the sum over its codes when the asker gave them per code. */
function minutesFor(t: TimeFamily, q: AnswerQuestion): number | null {
  const group = t.name === 'critical care' ? groupMinutes(q.text) : null;
  if (group) return group.reduce((n, m) => n + m, 0);
  const perCode = Object.entries(q.cues.minutesByCode).filter(([c]) => t.codes.includes(c));
  if (t.name.startsWith('timed therapy') && perCode.length > 1) return perCode.reduce((n, [, m]) => n + m, 0);
  return q.cues.minutes;
}

function forMinutes(t: TimeFamily, minutes: number, q: AnswerQuestion): Answer {
  const lines = t.lines(
    minutes,
    q.codes.map((c) => c.code),
  );
  const perCode = Object.fromEntries(
    Object.entries(q.cues.minutesByCode).filter(([c]) => t.codes.includes(c)),
  );
  const split =
    lines[0]?.code === '' && Object.keys(perCode).length > 1 ? splitTherapy(lines[0].units, perCode) : [];
  const codes = q.codes.filter((c) => t.codes.includes(c.code)).map((c) => c.code);
  const result = !lines.length
    ? `${minutes} minutes is below the first threshold: ${t.below}.`
    : lines[0]!.code === ''
      ? `${minutes} minutes of ${t.name} in total is ${unitsWord(lines[0]!.units)} for the day${split.length ? `: report ${listing(split.map(lineText))}` : ', shared among the timed codes by the minutes each took'}.`
      : `For ${minutes} minutes, report ${listing(lines.map(lineText))}.`;
  const reached = lines.length > 1 || !t.addOnStarts;
  const next = lines.length && t.nextAt ? ` The next unit would start at ${t.nextAt(minutes)} minutes.` : '';
  const not = lines.length && !reached ? ` ${t.addOnStarts}.` : next;
  const group = t.name === 'critical care' ? groupMinutes(q.text) : null;
  return {
    kind: 'units-MUE',
    codes: codes.length ? codes : t.codes,
    conclusion: `${group ? `${groupSentence(group, minutes)} ` : ''}${result}${not} ${t.rule}`,
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
    // An initial infusion or hydration the hierarchy demotes is the hierarchy rule's answer (its add-on).
    const asked = q.codes.map((c) => c.code);
    const families = familiesAsked(q).filter(
      (t) => !t.codes.some((c) => asked.includes(c) && demotedInitial(c, asked)),
    );
    if (!families.length) return [];
    const askedUnits = q.kinds.includes('units-MUE') || q.cues.minutes !== null;
    if (!askedUnits) return [];
    return families.flatMap((t) => {
      const minutes = minutesFor(t, q);
      // Hydration after a drug's initial service is 96361 alone (hydration-with-drug.ts).
      if (t.codes.includes('96361') && hydrationAfterDrug(asked))
        return minutes === null ? [] : [hydrationAfterDrugUnits(minutes)];
      if (minutes !== null) return [forMinutes(t, minutes, q)];
      // Units already counted and no time given: the question is about something else (payment, say).
      const counted = q.codes.filter((c) => t.codes.includes(c.code));
      return counted.length && counted.every((c) => c.units !== null) ? [] : [withoutMinutes(t, q)];
    });
  },
};
