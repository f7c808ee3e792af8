// Codes counted by area: debridement and skin substitutes bill a first block of square centimetres with
// the primary code and each further block, or part of one, with the add-on (code numbers and block sizes
// of the CMS code set; the MUE of each code is quoted from the look-up).
import { NCCI, SOURCES } from '../sources.js';
import { listing, unitsWord } from '../text.js';
import type { AnswerRule } from '../types.js';

interface AreaFamily {
  name: string;
  primary: string;
  addOn: string;
  /** Square centimetres the primary covers, and each add-on unit. */
  block: number;
}

// prettier-ignore
const FAMILIES: AreaFamily[] = [
  { name: 'debridement to subcutaneous tissue', primary: '11042', addOn: '11045', block: 20 },
  { name: 'debridement to muscle or fascia', primary: '11043', addOn: '11046', block: 20 },
  { name: 'debridement to bone', primary: '11044', addOn: '11047', block: 20 },
  { name: 'selective debridement', primary: '97597', addOn: '97598', block: 20 },
  { name: 'skin substitute, trunk, arms or legs', primary: '15271', addOn: '15272', block: 25 },
  { name: 'skin substitute, face, scalp, hands, feet or genitalia', primary: '15275', addOn: '15276', block: 25 },
  { name: 'surgical preparation of a graft site', primary: '15002', addOn: '15003', block: 100 },
  { name: 'surgical preparation of a graft site (face, hands, feet)', primary: '15004', addOn: '15005', block: 100 },
];

export const areaUnitsRule: AnswerRule = {
  kind: 'add-on',
  name: 'codes counted by area',
  answer(q, f) {
    const area = q.cues.areaSqCm;
    if (area === null) return [];
    return FAMILIES.filter((fam) => q.codes.some((c) => c.code === fam.primary || c.code === fam.addOn)).map(
      (fam) => {
        const extra = area > fam.block ? Math.ceil((area - fam.block) / fam.block) : 0;
        const lines = [`${fam.primary} x 1`, ...(extra ? [`${fam.addOn} x ${unitsWord(extra)}`] : [])];
        const mue = f.mue.find((m) => m.code === fam.addOn);
        const over =
          mue && extra > mue.value
            ? ` That is more ${fam.addOn} units than its MUE of ${mue.value} per day.`
            : '';
        return {
          kind: 'add-on' as const,
          codes: [fam.primary, fam.addOn],
          conclusion: `For ${area} sq cm, report ${listing(lines)}: ${fam.primary} covers the first ${fam.block} sq cm and ${fam.addOn} each further ${fam.block} sq cm or part of it.${over}`,
          rule: `Area codes bill the first ${fam.block} sq cm with the primary code and each additional ${fam.block} sq cm, or part, with its add-on; areas of one depth are added together.`,
          source: `${SOURCES.addOn}; ${NCCI}, ch. III`,
          settled: true,
        };
      },
    );
  },
};
