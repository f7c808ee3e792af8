// Pairs and order of the asker's ICD-10-CM codes: the conventions that settle a pair (our table and the
// Tabular List's notes), and, when none does, the rule for the first-listed or principal diagnosis,
// which the documentation decides. Also how a code is written: the placeholder X and the claim's dot.
import { ICD_GUIDELINES } from '../sources.js';
import { listing } from '../text.js';
import type { Answer, AnswerFacts, AnswerQuestion } from '../types.js';
import { conventionsFor, fill } from './diagnosis-conventions.js';
import { noteFindings } from './diagnosis-notes.js';

const ASKS_ORDER =
  /\b(?:first|primary|principal|sequenc\w*|order|first-listed|goes\s+first|secondary|primary\s+dx|which\s+one\s+first)\b/i;

const pairAnswer = (codes: string[], conclusion: string, source: string, rule: string): Answer => ({
  kind: 'diagnosis-selection',
  codes,
  conclusion,
  rule,
  source,
  settled: true,
});

export function pairAnswers(q: AnswerQuestion, f: AnswerFacts, codes: readonly string[]): Answer[] {
  const out: Answer[] = [];
  const settledPairs = new Set<string>();
  for (const { rule, a, b } of conventionsFor(codes)) {
    settledPairs.add([a, b].sort().join('|'));
    const text = fill(rule.says, a, b);
    out.push(
      pairAnswer(
        [a, b],
        `${text[0]!.toUpperCase()}${text.slice(1)}.`,
        rule.section,
        'The classification and the Official Guidelines settle how these codes are reported together and in which order.',
      ),
    );
  }
  for (const n of noteFindings(codes, f.tabular?.notes ?? [])) {
    const key = n.other ? [n.code, n.other].sort().join('|') : null;
    if (key && settledPairs.has(key)) continue;
    if (key) settledPairs.add(key);
    out.push(
      pairAnswer(
        n.other ? [n.code, n.other] : [n.code],
        `${n.says}.`,
        `${n.section}; Tabular List note at ${n.note.code}`,
        'Instructional notes in the Tabular List govern which codes are reported together and their order.',
      ),
    );
  }
  out.push(...adverseEffectAnswers(codes), ...historyOfCancerAnswers(codes));
  if (codes.length >= 2 && ASKS_ORDER.test(q.text) && !out.some((a) => a.codes.length >= 2))
    out.push({
      kind: 'diagnosis-selection',
      codes: [...codes],
      conclusion: `No convention fixes the order of ${listing([...codes])}: list first the condition chiefly responsible for the encounter (outpatient: the first-listed diagnosis; inpatient: the principal diagnosis, the condition established after study to have occasioned the admission), as the provider documents it.`,
      rule: 'The first-listed (outpatient) or principal (inpatient) diagnosis is the reason for the encounter as documented; coexisting conditions that affect care follow.',
      source: `${ICD_GUIDELINES}, Section II and Section IV.A and IV.G`,
      settled: false,
      needs: "the provider's documentation of the reason for the encounter (query the provider when unclear)",
    });
  return out;
}

/** A T36-T50 code whose 6th character is 5: an adverse effect of a drug correctly prescribed and taken. */
const isAdverseEffect = (code: string) => /^T(?:3[6-9]|4\d|50)\w{2}5/.test(code.replace('.', ''));

/** A T code still missing its 7th character, written with A and what A means (I.C.19.a). */
const withEncounter = (code: string) =>
  code.replace('.', '').length === 6
    ? `${code}A (7th character A while the effect is actively treated; D for later encounters, S for a sequela)`
    : code;

/** An adverse effect is coded by its nature first, the drug's T code after it (I.C.19.e.5.a). */
function adverseEffectAnswers(codes: readonly string[]): Answer[] {
  const drugs = codes.filter(isAdverseEffect);
  if (!drugs.length) return [];
  const effects = codes.filter((c) => !/^[TVWXY]/.test(c));
  const first = effects.length
    ? listing(effects)
    : 'the code for the nature of the effect as the provider documents it (the rash, the dermatitis, the bleeding...)';
  return [
    pairAnswer(
      [...effects, ...drugs],
      `For an adverse effect of a drug correctly prescribed and properly taken, report ${first} first and ${listing(drugs.map(withEncounter))} after it for the drug; a poisoning (wrong drug, wrong dose, overdose, or a drug taken with alcohol) is coded differently, with the T code first.`,
      `${ICD_GUIDELINES}, I.C.19.e.5.a`,
      'The nature of an adverse effect is sequenced first, followed by the T36-T50 adverse-effect code for the drug.',
    ),
  ];
}

/** A Z85 code is a cancer's history, not a current cancer: when it fits and when it does not (I.C.2.d). */
function historyOfCancerAnswers(codes: readonly string[]): Answer[] {
  const history = codes.filter((c) => c.startsWith('Z85'));
  if (!history.length) return [];
  return [
    pairAnswer(
      history,
      `${listing(history)} fits a primary malignancy that was excised or eradicated, with no further treatment directed to that site and no evidence of any existing primary malignancy; while treatment is still directed to the site, the cancer itself is coded instead.`,
      `${ICD_GUIDELINES}, I.C.2.d`,
      'A personal history code replaces the cancer code once the cancer is gone and no treatment is directed to it.',
    ),
  ];
}

/** How the codes are written: the placeholder X, and the dot left out on the 837. */
export function writingAnswers(q: AnswerQuestion, codes: readonly string[]): Answer[] {
  const out: Answer[] = [];
  const withX = codes.filter((c) => /^[A-Z]\d\d\.[0-9A-Z]*X/.test(c));
  if (
    withX.length &&
    /\bthe\s+X\b|\bplaceholder\b|\bX\s+(?:in|needed|required)\b|\bneed\s+the\s+X\b/i.test(q.text)
  )
    out.push(
      pairAnswer(
        withX,
        `Yes: the X in ${listing(withX)} is a placeholder and must be written; without it the code is invalid.`,
        `${ICD_GUIDELINES}, I.A.4 and I.A.5`,
        'A placeholder X holds the place of a character the code does not use, so that a 7th character stays in the 7th position.',
      ),
    );
  if (codes.length && /\b(?:dot|decimal|period)\b/i.test(q.text))
    out.push(
      pairAnswer(
        [...codes],
        `On the electronic claim (837) diagnosis codes are sent without the decimal point (${codes.map((c) => c.replace('.', '')).join(', ')}); the dot after the third character is written only in records and on paper.`,
        'X12 837 implementation guides (HI segment); ICD-10-CM Tabular List format',
        'The 837 carries ICD-10-CM codes without the decimal; the characters are otherwise the same.',
      ),
    );
  return out;
}
