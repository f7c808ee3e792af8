// Skin biopsies of several lesions at one encounter: one "first lesion" code only (11102 tangential,
// 11104 punch, 11106 incisional; NCCI pairs them with modifier indicator 0), the highest-ranking
// technique used (incisional, then punch, then tangential); every other lesion takes its technique's
// add-on (11103, 11105, 11107). The ranking is the CPT codebook's, which NCCI Policy Manual 2026,
// ch. III §L.14 refers to; stated here in our words.
import { NCCI } from '../sources.js';
import { listing } from '../text.js';
import type { Answer, AnswerQuestion, AnswerRule } from '../types.js';

// By rank: the first lesion code and each technique's add-on for another lesion.
const TECHNIQUES = [
  { first: '11106', addOn: '11107', name: 'incisional' },
  { first: '11104', addOn: '11105', name: 'punch' },
  { first: '11102', addOn: '11103', name: 'tangential' },
] as const;

/** 11102, 11104 or 11106: a pair of them is this rule's answer, not a bundling one. */
export const isFirstLesionBiopsy = (code: string): boolean => TECHNIQUES.some((t) => t.first === code);

/** "11103 x 2 for the tangential biopsies", from the units the asker gave the first-lesion code. */
function addOnLine(t: (typeof TECHNIQUES)[number], q: AnswerQuestion): string {
  const n = q.codes.find((c) => c.code === t.first)?.units ?? 1;
  return n > 1 ? `${t.addOn} x ${n} for the ${t.name} biopsies` : `${t.addOn} for the ${t.name} biopsy`;
}

export const skinBiopsyRule: AnswerRule = {
  kind: 'units-MUE',
  name: 'skin biopsies of several lesions',
  answer(q: AnswerQuestion): Answer[] {
    const asked = new Set(q.codes.map((c) => c.code));
    const used = TECHNIQUES.filter((t) => asked.has(t.first));
    if (used.length < 2) return [];
    const [top, ...others] = used;
    return [
      {
        kind: 'units-MUE',
        codes: used.map((t) => t.first),
        conclusion: `Report only one first-lesion biopsy code per encounter: ${top!.first} (${top!.name}, the highest-ranking technique used), and each other lesion with its technique's add-on: ${listing(others.map((t) => addOnLine(t, q)))}, not ${listing(others.map((t) => t.first))}. No modifier makes two first-lesion codes payable together.`,
        rule: 'Several skin biopsies at one encounter: one first-lesion code for the highest-ranking technique, add-on codes for the other lesions.',
        source: `${NCCI}, ch. III §L.14 (and the CPT codebook instructions it refers to); NCCI PTP edits (modifier indicator 0)`,
        settled: true,
        warning: true,
      },
    ];
  },
};
