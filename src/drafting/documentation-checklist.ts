// What the record should show for the kind of question asked; a modifier question gets the
// documentation each modifier the asker named needs (NCCI Policy Manual ch. I, CMS global surgery rules).
import type { Findings, QuestionType } from '../coding/types.js';

const DISTINCT =
  'For 59 or XE/XS/XP/XU: where (site, side, incision, lesion) or when (separate session) the service was done, stated so a reviewer can find it.';

const BY_MODIFIER: Record<string, string> = {
  '25': 'For modifier 25: an E/M note that stands on its own, a significant and separately identifiable evaluation beyond the usual assessment before a procedure (a decision for a 90-day procedure takes 57 instead).',
  '57': 'For modifier 57: the visit note recording the decision for surgery made that day or the day before.',
  '24': 'For modifier 24: a visit during the global period for a problem unrelated to the surgery, and the note saying so.',
  '79': 'For modifier 79: a procedure during the global period that is unrelated to the first one.',
  '58': 'For modifier 58: a planned, staged or more extensive procedure during the global period, with the plan in the record.',
  '78': 'For modifier 78: an unplanned return to the operating room for a related problem.',
  '50': 'For modifier 50: both sides treated, each described in the note.',
  RT: 'For RT/LT: the side treated, in the note for each side.',
  LT: 'For RT/LT: the side treated, in the note for each side.',
  '26': 'For modifier 26: a signed interpretation and report by the billing practitioner.',
  TC: 'For modifier TC: equipment, staff and supplies furnished by the billing entity.',
  '76': 'For 76 or 77: the time of each procedure and why it was repeated.',
  '77': 'For 76 or 77: the time of each procedure and why it was repeated.',
  '91': 'For modifier 91: a repeat test for a new result, not a rerun to confirm the first.',
  '59': DISTINCT,
  XE: DISTINCT,
  XS: DISTINCT,
  XP: DISTINCT,
  XU: DISTINCT,
};

const BY_TYPE: Partial<Record<QuestionType, string[]>> = {
  'bundling-PTP': [
    'A procedure note describing each service you report, each with its own indication.',
    DISTINCT,
  ],
  modifier: ['The note that supports the modifier: what makes the service separate or distinct.'],
  'units-MUE': [
    'The number of units, with the time, site or session of each.',
    'For units above the MUE: records showing each was medically necessary, for an appeal.',
  ],
  'diagnosis-selection': [
    "The provider's documented diagnoses, including the underlying condition and how the conditions are linked.",
    'Site, laterality and type where the code needs them.',
  ],
  coverage: [
    'The indication and the diagnosis that make the service medically necessary.',
    'Any national or local coverage determination (NCD/LCD) for the service, and the diagnoses it lists.',
    'An Advance Beneficiary Notice signed before the service when Medicare may deny it as not reasonable and necessary.',
  ],
  'global-period': [
    'The date of the surgery and of each later service.',
    'Whether each later service is related to the surgery (unrelated visits take 24, unrelated procedures 79, staged ones 58, returns to the OR 78).',
  ],
  definition: [
    'The procedure note: approach, what was done, any imaging guidance (with a saved image and a report), and any device left in place.',
  ],
  other: ['The procedure note and the diagnoses for this encounter.'],
};

const IMAGING =
  'For imaging guidance reported separately: a saved image and a written report of the guidance.';

export function documentationChecklist(f: Findings): string[] {
  // A diagnosis question with no procedure in it needs no procedure note.
  const procedure = f.codes.some(
    (c) => c.system === 'cpt' || c.system === 'hcpcs' || c.system === 'icd10pcs',
  );
  const diagnosisOnly =
    f.questionTypes.includes('diagnosis-selection') && !f.questionTypes.includes('icd10pcs') && !procedure;
  const items = f.questionTypes
    .filter((t) => !(diagnosisOnly && t === 'definition'))
    .flatMap((t) => BY_TYPE[t] ?? []);
  // Modifiers on a code, and those written apart from any code ("Modifier 25 on the E/M?").
  const loose = f.mentions
    .filter((m) => m.kind === 'modifier' && m.code !== null)
    .map((m) => m.code as string);
  const ruledOut = new Set((f.answers ?? []).flatMap((a) => a.notModifiers ?? []));
  const modifiers = [...f.codes.flatMap((c) => c.modifiers), ...loose].filter((m) => !ruledOut.has(m));
  const specific = modifiers.map((m) => BY_MODIFIER[m]).filter((s): s is string => s !== undefined);
  if (specific.length > 0) {
    const generic = BY_TYPE.modifier?.[0];
    items.splice(0, items.length, ...items.filter((i) => i !== generic), ...specific);
  }
  // CPT radiology codes are 7xxxx; guidance billed next to a procedure needs its own image and report.
  const imaging = f.codes.some((c) => c.system === 'cpt' && c.code.startsWith('7'));
  if (imaging && f.codes.length > 1) items.push(IMAGING);
  if (items.length === 0) items.push(...(BY_TYPE.other ?? []));
  return [...new Set(items)];
}
