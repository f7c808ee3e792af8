// JW and JZ, asked in general: a drug from a single-dose container takes JZ when none was discarded and
// a JW line for the amount discarded; multi-dose containers take neither (Medicare Claims Processing
// Manual ch. 17 §40). A question giving the drug's dose is answered, with the units, by the drug-units
// rule; this one answers the rest.
import { isDrugCode } from '../question/code-families.js';
import type { Answer, AnswerFacts, AnswerQuestion, AnswerRule } from '../types.js';
import { BENEFIT_SOURCES, otherPayer } from './benefits-common.js';

const ABOUT = /\bJ[WZ]\b|\bdiscard\w*|\bwast(?:ed|age|e)\b|\bsingle[- ]?(?:dose|use)\b|\bmulti[- ]?dose\b/i;
const MULTI = /\bmulti[- ]?(?:dose|use)\b|\bMDV\b/i;
const NONE_LEFT =
  /\b(whole|entire|full|all\s+of\s+the)\s+(vial|syringe|container|dose)|\bno\s+(waste|wastage|discard)|\bnothing\s+(was\s+)?(wasted|discarded)/i;

export const discardedDrugRule: AnswerRule = {
  kind: 'medicare-benefit',
  name: 'JW and JZ for discarded drug',
  answer(q: AnswerQuestion, _f: AnswerFacts): Answer[] {
    if (!ABOUT.test(q.text)) return [];
    const drugs = q.codes.filter((c) => isDrugCode(c.code)).map((c) => c.code);
    // With a dose stated, the drug-units answer counts the JW units itself.
    if (drugs.length && q.cues.doses.length) return [];
    const code = drugs[0] ?? 'the drug';
    const conclusion = MULTI.test(q.text)
      ? `No: JW and JZ are only for drugs from single-dose containers; from a multi-dose vial neither is used, and the amount left in the vial is not billed.`
      : NONE_LEFT.test(q.text)
        ? `Yes: report JZ on the ${code} line when it came from a single-dose container and nothing was discarded (Medicare Part B, required since July 1, 2023); JW is only for a discarded amount.`
        : `For Medicare Part B, a drug from a single-dose container takes JZ on its line when nothing was discarded (required since July 1, 2023); when part was discarded, report the amount given on one line and the discarded amount on a second line with JW, with the waste documented. Multi-dose containers take neither.`;
    return [
      {
        kind: 'medicare-benefit',
        codes: drugs,
        conclusion: `${conclusion} ${otherPayer(q)}`.trim(),
        rule: 'Medicare pays the discarded part of a single-dose container when billed on its own line with JW; JZ attests that none was discarded; multi-dose containers are billed by the amount given only.',
        source: BENEFIT_SOURCES.discarded,
        settled: true,
      },
    ];
  },
};
