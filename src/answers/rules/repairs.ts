// Wound repairs: repairs of the same classification (simple, intermediate) in the same anatomic group are
// added up and reported as one code for the total length, not as several codes with 59. Length bands
// are numbers of the CMS code set; the grouping follows the CPT repair instructions (cited, not quoted).
import { NCCI } from '../sources.js';
import type { AnswerRule } from '../types.js';

interface RepairFamily {
  name: string;
  /** [code, longest length in cm it covers]; the last covers anything longer. */
  bands: [string, number][];
}

// prettier-ignore
const FAMILIES: RepairFamily[] = [
  { name: 'simple repairs of the scalp, neck, axillae, external genitalia, trunk or extremities',
    bands: [['12001', 2.5], ['12002', 7.5], ['12004', 12.5], ['12005', 20], ['12006', 30], ['12007', Infinity]] },
  { name: 'simple repairs of the face, ears, eyelids, nose, lips or mucous membranes',
    bands: [['12011', 2.5], ['12013', 5], ['12014', 7.5], ['12015', 12.5], ['12016', 20], ['12017', 30], ['12018', Infinity]] },
  { name: 'intermediate repairs of the scalp, axillae, trunk or extremities',
    bands: [['12031', 2.5], ['12032', 7.5], ['12034', 12.5], ['12035', 20], ['12036', 30], ['12037', Infinity]] },
  { name: 'intermediate repairs of the neck, hands, feet or external genitalia',
    bands: [['12041', 2.5], ['12042', 7.5], ['12044', 12.5], ['12045', 20], ['12046', 30], ['12047', Infinity]] },
  { name: 'intermediate repairs of the face, ears, eyelids, nose, lips or mucous membranes',
    bands: [['12051', 2.5], ['12052', 5], ['12053', 7.5], ['12054', 12.5], ['12055', 20], ['12056', 30], ['12057', Infinity]] },
];

const FACE = /\b(?:face|facial|ears?|eyelids?|eyebrows?|nose|nasal|lips?|cheeks?|forehead|chin|mucous)\b/i;
const BODY =
  /\b(?:scalp|neck|axillae?|trunk|back|chest|abdomen|arms?|forearms?|legs?|thighs?|knees?|shins?|hands?|feet|foot|fingers?|toes?|extremit\w+)\b/i;
const isFaceFamily = (f: RepairFamily) => f.name.includes('face');
const CLASS_WORDS: Record<string, RegExp> = {
  simple: /\b(?:intermediate|layered|complex)\b/i,
  intermediate: /\b(?:simple|complex)\b/i,
};

/** One written code with two lengths ("12002: 2.5 cm scalp and 3 cm arm"): the words keep to the code's
 *  classification and anatomic group, so the lengths are that family's to add up. */
function oneGroupInWords(f: RepairFamily, text: string): boolean {
  const otherClass = CLASS_WORDS[f.name.split(' ')[0]!];
  if (otherClass?.test(text)) return false;
  return isFaceFamily(f) ? !BODY.test(text) : !FACE.test(text);
}

const LENGTH = /\b(\d{1,2}(?:\.\d)?)\s*cm\b(?!\s*(?:2|²|sq))/gi;

export const repairsRule: AnswerRule = {
  kind: 'bundling-PTP',
  name: 'wound repairs added by classification and group',
  answer(q) {
    const codes = q.codes.map((c) => c.code);
    const family = FAMILIES.find(
      (f) =>
        f.bands.filter(([c]) => codes.includes(c)).length >= 2 ||
        (codes.filter((c) => f.bands.some(([b]) => b === c)).length >= 1 &&
          ((q.codes.find((a) => f.bands.some(([b]) => b === a.code))?.units ?? 1) > 1 ||
            oneGroupInWords(f, q.text))),
    );
    if (!family) return [];
    const lengths = [...q.text.matchAll(LENGTH)].map((m) => Number(m[1]));
    if (lengths.length < 2) return [];
    const total = Math.round(lengths.reduce((a, b) => a + b, 0) * 10) / 10;
    const code = family.bands.find(([, max]) => total <= max)![0];
    return [
      {
        kind: 'bundling-PTP',
        codes: [...new Set([...codes.filter((c) => family.bands.some(([b]) => b === c)), code])],
        conclusion: `One code: ${family.name} are added together, ${lengths.join(' + ')} = ${total.toFixed(1)} cm, and reported as ${code} x 1, not as separate codes with 59. Repairs of a different classification or anatomic group would be reported separately (the more complex first, with 59 or XS on the other).`,
        rule: 'Wound repairs of the same classification and anatomic group are summed and reported with one code for the total length.',
        source: `CPT repair (closure) instructions for codes 12001-13160; ${NCCI}, ch. III §H`,
        settled: true,
        warning: true,
      },
    ];
  },
};
