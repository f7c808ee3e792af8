// Signs and symptoms beside a diagnosis: a diagnosis documented as probable or suspected is not coded on
// an outpatient claim (the symptoms are), while an inpatient record codes it as if established; and a
// symptom that is routinely part of a confirmed diagnosis is not coded beside it.
import { ICD_GUIDELINES } from '../sources.js';
import { listing } from '../text.js';
import type { Answer, AnswerQuestion } from '../types.js';

// "possible" and "likely" only before a condition, not in "is it possible to bill".
const UNCERTAIN =
  /\b(?:probable|probably|suspected|suspect|suspicion\s+of|questionable|presumed|presumptive|rule[\s-]?out|r\/o|working\s+diagnosis)\b|\b(?:possible|likely)\s+(?!to\b|be\b|get\b|that\b|is\b|not\b)[a-z]/i;
const INPATIENT = /\binpatient\b|\binpt\b|\badmitted\b|\badmission\b|\bdischarge\w*\b|\bhospital\s+stay\b/i;
const OUTPATIENT =
  /\boutpatient\b|\burgent\s+care\b|\bUC\b|\boffice\b|\bclinic\b|\bED\b|\bER\b|\bemergency\b|\bobservation\b|\bphysician\s+claim\b|\bpro\s*fee\b/i;
const ASKS_BOTH = /\bboth\b|\btogether\b|\balso\b|\bas\s+well\b|\balong\s+with\b|\bwith\b|\band\b|\+/i;

// Common documented symptoms and the code each takes when nothing more specific is documented.
// prettier-ignore
export const SYMPTOMS: readonly [RegExp, string, string][] = [
  [/\bnausea\s+(?:and|&|w\/|with)\s+vomiting\b|\bN\/V\b/i, 'R11.2', 'nausea with vomiting'],
  [/\bcough\w*\b/i, 'R05.9', 'cough'],
  [/\bfevers?\b|\bfebrile\b/i, 'R50.9', 'fever'],
  [/\bheadaches?\b/i, 'R51.9', 'headache'],
  [/\bchest\s+pain\b/i, 'R07.9', 'chest pain'],
  [/\babd(?:ominal)?\s+pain\b/i, 'R10.9', 'abdominal pain'],
  [/\bshortness\s+of\s+breath\b|\bSOB\b/i, 'R06.02', 'shortness of breath'],
  [/\bwheez\w*/i, 'R06.2', 'wheezing'],
  [/\bdizz\w*/i, 'R42', 'dizziness'],
  [/\bfatigue\b/i, 'R53.83', 'fatigue'],
  [/\bsyncope\b|\bfainted\b/i, 'R55', 'syncope'],
  [/\bpalpitations?\b/i, 'R00.2', 'palpitations'],
  [/\bdiarrh?ea\b/i, 'R19.7', 'diarrhea'],
  [/\bsore\s+throat\b/i, 'R07.0', 'sore throat'],
];

const answer = (
  codes: string[],
  conclusion: string,
  section: string,
  rule: string,
  settled = true,
): Answer => ({
  kind: 'diagnosis-selection',
  codes,
  conclusion,
  rule,
  source: `${ICD_GUIDELINES}, ${section}`,
  settled,
  needs: settled ? undefined : 'whether the provider documents the symptom as part of the diagnosis',
});

/** The symptoms named in the question, with their codes. */
export const symptomsIn = (text: string): { code: string; name: string }[] =>
  SYMPTOMS.filter(([re]) => re.test(text)).map(([, code, name]) => ({ code, name }));

function uncertainDiagnosis(q: AnswerQuestion, codes: readonly string[]): Answer[] {
  if (!UNCERTAIN.test(q.text)) return [];
  const asked = codes.filter((c) => !c.startsWith('R') && !c.startsWith('Z'));
  const symptoms = symptomsIn(q.text);
  const instead = symptoms.length
    ? `code the signs and symptoms documented instead: ${listing(symptoms.map((s) => `${s.code} (${s.name})`))}`
    : 'code the signs and symptoms documented instead, to the highest certainty known';
  const what = asked.length ? listing(asked, 'or') : 'the uncertain diagnosis';
  const inpatient = INPATIENT.test(q.text) && !OUTPATIENT.test(q.text);
  if (inpatient)
    return [
      answer(
        asked,
        `On an inpatient record, a diagnosis still documented as probable, suspected or to be ruled out at discharge is coded as if it existed: ${what} may be reported (the physician's own claim follows the outpatient rule instead).`,
        'Section II.H and Section III.C',
        'Uncertain diagnoses are coded as established for inpatient admissions to short-term acute care hospitals.',
      ),
    ];
  return [
    answer(
      [...asked, ...symptoms.map((s) => s.code)],
      `Do not code ${what} for a diagnosis documented as probable, suspected or rule-out on an outpatient or physician claim; ${instead}. If the test result later confirms it, the confirmed diagnosis is coded then.`,
      'Section IV.H',
      'Outpatient and physician claims never code an uncertain diagnosis; the signs and symptoms are coded.',
    ),
  ];
}

function symptomWithDiagnosis(q: AnswerQuestion, codes: readonly string[]): Answer[] {
  const symptoms = codes.filter((c) => c.startsWith('R') && !c.startsWith('R65'));
  const definitive = codes.filter((c) => !c.startsWith('R') && !c.startsWith('Z'));
  if (!symptoms.length || !definitive.length || !ASKS_BOTH.test(q.text) || UNCERTAIN.test(q.text)) return [];
  const main = listing(definitive, 'and');
  const sign = listing(symptoms, 'and');
  return [
    answer(
      [...definitive, ...symptoms],
      `Report ${main} alone when ${sign} is a symptom of it: a sign or symptom routinely part of a confirmed diagnosis is not coded beside it. ${sign} is coded as well only when it is not routinely associated with that condition.`,
      'I.B.4, I.B.5 and I.B.6; Section IV.D',
      'Codes for signs and symptoms are used only until a related definitive diagnosis is established, or for symptoms not part of it.',
      false,
    ),
  ];
}

/** Answers on symptom codes: uncertain diagnoses, and symptoms beside a confirmed diagnosis. */
export function symptomAnswers(q: AnswerQuestion, codes: readonly string[]): Answer[] {
  return [...uncertainDiagnosis(q, codes), ...symptomWithDiagnosis(q, codes)];
}
