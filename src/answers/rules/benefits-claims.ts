// Medicare claim conventions asked in words: the KX modifier for therapy above the yearly threshold,
// locum tenens (Q6) and reciprocal billing (Q5), and the 2% sequestration cut on every payment.
import { MCPM } from '../sources.js';
import type { Answer, AnswerQuestion, AnswerRule } from '../types.js';

const THERAPY =
  /\b97\d{3}\b|\bPT\b|\bOT\b|\bSLP\b|\bphysical\s+therapy\b|\boccupational\s+therapy\b|\bspeech\b/i;

function kx(q: AnswerQuestion): Answer[] {
  if (!/\bKX\b|\btherapy\s+(?:cap|threshold)\b/i.test(q.text) || !THERAPY.test(q.text)) return [];
  return [
    {
      kind: 'modifier',
      codes: q.codes.map((c) => c.code),
      conclusion:
        "Once the patient's therapy allowed amounts for the year pass Medicare's KX threshold (one amount for PT and SLP combined, another for OT, set each year in the PFS final rule), add KX to each therapy line that stays medically necessary and documented as such; lines above the threshold without KX are denied. KX does not stop targeted medical review of claims above the review amount.",
      rule: 'Therapy above the yearly threshold is paid only with KX, which attests that it is medically necessary and documented.',
      source: `${MCPM} ch. 5 §10.3; Medicare Benefit Policy Manual ch. 15 §220`,
      settled: true,
    },
  ];
}

function substitute(q: AnswerQuestion): Answer[] {
  if (
    !/\blocum(?:\s+tenens)?\b|\breciprocal\s+billing\b|\bcovering\s+(?:physician|doctor|for)\b/i.test(q.text)
  )
    return [];
  return [
    {
      kind: 'modifier',
      codes: q.codes.map((c) => c.code),
      conclusion:
        "The regular physician bills the substitute's services under the regular physician's own number with modifier Q6 on each line when the practice pays the substitute for the time (locum tenens), or Q5 when a physician covers under a reciprocal arrangement; the regular physician must be unavailable, and one substitute may cover for no more than 60 continuous days.",
      rule: 'Services of a substitute physician are billed by the regular physician with Q6 (paid locum tenens) or Q5 (reciprocal), for up to 60 continuous days.',
      source: `Medicare Claims Processing Manual ch. 1 §30.2.10 and §30.2.11`,
      settled: true,
    },
  ];
}

/** "Why 2% less?": sequestration, which needs no code to answer (the payment rule asks for none). */
export const asksSequestration = (text: string): boolean =>
  /\bsequest\w*|\b2\s?%\s+(?:less|lower|cut|reduction)\b|\b(?:less|lower)\s+than\s+the\s+fee\s+schedule\b/i.test(
    text,
  );

function sequestration(q: AnswerQuestion): Answer[] {
  if (!asksSequestration(q.text)) return [];
  return [
    {
      kind: 'payment',
      codes: q.codes.map((c) => c.code),
      conclusion:
        "That is sequestration: Medicare cuts every fee-for-service payment by 2% after the deductible and coinsurance are applied, under federal budget law; the remittance shows it as an adjustment with reason code 253. The patient's coinsurance is figured on the full allowed amount.",
      rule: 'Medicare payments are reduced by 2% (sequestration) after cost sharing.',
      source:
        'CMS MLN Matters, mandatory payment reductions in the Medicare fee-for-service program (sequestration); X12 CARC 253',
      settled: true,
    },
  ];
}

export const claimConventionsRule: AnswerRule = {
  kind: 'medicare-benefit',
  name: 'therapy KX, substitute physicians and sequestration',
  answer: (q) => [...kx(q), ...substitute(q), ...sequestration(q)],
};
