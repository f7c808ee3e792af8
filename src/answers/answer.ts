// The answers step: findings of the analysis in, the same findings with their answers out (pure). The
// question's kinds join `questionTypes`, so the reply and the desk read one vocabulary.
import type { QuestionReferenceFacts } from '../coding/icd-facts.types.js';
import type { Extraction, Findings, QuestionType } from '../coding/types.js';
import type { LookupResult } from '../coding/lookup.types.js';
import { buildQuestion } from './question/question.js';
import { answerQuestion } from './registry.js';
import type { AnswerFacts } from './types.js';
import type { LocalityGpci } from '../refdata/repositories/gpci.repository.js';

/** Facts beyond the one look-up, each fetched only for questions that need them. */
export interface MoreFacts {
  /** The hospital's own edits, when the question names a hospital but not whose claim. */
  hospital?: LookupResult | null;
  /** Diagnosis and PCS facts of the question (index walk, tabular notes, PCS search). */
  reference?: QuestionReferenceFacts | null;
  /** Every locality's GPCIs, for payment questions. */
  gpci?: LocalityGpci[];
}

export function factsOf(findings: Findings, lookup: LookupResult, more: MoreFacts = {}): AnswerFacts {
  const hospital = more.hospital ?? null;
  return {
    ...referenceOf(more.reference ?? null, lookup),
    ...(more.gpci?.length ? { gpci: more.gpci } : {}),
    hospitalPtp: hospital?.ptp ?? null,
    effectiveDate: findings.effectiveDate,
    setting: findings.setting,
    settingStated: findings.settingStated,
    codes: findings.codes,
    pairs: findings.pairs,
    ptp: lookup.ptp,
    units: findings.units,
    mue: lookup.mue,
    addOns: lookup.addOns,
    rvu: lookup.rvu,
    endoscopyBases: lookup.endoscopyBases ?? [],
    editions: findings.editions,
  };
}

/** The question's diagnosis and PCS facts, each walked code checked against the look-up's tabular facts. */
function referenceOf(reference: QuestionReferenceFacts | null, lookup: LookupResult): Partial<AnswerFacts> {
  if (!reference) return {};
  const walk = reference.indexWalk;
  const tabular: NonNullable<AnswerFacts['indexWalk']>['tabular'] = {};
  for (const s of walk?.suggestions ?? []) {
    const fact = lookup.codes.find((c) => c.code === s.code && c.system === 'icd10cm' && c.known);
    tabular[s.code] = {
      title: fact?.descriptor ?? null,
      billable: fact ? fact.billable : null,
      children: (fact?.billableChildren ?? []).map((k) => ({
        code: k.code,
        title: k.description,
        billable: true,
      })),
    };
  }
  return {
    tabular: reference.tabular,
    indexWalk: walk ? { ...walk, tabular } : null,
    pcsSearch: reference.pcsSearch,
  };
}

export function withAnswers(
  findings: Findings,
  extraction: Extraction,
  lookup: LookupResult,
  text: string,
  more: MoreFacts = {},
): Findings {
  const question = buildQuestion(text, extraction);
  const answers = answerQuestion(question, factsOf(findings, lookup, more));
  const kinds: QuestionType[] = question.kinds.length ? question.kinds : findings.questionTypes;
  return { ...findings, questionTypes: kinds, answers };
}
