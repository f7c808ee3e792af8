// Codes counted by lesions, nails, muscles or biopsies: a family's codes split the count between a first
// code and an add-on, or pick one code by range. Code numbers and counts only (the family structure of
// the CMS code set); the MUE of each code is quoted from the look-up.
import { isFirstLesionBiopsy } from './skin-biopsy.js';
import { SOURCES } from '../sources.js';
import { listing, unitsWord } from '../text.js';
import type { Answer, AnswerFacts, AnswerRule } from '../types.js';

interface Line {
  code: string;
  units: number;
}

interface CountFamily {
  name: string;
  codes: string[];
  lines(n: number): Line[];
  rule: string;
}

const firstPlus =
  (first: string, each: string) =>
  (n: number): Line[] =>
    n > 1
      ? [
          { code: first, units: 1 },
          { code: each, units: n - 1 },
        ]
      : [{ code: first, units: 1 }];

// prettier-ignore
const FAMILIES: CountFamily[] = [
  { name: 'premalignant lesion destruction', codes: ['17000', '17003', '17004'],
    lines: (n) => (n >= 15 ? [{ code: '17004', units: 1 }] : firstPlus('17000', '17003')(n)),
    rule: '17000 is the first lesion and 17003 each of lesions 2 to 14; 15 or more lesions are 17004 once, alone.' },
  { name: 'tangential biopsy', codes: ['11102', '11103'], lines: firstPlus('11102', '11103'),
    rule: 'The first tangential biopsy is 11102 (one unit) and each further lesion 11103.' },
  { name: 'punch biopsy', codes: ['11104', '11105'], lines: firstPlus('11104', '11105'),
    rule: 'The first punch biopsy is 11104 (one unit) and each further lesion 11105.' },
  { name: 'incisional biopsy', codes: ['11106', '11107'], lines: firstPlus('11106', '11107'),
    rule: 'The first incisional biopsy is 11106 (one unit) and each further lesion 11107.' },
  { name: 'Mohs surgery stages (head, neck, hands, feet, genitalia)', codes: ['17311', '17312'], lines: firstPlus('17311', '17312'),
    rule: 'The first Mohs stage is 17311 (one unit) and each additional stage the add-on 17312.' },
  { name: 'Mohs surgery stages (trunk, arms, legs)', codes: ['17313', '17314'], lines: firstPlus('17313', '17314'),
    rule: 'The first Mohs stage is 17313 (one unit) and each additional stage the add-on 17314.' },
  { name: 'nail debridement', codes: ['11720', '11721'],
    lines: (n) => [{ code: n >= 6 ? '11721' : '11720', units: 1 }],
    rule: 'Nail debridement is one unit for the session: 11720 for 1 to 5 nails, 11721 for 6 or more; never both.' },
  { name: 'paring of corns or calluses', codes: ['11055', '11056', '11057'],
    lines: (n) => [{ code: n > 4 ? '11057' : n > 1 ? '11056' : '11055', units: 1 }],
    rule: 'Paring is one unit for the session: 11055 for one lesion, 11056 for 2 to 4, 11057 for more than 4.' },
  { name: 'benign lesion destruction (warts, molluscum)', codes: ['17110', '17111'],
    lines: (n) => [{ code: n >= 15 ? '17111' : '17110', units: 1 }],
    rule: 'Destruction of benign lesions is one unit for the session: 17110 for up to 14 lesions, 17111 for 15 or more; never both.' },
  { name: 'skin tag removal', codes: ['11200', '11201'],
    lines: (n) => (n > 15 ? [{ code: '11200', units: 1 }, { code: '11201', units: Math.ceil((n - 15) / 10) }] : [{ code: '11200', units: 1 }]),
    rule: '11200 covers the first 15 skin tags (one unit); the add-on 11201 is one unit for each further 10 or part of 10.' },
  { name: 'intralesional injection', codes: ['11900', '11901'],
    lines: (n) => [{ code: n > 7 ? '11901' : '11900', units: 1 }],
    rule: 'Intralesional injection is one unit for the session: 11900 for up to 7 lesions, 11901 for more than 7; never both.' },
  { name: 'trigger point injection', codes: ['20552', '20553'],
    lines: (n) => [{ code: n >= 3 ? '20553' : '20552', units: 1 }],
    rule: 'Trigger point injections are one unit for the session, whatever the side: 20552 for 1 or 2 muscles, 20553 for 3 or more.' },
];

/** Codes whose units follow a count of lesions, stages or nails (the counts rule says how many). */
export const isCounted = (code: string): boolean => FAMILIES.some((f) => f.codes.includes(code));

const lineText = (l: Line): string => `${l.code} x ${unitsWord(l.units)}`;

/** How many there were: the count the words state ("18 AKs", "2 additional stages" is 3); else the
 *  units written on the asker's codes ("17311 with 17312 x2" is 3). */
function countAsked(stated: number | null, asked: readonly { units: number | null }[]): number {
  return stated ?? asked.reduce((sum, c) => sum + (c.units ?? 1), 0);
}

export const countsRule: AnswerRule = {
  kind: 'units-MUE',
  name: 'codes counted by lesion, nail or muscle',
  answer(q, f: AnswerFacts) {
    const out: Answer[] = [];
    // Several biopsy techniques at one encounter are the skin-biopsy rule's: one first-lesion code.
    const techniques = q.codes.filter((c) => isFirstLesionBiopsy(c.code)).length;
    for (const family of FAMILIES) {
      if (techniques > 1 && family.codes.some(isFirstLesionBiopsy)) continue;
      const asked = q.codes.filter((c) => family.codes.includes(c.code));
      if (!asked.length) continue;
      const n = countAsked(q.cues.levels, asked);
      if (n <= 1 && asked.length === 1 && (asked[0]!.units ?? 1) <= 1) continue;
      const lines = family.lines(n);
      const mue = lines
        .map((l) => f.mue.find((m) => m.code === l.code))
        .filter((m) => m !== undefined)
        .map((m) => `${m.code} ${m.value}`);
      out.push({
        kind: 'units-MUE',
        codes: family.codes.filter((c) => asked.some((a) => a.code === c) || lines.some((l) => l.code === c)),
        conclusion: `For ${n} in one session, report ${listing(lines.map(lineText))}. ${family.rule}${mue.length ? ` (MUE: ${mue.join(', ')} per day)` : ''}`,
        rule: family.rule,
        source: `${SOURCES.mue}; CMS PFS code set (${family.name} family)`,
        settled: true,
      });
    }
    return out;
  },
};
