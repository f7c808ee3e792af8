// Wording the bundling answers share: which edition and setting an edit came from, what makes a service
// distinct, and the answer when no edit pairs the codes.
import type { PairFinding } from '../../coding/types.js';
import type { Setting } from '../../coding/lookup.types.js';
import { SOURCES } from '../sources.js';
import { listing } from '../text.js';
import type { Answer, AnswerFacts } from '../types.js';

/** The rules behind imaging guidance inside a procedure, whether the guidance is written as a code or in words. */
export const GUIDANCE_INCLUDED_RULE =
  'When a code describes a procedure that includes radiologic guidance, no separate guidance code (fluoroscopy, ultrasound, CT, MR) is reported for it.';
export const GUIDED_CODE_RULE =
  'Where a procedure has a code that includes imaging guidance, the guided procedure is that one code, never the unguided code plus a guidance code.';

export const distinctService =
  'the record shows a distinct service: a separate session or encounter, a different anatomic site or organ, a separate incision or lesion';

export const settingLabel = (s: Setting): string =>
  s === 'practitioner' ? 'practitioner edits' : 'outpatient hospital edits';

export const editLabel = (p: PairFinding, f: AnswerFacts): string =>
  `${p.edition}${f.settingStated ? '' : `, ${settingLabel(p.setting)}`}`;

const isPtp = (dataset: string): boolean => /ptp/.test(dataset) && !/rationale/.test(dataset);

const DISTINCT = ['59', 'XE', 'XS', 'XP', 'XU'];

export function noEditAnswer(
  procedures: string[],
  f: AnswerFacts,
  modifiers: readonly string[] = [],
): Answer | null {
  const valid = procedures.filter((c) => f.codes.some((k) => k.code === c && k.status === 'valid'));
  // A code Medicare never pays separately (PFS status B, bundled) is no "yes, each may be reported".
  if (valid.length < 2 || valid.some((c) => f.codes.find((k) => k.code === c)?.rvu?.statusCode === 'B'))
    return null;
  const edition = f.editions.find((e) => isPtp(e.dataset));
  return {
    kind: 'bundling-PTP',
    codes: valid,
    conclusion: `Yes, as far as NCCI goes: no NCCI PTP edit pairs ${listing(valid)}${edition ? ` in ${edition.label}` : ''}, so each may be reported when documented${modifiers.some((m) => DISTINCT.includes(m)) ? ', and no 59 or X modifier is needed (those only bypass an edit)' : ''}. Global surgery rules, multiple-procedure reductions and the payer's own policies still apply.`,
    rule: 'Codes that no PTP edit pairs are not bundled by NCCI; other payment rules still apply.',
    source: SOURCES.ptp,
    settled: true,
  };
}
