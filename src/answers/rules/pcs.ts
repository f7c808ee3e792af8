// ICD-10-PCS: an asked code's validity for the discharge's fiscal year, its CMS title and what its
// characters stand for; two asked codes told apart by the characters that differ; a procedure asked in
// words matched to PCS titles; and PCS kept to the hospital's inpatient claim.
import { fiscalYear } from '../../coding/lookup-systems.js';
import type { CodeFinding } from '../../coding/types.js';
import { listing } from '../text.js';
import type { Answer, AnswerFacts, AnswerQuestion, AnswerRule } from '../types.js';
import { axesOf, characterMeaning, ROOT_OPERATIONS } from './pcs-axes.js';
import { nearCodes } from './pcs-near.js';
import { pcsWordsAnswer } from './pcs-words.js';

const PCS_GUIDE = 'ICD-10-PCS Official Guidelines FY2026';
const CMS_PCS = 'CMS ICD-10-PCS code files FY2026';
const ASKS_MEANING =
  /\bcharacters?\b|\bdigits?\b|\bmean(?:s|ing)?\b|\baxis\b|\bbreak\s*down\b|\broot\s+operation\b|\bapproach\b|\bqualifier\b|\bbody\s+part\b/i;
const MIXED_SETTING =
  /\b(?:physician|surgeon|pro(?:fessional)?\s+(?:fee|claim|side)|CMS-?1500|837P|outpatient|office|ASC|ambulatory|clinic|CPT)\b/i;

const pcsAnswer = (
  codes: string[],
  conclusion: string,
  rule: string,
  source: string,
  extra: Partial<Answer> = {},
): Answer => ({
  kind: 'icd10pcs',
  codes,
  conclusion,
  rule,
  source,
  settled: true,
  ...extra,
});

function characters(code: string): string {
  const axes = axesOf(code);
  return [...code]
    .map((ch, i) => {
      const meaning = characterMeaning(code, i);
      return `${i + 1} ${axes[i]} ${ch}${meaning ? ` (${meaning})` : ''}`;
    })
    .join('; ');
}

function valid(c: CodeFinding, q: AnswerQuestion, f: AnswerFacts): Answer {
  const set = c.edition ?? 'ICD-10-PCS';
  const fy = q.dateOfService ? fiscalYear(q.dateOfService) : null;
  const year = Number(/FY(\d{4})/.exec(set)?.[1] ?? 0);
  const when = year ? ` (discharges October 1, ${year - 1} to September 30, ${year})` : '';
  const newer = fy && year && fy !== year ? ` For a discharge in FY${fy}, check that year's code set.` : '';
  const table = f.tabular?.pcsTables.find((t) => t.code === c.code.slice(0, 3));
  const root = c.code[0] === '0' ? ROOT_OPERATIONS[c.code[2]!] : undefined;
  const objective = root ? ` Its root operation is ${root[0]}: ${root[1]}.` : '';
  const detail = ASKS_MEANING.test(q.text)
    ? ` Characters: ${characters(c.code)}${table ? `; table ${table.code}: ${table.title}` : ''}.`
    : '';
  return pcsAnswer(
    [c.code],
    `${c.code} is a valid code in the ${set} code set${when}: ${c.descriptor ?? ''}.${objective}${detail}${newer}`,
    'A PCS code is valid for the fiscal year of the discharge date; each of its seven characters has a fixed meaning in its section, and the root operation is chosen by the objective of the procedure.',
    `${CMS_PCS}; ${PCS_GUIDE}, A and B3.1a`,
  );
}

function invalid(c: CodeFinding, q: AnswerQuestion, f: AnswerFacts): Answer {
  const table = f.tabular?.pcsTables.find((t) => t.code === c.code.slice(0, 3));
  const where = table
    ? `its table ${table.code} (${table.title}) exists, but this combination of body part, approach, device and qualifier is not a valid code in it`
    : `no PCS table starts with ${c.code.slice(0, 3)}`;
  const near = nearCodes(c.code, q, f);
  return pcsAnswer(
    [c.code],
    `${c.code} is not a valid ICD-10-PCS code for this discharge date: ${where}.${near ? ` ${near}` : ''}`,
    'Only the character combinations listed in a PCS table row are valid codes.',
    `${CMS_PCS}; ${PCS_GUIDE}, A.`,
    { warning: true, settled: false, needs: 'the operative report, to build the code from its table' },
  );
}

/** Two asked PCS codes of one section and root operation (alternatives): the characters that differ. */
function difference(codes: CodeFinding[]): Answer | null {
  const pairs = codes.flatMap((a, i) => codes.slice(i + 1).map((b) => [a, b] as const));
  const pair = pairs.find(([a, b]) => a.code[0] === b.code[0] && a.code[2] === b.code[2]);
  if (!pair) return null;
  const [a, b] = pair;
  const axes = axesOf(a.code);
  const differ = [...a.code].flatMap((ch, i) => (b.code[i] !== ch ? [axes[i]!] : []));
  const layers = /skin|subcutaneous|muscle|fascia|tendon/i.test(`${a.descriptor} ${b.descriptor}`)
    ? ' When layers overlap, the body part is the deepest layer repaired or excised (for a perineal laceration: skin for first degree, muscle for second degree).'
    : '';
  return pcsAnswer(
    [a.code, b.code],
    `${a.code} (${a.descriptor}) or ${b.code} (${b.descriptor}): they differ in ${listing([...new Set(differ)])}.${layers} The operative report decides which one describes what was done.`,
    'Each procedure is coded by its objective (root operation), the body part actually operated on, the approach and any device left in.',
    `${PCS_GUIDE}, B3.1a, B3.5, B4.1a and B5.2`,
    { settled: false, needs: 'the operative report (what was done, to which body part, by which approach)' },
  );
}

function settingAnswer(codes: string[]): Answer {
  return pcsAnswer(
    codes,
    'ICD-10-PCS codes go only on the hospital\u2019s inpatient claim (UB-04/837I); the physician\u2019s claim and every outpatient claim (hospital outpatient, ASC, office) report the procedure with CPT/HCPCS codes instead.',
    'HIPAA names ICD-10-PCS for inpatient hospital procedures and CPT/HCPCS for physician and outpatient services.',
    '45 CFR 162.1002 (HIPAA code sets); ICD-10-PCS Official Guidelines FY2026, introduction',
  );
}

export const pcsRule: AnswerRule = {
  kind: 'icd10pcs',
  name: 'ICD-10-PCS',
  answer(q: AnswerQuestion, f: AnswerFacts): Answer[] {
    const pcs = f.codes.filter(
      (c) =>
        c.system === 'icd10pcs' ||
        (c.system === 'unknown' &&
          /^[0-9A-HJ-NP-Z]{7}$/.test(c.code) &&
          /^[0-9B-DFGHX]/.test(c.code) &&
          /\d/.test(c.code.slice(1))),
    );
    if (!q.kinds.includes('icd10pcs') && !pcs.length) return [];
    const out: Answer[] = pcs.map((c) => (c.status === 'valid' ? valid(c, q, f) : invalid(c, q, f)));
    const diff = difference(pcs.filter((c) => c.status === 'valid'));
    if (diff) out.push(diff);
    const cpt = f.codes.some((c) => c.system === 'cpt' || c.system === 'hcpcs');
    if (MIXED_SETTING.test(q.text) || cpt) out.push(settingAnswer(pcs.map((c) => c.code)));
    if (!pcs.length) out.push(...pcsWordsAnswer(q, f));
    return out;
  },
};
