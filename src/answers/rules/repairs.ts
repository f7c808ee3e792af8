// Wound repairs: repairs of the same classification (simple, intermediate) in the same anatomic group are
// added up and reported as one code for the total length, not as several codes with 59. Repairs of
// different classifications or groups are reported separately, the more complex first; where an NCCI edit
// pairs the two codes, 59 or XS on its column 2 code says the repair was at a separate anatomic site
// (NCCI Policy Manual 2026, ch. I §E). Length bands are numbers of the CMS code set; the grouping follows
// the CPT repair instructions (cited, not quoted) and ch. III §H. The repairs come from the words
// (repairs-in-words.ts) when they say each one's classification and site, else from the asker's codes.
import {
  addOnUnits,
  bandCode,
  repairFamilyOf,
  repairsInWords,
  type RepairFamily,
  type RepairGroup,
} from '../../coding/repairs-in-words.js';
import { NCCI } from '../sources.js';
import { listing } from '../text.js';
import type { Answer, AnswerFacts, AnswerRule } from '../types.js';

const SOURCE = `CPT repair (closure) instructions for codes 12001-13160; ${NCCI}, ch. III §H`;
const FACE = /\b(?:face|facial|ears?|eyelids?|eyebrows?|nose|nasal|lips?|cheeks?|forehead|chin|mucous)\b/i;
const BODY =
  /\b(?:scalp|neck|axillae?|trunk|back|chest|abdomen|arms?|forearms?|legs?|thighs?|knees?|shins?|hands?|feet|foot|fingers?|toes?|extremit\w+)\b/i;
const OTHER_CLASS: Record<string, RegExp> = {
  simple: /\b(?:intermediate|layered|complex)\b/i,
  intermediate: /\b(?:simple|complex)\b/i,
  complex: /\b(?:simple|intermediate|layered)\b/i,
};
const isFace = (f: RepairFamily) => f.name.includes('face');

/** Two repair codes of different families: the repairs rule answers the pair, not the PTP rule. */
export const repairsSettle = (a: string, b: string): boolean => {
  const fa = repairFamilyOf(a);
  const fb = repairFamilyOf(b);
  return !!fa && !!fb && fa !== fb;
};

/** One written code with two lengths ("12002: 2.5 cm scalp and 3 cm arm"): the words keep to the code's
 *  classification and anatomic group, so the lengths are that family's to add up. */
function oneGroupInWords(f: RepairFamily, text: string): boolean {
  if (OTHER_CLASS[f.classification]?.test(text)) return false;
  return isFace(f) ? !BODY.test(text) : !FACE.test(text);
}

const LENGTH = /\b(\d{1,2}(?:\.\d)?)\s*cm\b(?!\s*(?:2|²|sq))/gi;

/** The asker's codes as one family with its lengths, when the words say no more (the earlier reading). */
function fromCodes(codes: string[], units: number, text: string): RepairGroup[] | null {
  const family = codes.map(repairFamilyOf).find((f) => f !== undefined);
  if (
    !family ||
    (codes.filter((c) => repairFamilyOf(c) === family).length < 2 &&
      units < 2 &&
      !oneGroupInWords(family, text))
  )
    return null;
  const lengths = [...text.matchAll(LENGTH)].map((m) => Number(m[1]));
  const total = Math.round(lengths.reduce((a, b) => a + b, 0) * 10) / 10;
  return [
    { family, lengths, total, code: bandCode(family, total), addOn: addOnUnits(family, total), phrase: '' },
  ];
}

function oneCode(g: RepairGroup, asked: string[]): Answer {
  return {
    kind: 'bundling-PTP',
    codes: [
      ...new Set([
        ...asked.filter((c) => repairFamilyOf(c) === g.family),
        g.code,
        ...(g.addOn ? [g.addOn.code] : []),
      ]),
    ],
    conclusion: `One code: ${g.family.name} are added together, ${g.lengths.join(' + ')} = ${g.total.toFixed(1)} cm, and reported as ${reported(g)}, not as separate codes with 59. Repairs of a different classification or anatomic group would be reported separately (the more complex first, with 59 or XS on the other).`,
    rule: 'Wound repairs of the same classification and anatomic group are summed and reported with one code for the total length.',
    source: SOURCE,
    settled: true,
    warning: true,
  };
}

/** "13101 x 1 and 13102 x 2": a complex repair beyond its last band takes its add-on per 5 cm. */
const reported = (g: RepairGroup) =>
  `${g.code} x 1${g.addOn ? ` and ${g.addOn.code} x ${g.addOn.units} (each further 5 cm or part)` : ''}`;

const described = (g: RepairGroup) =>
  `${g.addOn ? reported(g) : g.code} for the ${g.family.name.replace(/^(\w+) repairs of /, '$1 repair of ')} (${g.lengths.length > 1 ? `${g.lengths.join(' + ')} = ` : ''}${g.total.toFixed(1)} cm)`;

/** What NCCI says of two repair codes reported together: the edit's column 2 code takes 59 or XS. */
function editWords(a: string, b: string, f: AnswerFacts): string {
  const edit = f.pairs.find((p) => p.active && [a, b].includes(p.column1) && [a, b].includes(p.column2));
  if (!edit) return `No NCCI edit pairs ${a} and ${b}, so no modifier is needed for NCCI.`;
  if (edit.modifierIndicator === '0')
    return `An NCCI edit pairs ${edit.column1} and ${edit.column2} with modifier indicator 0: no modifier bypasses it.`;
  return `An NCCI edit pairs ${edit.column1} and ${edit.column2} (modifier indicator 1): report ${edit.column2} with XS (or 59) for the repair at a separate anatomic site.`;
}

function separately(groups: RepairGroup[], f: AnswerFacts, fromWords: boolean): Answer {
  const value = (code: string) => f.codes.find((c) => c.code === code)?.rvu?.workRvu ?? 0;
  const ranked = [...groups].sort(
    (a, b) =>
      Number(b.family.classification === 'intermediate') -
        Number(a.family.classification === 'intermediate') || value(b.code) - value(a.code),
  );
  const codes = ranked.map((g) => g.code);
  const edits = codes.slice(1).map((c) => editWords(codes[0]!, c, f));
  const what = fromWords
    ? `report ${listing(ranked.map(described))}`
    : `report ${listing(codes)} when the repairs were of different classifications or anatomic groups; repairs of one classification and group would instead be added into one code for their total length`;
  return {
    kind: 'bundling-PTP',
    codes,
    conclusion: `${fromWords ? 'Not added: r' : 'R'}epairs of different classifications or anatomic groups are reported separately, the more complex first: ${what}. ${edits.join(' ')}`,
    rule: 'Repairs are added only within one classification and anatomic group; repairs of different ones are separate codes, with 59 or XS where an NCCI edit pairs them.',
    source: `${SOURCE}; ${NCCI}, ch. I §E`,
    settled: fromWords,
    warning: true,
    ...(fromWords ? {} : { needs: 'each repair’s classification, anatomic site and length' }),
  };
}

export const repairsRule: AnswerRule = {
  kind: 'bundling-PTP',
  name: 'wound repairs added by classification and group',
  answer(q, f) {
    const codes = q.codes.map((c) => c.code);
    const asked = codes.filter((c) => repairFamilyOf(c));
    const words = repairsInWords(q.text);
    if (!asked.length && !words) return [];
    if (words && words.length > 1) return [separately(words, f, true)];
    const families = new Set(asked.map(repairFamilyOf));
    if (!words && families.size > 1) {
      const groups = [...families].map((family) => ({
        family: family!,
        lengths: [],
        total: 0,
        addOn: null,
        phrase: '',
      }));
      return [
        separately(
          groups.map((g) => ({ ...g, code: asked.find((c) => repairFamilyOf(c) === g.family)! })),
          f,
          false,
        ),
      ];
    }
    const units = q.codes.find((c) => repairFamilyOf(c.code))?.units ?? 1;
    const group = words?.[0] ?? fromCodes(asked, units, q.text)?.[0];
    return group && group.lengths.length >= 2 ? [oneCode(group, asked)] : [];
  },
};
