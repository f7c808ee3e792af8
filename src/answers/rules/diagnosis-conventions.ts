// Pairs of ICD-10-CM codes the Official Guidelines (or the Tabular List's instructional notes) settle,
// by code prefix, in our own words. The loaded notes file covers chapter 2 only, so the conventions
// coders ask about most in other chapters are kept here; each cites its guideline section.
import { ICD_GUIDELINES } from '../sources.js';

export interface PairConvention {
  /** Prefixes of the first and second code (dots ignored). */
  a: string[];
  b: string[];
  /** What to report, in order; `{a}` and `{b}` stand for the asker's codes. */
  says: string;
  section: string;
}

const g = (section: string) => `${ICD_GUIDELINES}, ${section}`;

// prettier-ignore
export const PAIR_CONVENTIONS: readonly PairConvention[] = [
  { a: ['I10'], b: ['N18'], says: 'hypertension with chronic kidney disease is coded as hypertensive CKD: report I12.9 (I12.0 when the CKD is stage 5 or ESRD; I13.- when heart disease is also present) instead of {a}, with {b} after it for the CKD stage; the link is presumed unless the provider documents the CKD as unrelated', section: g('I.C.9.a.2') },
  { a: ['I12', 'I13'], b: ['N18'], says: 'report {a} first and {b} as an additional code for the CKD stage', section: g('I.C.9.a.2 and I.C.9.a.3') },
  { a: ['I10'], b: ['I50'], says: 'hypertension with heart failure is coded as hypertensive heart disease: report I11.0 instead of {a}, with {b} after it for the type of heart failure, unless the provider documents the heart failure as unrelated', section: g('I.C.9.a.1') },
  { a: ['I11', 'I13'], b: ['I50'], says: 'report {a} first and {b} as an additional code for the type of heart failure', section: g('I.C.9.a.1 and I.C.9.a.3') },
  { a: ['I12'], b: ['I50', 'I11'], says: 'hypertension with both heart disease and CKD is one combination category: report I13.- (with the I50 and N18 codes after it), not I11 or I12', section: g('I.C.9.a.3') },
  { a: ['E08.22', 'E09.22', 'E10.22', 'E11.22', 'E13.22'], b: ['N18'], says: 'report {a} first and {b} after it for the CKD stage (the diabetic CKD code has a use-additional-code note for the stage)', section: g('I.C.4.a and I.A.13') },
  { a: ['E10', 'E11', 'E13', 'E08', 'E09'], b: ['Z79.4', 'Z79.84', 'Z79.85'], says: 'report {b} with {a} for long-term use of insulin (Z79.4), oral hypoglycemics (Z79.84) or injectable non-insulin antidiabetics (Z79.85); with insulin and an oral drug report both Z79.4 and Z79.84; do not assign Z79.4 for insulin given only temporarily; type 2 on insulin stays E11', section: g('I.C.4.a.3') },
  { a: ['A40', 'A41', 'A02.1', 'A22.7', 'A26.7', 'A32.7', 'A39.2', 'A39.3', 'A39.4', 'A42.7', 'B37.7'], b: ['R65.2'], says: 'the systemic infection ({a}) goes first and {b} (severe sepsis) after it; R65.2- is never the first-listed or principal code', section: g('I.C.1.d.1.b and I.C.1.d.4') },
  { a: ['U07.1'], b: ['J12.82', 'J20.8', 'J80', 'J96', 'J22', 'J98.8'], says: 'report U07.1 first and {b} after it for the respiratory manifestation of confirmed COVID-19', section: g('I.C.1.g.1.b and I.C.1.g.1.c') },
  { a: ['G30', 'G20', 'G31', 'G10', 'G35', 'B20'], b: ['F02'], says: 'etiology first: {a} then {b}; F02 (dementia in other diseases classified elsewhere) is a manifestation code never reported first', section: g('I.A.13') },
  { a: ['C', 'D0', 'D1', 'D2', 'D3', 'D4'], b: ['J91.0'], says: 'J91.0 has a code-first note: report the neoplasm ({a}) first and J91.0 after it', section: g('I.A.13') },
  { a: ['I50', 'I11', 'I13', 'K74', 'N18', 'M32'], b: ['J91.8'], says: 'J91.8 is a manifestation code: {a} goes first; an effusion that is part of the heart failure is usually not coded separately unless the provider documents it as addressed (e.g. drained or treated)', section: g('I.A.13 and I.B.5') },
  { a: ['J90'], b: ['J91'], says: 'J90 (pleural effusion not elsewhere classified) excludes the effusions coded at J91 (malignant or in conditions classified elsewhere): report one or the other, not both for the same effusion', section: g('I.A.12.a') },
  { a: ['J44.0'], b: ['J09', 'J10', 'J11', 'J12', 'J13', 'J14', 'J15', 'J16', 'J17', 'J18', 'J20', 'J21', 'J22'], says: 'J44.0 (COPD with acute lower respiratory infection) is reported with {b} to identify the infection (a code-also note); J44.1 may be added when an acute exacerbation is also documented; sequencing follows the circumstances of the encounter', section: g('I.A.17 and I.C.10.a') },
  { a: ['Z51.0', 'Z51.11', 'Z51.12'], b: ['C', 'D0', 'D37', 'D38', 'D39', 'D4'], says: 'an encounter solely for chemotherapy, immunotherapy or radiation therapy lists {a} first and the neoplasm ({b}) after it; when the visit also treats a complication or removes the neoplasm, the guideline for that case decides', section: g('I.C.2.e.2') },
  { a: ['Z12'], b: ['K', 'D12', 'D37', 'C18', 'C19', 'C20'], says: 'a screening encounter keeps {a} first; a condition found during the screening is reported after it ({b})', section: g('I.C.21.c.5') },
  { a: ['Z12'], b: ['Z80', 'Z83', 'Z84', 'Z85', 'Z86', 'Z87'], says: 'the screening code ({a}) is listed first and the history code ({b}) after it, as the reason the screening is done', section: g('I.C.21.c.5 and I.C.21.c.4') },
  { a: ['O'], b: ['Z3A'], says: 'the obstetric code ({a}) goes first; {b} (weeks of gestation) is an additional code only', section: g('I.C.15.a.1 and I.C.21.c.11') },
  { a: ['S', 'T'], b: ['V', 'W', 'X', 'Y'], says: 'the injury ({a}) goes first; external cause codes ({b}) are never first-listed, are required only by a state mandate or the payer, and the place-of-occurrence (Y92) and activity (Y93) codes are reported once, at the initial encounter', section: g('I.C.20 (introduction), I.C.20.b and I.C.20.c') },
  { a: ['A40', 'A41.0', 'A41.1', 'A41.2', 'A41.3', 'A41.4', 'A41.5'], b: ['N39.0', 'N10', 'N30', 'N15.1', 'J13', 'J14', 'J15', 'J16', 'J17', 'J18', 'J69', 'L03', 'L02', 'K65', 'K35', 'K57', 'K81', 'K83.0', 'M00', 'M86', 'I33', 'G00', 'A04.7', 'A08'], says: 'sepsis with a localized infection: {a} (the systemic infection) goes first and {b} (the localized infection) after it when both were present on admission; only when the sepsis developed after an admission for the localized infection does the localized infection lead; no B95-B97 code is added for the organism, because {a} already names it', section: g('I.C.1.d.4') },
  { a: ['A41.8', 'A41.9'], b: ['N39.0', 'N10', 'N30', 'N15.1', 'J13', 'J14', 'J15', 'J16', 'J17', 'J18', 'J69', 'L03', 'L02', 'K65', 'K35', 'K57', 'K81', 'K83.0', 'M00', 'M86', 'I33', 'G00', 'A04.7', 'A08'], says: 'sepsis with a localized infection: {a} (the systemic infection) goes first and {b} (the localized infection) after it when both were present on admission; only when the sepsis developed after an admission for the localized infection does the localized infection lead; {a} names no organism, so a B95-B97 code is added when the provider documents one', section: g('I.C.1.d.4') },
  { a: ['C77', 'C78', 'C79'], b: ['C0', 'C1', 'C2', 'C3', 'C40', 'C41', 'C43', 'C44', 'C45', 'C46', 'C47', 'C48', 'C49', 'C5', 'C6', 'C70', 'C71', 'C72', 'C73', 'C74', 'C75', 'C76'], says: 'when the encounter treats only the secondary site, {a} goes first and the primary ({b}) after it, even while the primary is still present (treatment aimed at the primary puts the primary first instead); a primary excised or eradicated with no further treatment and no evidence of disease is reported with a Z85 history code instead of {b}', section: g('I.C.2.b and I.C.2.d') },
  { a: ['T84.5'], b: ['Z96.6'], says: '{a} already names the infected joint prosthesis: lead with it; add a B95-B97 code for the organism when known', section: g('I.C.19.g and I.B.7') },
];

const bare = (code: string) => code.replace('.', '');
const under = (code: string, prefixes: readonly string[]) =>
  prefixes.some((p) => bare(code).startsWith(bare(p)));

/** The conventions that settle a pair of the asker's codes, in either order (code a first). */
export function conventionsFor(codes: readonly string[]): { rule: PairConvention; a: string; b: string }[] {
  const out: { rule: PairConvention; a: string; b: string }[] = [];
  for (const rule of PAIR_CONVENTIONS)
    for (const a of codes)
      for (const b of codes)
        if (a !== b && under(a, rule.a) && under(b, rule.b) && !out.some((o) => o.rule === rule))
          out.push({ rule, a, b });
  return out;
}

export const fill = (text: string, a: string, b: string) => text.replaceAll('{a}', a).replaceAll('{b}', b);
