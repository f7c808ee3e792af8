// What the Medicare benefit rules share: their public sources, the codes they name, and the sentence
// that says a rule is Medicare's when the question names another payer.
import { MCPM } from '../sources.js';
import type { AnswerQuestion } from '../types.js';

export const BENEFIT_SOURCES = {
  ippe: `${MCPM} ch. 18 §80; 42 CFR 410.16`,
  awv: `${MCPM} ch. 18 §140; 42 CFR 410.15`,
  preventiveWithProblem: `${MCPM} ch. 12 §30.6.2`,
  vaccines: `${MCPM} ch. 18 §10`,
  g2211:
    'CY2024 PFS final rule (G2211), CY2025 PFS final rule (modifier 25 exception), CY2026 PFS final rule (home visits); MLN Matters MM13473',
  discarded: `${MCPM} ch. 17 §40`,
} as const;

/** Office or outpatient E/M, new or established (the visits G2211 and modifier 25 here are about). */
export const isOfficeVisit = (code: string): boolean => /^99(20[2-5]|21[1-5])$/.test(code);

/** Home or residence E/M (G2211 applies to them from 2026). */
export const isHomeVisit = (code: string): boolean => /^993(4[1-9]|50)$/.test(code);

export const isPreventiveMedicine = (code: string): boolean => /^99(38[1-7]|39[1-7])$/.test(code);

/** Problem-oriented office, outpatient or home visits the asker wrote (not wellness visits, not ACP). */
export function problemVisits(q: AnswerQuestion): AnswerQuestion['codes'] {
  return q.codes.filter((c) => isOfficeVisit(c.code) || isHomeVisit(c.code));
}

/** "Yes: " before an answer to a yes-or-no question ("need 25?", "can we bill it?"). */
export const yes = (q: AnswerQuestion): string =>
  /\b(need|needs|can|could|should|allowed|ok|okay|do\s+we|is\s+it|may\s+we)\b[^.]*\?/i.test(q.text)
    ? 'Yes: '
    : '';

export const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export const asked = (q: AnswerQuestion, ...codes: string[]): boolean =>
  q.codes.some((c) => codes.includes(c.code));

/** Modifier 25 written on a code or apart. */
export const has25 = (q: AnswerQuestion, code?: string): boolean =>
  q.codes.some((c) => (!code || c.code === code) && c.modifiers.includes('25')) ||
  q.loose.includes('25') ||
  /(?:-|\bmod(?:ifier)?\s*)25\b/i.test(q.text);

/** "This is Medicare's rule; Aetna may ..." when another payer is named, else nothing. */
export function otherPayer(q: AnswerQuestion): string {
  const p = q.cues.payer;
  if (!p || p.kind === 'medicare') return '';
  return p.kind === 'medicare-advantage'
    ? `This is Original Medicare's rule: a Medicare Advantage plan (${p.name}) covers at least these benefits but may set its own billing rules.`
    : `This is Medicare's rule: ${p.name} may cover and code it differently under its own policy.`;
}

export const yearOf = (q: AnswerQuestion): number | null =>
  q.dateOfService ? Number(q.dateOfService.slice(0, 4)) : null;
