// A single asked ICD-10-CM code that the classification does not let stand alone: a manifestation code
// whose etiology goes first (dementia in other diseases, a COVID-19 pneumonia), and a condition in a
// pregnant patient, which chapter 15 takes over. The partner is named from the question's own words.
import { ICD_GUIDELINES } from '../sources.js';
import type { Answer, AnswerQuestion } from '../types.js';
import { bare } from './diagnosis-words.js';
import { ckdStageAnswers, examFindingAnswers } from './diagnosis-partners.js';

interface Etiology {
  words: RegExp;
  code: string;
  title: string;
}

// prettier-ignore
export const DEMENTIA_ETIOLOGY: readonly Etiology[] = [
  { words: /\balzheimer'?s?\b[^.?!]{0,30}\bearly[\s-]onset\b|\bearly[\s-]onset\s+alzheimer/i, code: 'G30.0', title: "Alzheimer's disease with early onset" },
  { words: /\balzheimer'?s?\b[^.?!]{0,30}\blate[\s-]onset\b|\blate[\s-]onset\s+alzheimer/i, code: 'G30.1', title: "Alzheimer's disease with late onset" },
  { words: /\balzheimer/i, code: 'G30.9', title: "Alzheimer's disease, unspecified" },
  { words: /\bparkinson/i, code: 'G20.A1', title: "Parkinson's disease, when no dyskinesia or fluctuations are documented" },
  { words: /\blewy\b/i, code: 'G31.83', title: 'neurocognitive disorder with Lewy bodies' },
  { words: /\bhuntington/i, code: 'G10', title: "Huntington's disease" },
  { words: /\bmultiple\s+sclerosis\b/i, code: 'G35.-', title: 'multiple sclerosis, by its documented type' },
];

// A condition in pregnancy: the chapter 15 subcategory that takes it over; the trimester is the last character.
// prettier-ignore
export const IN_PREGNANCY: readonly { prefixes: string[]; stem: string; what: string; alsoOwn: boolean }[] = [
  { prefixes: ['N39.0'], stem: 'O23.4', what: 'urinary tract infection in pregnancy', alsoOwn: false },
  { prefixes: ['N30'], stem: 'O23.1', what: 'infection of the bladder in pregnancy', alsoOwn: false },
  { prefixes: ['N10', 'N11', 'N12'], stem: 'O23.0', what: 'infection of the kidney in pregnancy', alsoOwn: false },
  { prefixes: ['I10'], stem: 'O10.01', what: 'pre-existing essential hypertension complicating pregnancy', alsoOwn: false },
  { prefixes: ['E11'], stem: 'O24.11', what: 'pre-existing type 2 diabetes in pregnancy', alsoOwn: true },
  { prefixes: ['E10'], stem: 'O24.01', what: 'pre-existing type 1 diabetes in pregnancy', alsoOwn: true },
  { prefixes: ['D50', 'D51', 'D52', 'D53', 'D64'], stem: 'O99.01', what: 'anemia complicating pregnancy', alsoOwn: true },
  { prefixes: ['E66'], stem: 'O99.21', what: 'obesity complicating pregnancy', alsoOwn: true },
  { prefixes: ['F32', 'F33', 'F41'], stem: 'O99.34', what: 'mental disorders complicating pregnancy', alsoOwn: true },
  { prefixes: ['J45'], stem: 'O99.51', what: 'respiratory disease complicating pregnancy', alsoOwn: true },
];

const PREGNANT =
  /\bpregnan(?:t|cy)\b|\bOB\s+(?:pt|patient)\b|\b\d{1,2}\s*(?:wks?|weeks?)\s+(?:pregnant|gestation|GA|IUP)\b|\b(?:at|@)\s+\d{1,2}\s*(?:wks?|weeks?)\b|\btrimester\b|\bG\d+P\d+/i;
const INCIDENTAL = /\bincidental\b|\bunrelated\s+to\s+(?:the\s+)?pregnancy\b/i;

const under = (code: string, prefixes: readonly string[]) =>
  prefixes.some((p) => bare(code).startsWith(bare(p)));

const answer = (codes: string[], conclusion: string, section: string, rule: string): Answer => ({
  kind: 'diagnosis-selection',
  codes,
  conclusion,
  rule,
  source: `${ICD_GUIDELINES}, ${section}`,
  settled: true,
});

/** Weeks of gestation the question states, when it states them. */
export function gestationWeeks(text: string): number | null {
  const m = /\b(\d{1,2})\s*(?:wks?|weeks?)\b/i.exec(text);
  const weeks = m ? Number(m[1]) : NaN;
  return weeks >= 1 && weeks <= 45 ? weeks : null;
}

/** The Z3A code for the weeks of gestation (under 8 and over 42 have codes of their own). */
export const weeksCode = (weeks: number): string =>
  weeks < 8 ? 'Z3A.01' : weeks > 42 ? 'Z3A.49' : `Z3A.${String(weeks).padStart(2, '0')}`;

function dementiaAlone(q: AnswerQuestion, codes: readonly string[]): Answer[] {
  const f02 = codes.find((c) => c.startsWith('F02'));
  if (!f02 || codes.some((c) => /^G(?:1|2|3)/.test(c))) return [];
  const cause = DEMENTIA_ETIOLOGY.find((e) => e.words.test(q.text));
  const first = cause
    ? `report ${cause.code} (${cause.title}) first, then ${f02}`
    : `report the code of the underlying condition first (such as G30.- for Alzheimer's disease), then ${f02}`;
  return [
    answer(
      [f02, ...(cause ? [cause.code] : [])],
      `${f02} is a manifestation code with a code-first note, never listed first: ${first}.`,
      'I.A.13',
      'A manifestation code is reported after the code of its underlying condition.',
    ),
  ];
}

function covidManifestationAlone(codes: readonly string[]): Answer[] {
  if (!codes.includes('J12.82') || codes.includes('U07.1')) return [];
  return [
    answer(
      ['U07.1', 'J12.82'],
      'For confirmed COVID-19 with pneumonia, report U07.1 first, then J12.82; J12.82 is not reported alone.',
      'I.C.1.g.1.a and I.C.1.g.1.c',
      'Confirmed COVID-19 is coded U07.1 first, with its manifestations after it.',
    ),
  ];
}

function inPregnancy(q: AnswerQuestion, codes: readonly string[]): Answer[] {
  if (!PREGNANT.test(q.text) || codes.some((c) => c.startsWith('O'))) return [];
  const condition = codes.find((c) => !c.startsWith('Z3') && !c.startsWith('Z'));
  if (!condition) return [];
  const weeks = gestationWeeks(q.text);
  const z3a = weeks === null ? 'a Z3A code for the weeks of gestation' : weeksCode(weeks);
  if (INCIDENTAL.test(q.text))
    return [
      answer(
        [condition, 'Z33.1'],
        `When the provider documents that the pregnancy is incidental to the visit, report ${condition} first and Z33.1 (pregnant state, incidental) after it.`,
        'I.C.15.a.1',
        'A pregnancy the provider calls incidental is shown with Z33.1 instead of a chapter 15 code.',
      ),
    ];
  const map = IN_PREGNANCY.find((m) => under(condition, m.prefixes));
  const trimester = weeks === null ? null : weeks < 14 ? 1 : weeks < 28 ? 2 : 3;
  const oCode = map
    ? trimester
      ? `${map.stem}${trimester}`
      : `${map.stem}- (${map.what}, with the trimester as its last character)`
    : 'the chapter 15 code (O00-O9A) for the condition in pregnancy, by trimester';
  const own = map?.alsoOwn ? `, ${condition} after it to name the condition,` : '';
  return [
    answer(
      [condition, ...(map && trimester ? [oCode] : []), ...(weeks === null ? [] : [z3a])],
      `Not ${condition} first: in a pregnant patient chapter 15 codes take precedence, so report ${oCode}${map && trimester ? ` (${map.what})` : ''}${own} and add ${z3a} for the weeks of gestation; ${condition} alone is used only when the provider documents the pregnancy as incidental (with Z33.1).`,
      'I.C.15.a.1 and I.C.15.b',
      'Conditions in pregnancy are coded from chapter 15 first, unless the provider says the pregnancy is incidental.',
    ),
  ];
}

// The diabetes drug the words name: insulin, an oral hypoglycemic, or an injectable that is not insulin.
// prettier-ignore
const DIABETES_DRUGS: [RegExp, string, string][] = [
  [/\binsulin\b|\blantus\b|\bhumalog\b|\bnovolog\b|\blevemir\b|\btresiba\b/i, 'Z79.4', 'long-term (current) use of insulin'],
  [/\bmetformin\b|\bglipizide\b|\bglimepiride\b|\bglyburide\b|\bpioglitazone\b|\bjanuvia\b|\bsitagliptin\b|\bjardiance\b|\bempagliflozin\b|\bfarxiga\b|\bdapagliflozin\b|\boral\s+(?:hypoglycemic|diabetes|antidiabetic)\w*/i, 'Z79.84', 'long-term (current) use of oral hypoglycemic drugs'],
  [/\bozempic\b|\bsemaglutide\b|\btrulicity\b|\bdulaglutide\b|\bliraglutide\b|\bvictoza\b|\bmounjaro\b|\btirzepatide\b|\bGLP-?1\b/i, 'Z79.85', 'long-term (current) use of injectable non-insulin antidiabetic drugs'],
];

function diabetesDrugs(q: AnswerQuestion, codes: readonly string[]): Answer[] {
  const dm = codes.find((c) => /^E(?:08|09|10|11|13)/.test(c));
  if (!dm || codes.some((c) => c.startsWith('Z79.4') || c.startsWith('Z79.8'))) return [];
  const drugs = DIABETES_DRUGS.filter(([words]) => words.test(q.text));
  if (!drugs.length) return [];
  const named = drugs.map(([, code, what]) => `${code} (${what})`).join(' and ');
  return [
    answer(
      [dm, ...drugs.map(([, code]) => code)],
      `Add ${named} after ${dm}; long-term use is coded for a diabetes drug taken routinely, not for insulin given only temporarily (for example to bring a type 2 patient's sugar under control during a stay)${dm.startsWith('E11') ? ', and a type 2 patient on insulin stays E11' : ''}.`,
      'I.C.4.a.3',
      'Long-term use of insulin, oral hypoglycemics or injectable non-insulin antidiabetic drugs is added to the diabetes code.',
    ),
  ];
}

/** Answers for asked codes that need a partner code, named from the question's words. */
export function companionAnswers(q: AnswerQuestion, codes: readonly string[]): Answer[] {
  return [
    ...dementiaAlone(q, codes),
    ...covidManifestationAlone(codes),
    ...inPregnancy(q, codes),
    ...diabetesDrugs(q, codes),
    ...ckdStageAnswers(q, codes),
    ...examFindingAnswers(codes),
  ];
}
