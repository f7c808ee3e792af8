// The answers step: findings of the analysis in, the same findings with their answers out (pure). The
// question's kinds join `questionTypes`, so the reply and the desk read one vocabulary.
import type { Extraction, Findings, LookupResult, QuestionType } from '../coding/types.js';
import { buildQuestion } from './question/question.js';
import { answerQuestion } from './registry.js';
import type { AnswerFacts } from './types.js';

export function factsOf(
  findings: Findings,
  lookup: LookupResult,
  hospital: LookupResult | null = null,
): AnswerFacts {
  return {
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
    editions: findings.editions,
  };
}

export function withAnswers(
  findings: Findings,
  extraction: Extraction,
  lookup: LookupResult,
  text: string,
  hospital: LookupResult | null = null,
): Findings {
  const question = buildQuestion(text, extraction);
  const answers = answerQuestion(question, factsOf(findings, lookup, hospital));
  const kinds: QuestionType[] = question.kinds.length ? question.kinds : findings.questionTypes;
  return { ...findings, questionTypes: kinds, answers };
}
