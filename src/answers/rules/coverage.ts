// Coverage: whether Medicare covers a service for the asker's patient. National frequency limits of the
// common screenings we state; what a PFS status means for coverage we state; which diagnoses an NCD or
// a MAC's LCD covers we do not hold, so the answer names the policy and its billing and coding article
// as what is needed and never guesses a diagnosis list. ABN questions get the ABN rules.
import type { RvuFact } from '../../coding/lookup.types.js';
import { isDrugCode } from '../question/code-families.js';
import { listing } from '../text.js';
import type { Answer, AnswerFacts, AnswerQuestion, AnswerRule } from '../types.js';
import { otherPayer } from './benefits-common.js';
import { abnAnswer, ASKS_ABN } from './coverage-abn.js';
import { drugsNamed } from './drug-units-names.js';
import { screeningTurnedTherapeutic } from './coverage-colonoscopy.js';
import { footCareAnswer } from './coverage-footcare.js';
import { asksScreening, screeningAnswers } from './coverage-screening.js';

const ASKS_COVERAGE =
  /\bcover(?:ed|age|s)?\b|\bLCDs?\b|\bNCDs?\b|\bnon-?covered\b|\bmedical(?:ly)?\s+necess\w+|\bfrequency\b|\bhow\s+often\b|\bcriteria\b|\bcovered\s+(?:dx|diagnos\w+)|\bhow\s+many\s+(?:per|a|each)\s+year\b|\bper\s+year\b/i;

// What a PFS status says about coverage, in our words (CMS PFS Relative Value File status indicators).
const STATUS: Record<string, string> = {
  N: 'is not covered by Medicare (PFS status N): the patient pays, no ABN required (GY on the claim)',
  B: 'is bundled (PFS status B): never paid separately, and the patient cannot be billed for it',
  P: 'has no separate PFS payment (status P): bundled when furnished with a paid service',
  I: 'is not valid for Medicare (PFS status I): Medicare uses another code for the service',
  E: 'is excluded from the PFS by regulation (status E): when covered, Medicare pays it under another fee schedule',
  X: 'is outside the PFS by statute (status X): when covered, Medicare pays it under another fee schedule (lab tests, drugs, ambulance)',
  C: 'is contractor-priced (PFS status C): the MAC decides coverage and payment',
  R: 'has restricted coverage (PFS status R): special coverage instructions apply',
  T: 'is paid only when no other PFS service is paid on that date (status T)',
  M: 'is a measurement code (PFS status M): reported for quality, not paid',
};

const LAB = /^8\d{4}$|^\d{4}U$/;
const MACS =
  /\b(Novitas|Noridian|Palmetto|CGS|NGS|National\s+Government\s+Services|WPS|First\s+Coast|FCSO)\b/i;

const rowOf = (code: string, rvu: readonly RvuFact[]) =>
  rvu.find((r) => r.code === code && r.modifier === null);

function statusSentence(code: string, r: RvuFact | undefined): string {
  if (!r) return '';
  if (r.statusCode === 'A')
    return `Medicare prices ${code} under the PFS (status A); whether it pays for this patient turns on medical necessity.`;
  if (LAB.test(code) && r.statusCode === 'X')
    return `${code} is a clinical lab test, paid from the Clinical Laboratory Fee Schedule rather than the PFS (status X), whose coverage turns on medical necessity.`;
  if (isDrugCode(code) && r.statusCode === 'E')
    return `${code} is a Part B drug (PFS status E: paid from the ASP file, not the PFS) whose coverage turns on medical necessity.`;
  const meaning = STATUS[r.statusCode];
  return meaning ? `${code} ${meaning}.` : '';
}

// Benefits the benefit rules answer in full (wellness visits, Part B vaccines): no LCD to look up.
const BENEFIT_CODES = /^(G0402|G0438|G0439|G0008|G0009|G0010|90480|9938[1-7]|9939[1-7]|90[67]\d\d|913\d\d)$/;

const FREQUENCY = /\bfrequency\b|\bhow\s+often\b|\bevery\s+\d+\s+(?:weeks?|months?|years?)\b|\brepeat\b/i;

function policyAnswer(q: AnswerQuestion, f: AnswerFacts): Answer | null {
  const all = q.codes.filter((c) => c.system === 'cpt' || c.system === 'hcpcs').map((c) => c.code);
  const named = all.length ? [] : drugsNamed(q.text).map((d) => d.code);
  const procs = [...all, ...(named.length === 1 ? named : [])].filter((c) => !BENEFIT_CODES.test(c));
  if (all.length && !procs.length) return null;
  const dx = q.codes.filter((c) => c.system === 'icd10cm').map((c) => c.code);
  const status = procs.map((c) => statusSentence(c, rowOf(c, f.rvu))).filter(Boolean);
  const excluded = procs.every((c) => ['N', 'B', 'I'].includes(rowOf(c, f.rvu)?.statusCode ?? ''));
  if (procs.length && excluded)
    return reply(q, status.join(' '), 'CMS PFS RVU file (status indicator)', true);
  const service = procs.length ? listing(procs) : 'the service';
  const forDx = dx.length ? ` for ${listing(dx)}` : " for your patient's diagnosis";
  const question = FREQUENCY.test(q.text)
    ? `How often Medicare covers ${service}, and for which diagnoses, is set`
    : `Whether Medicare covers ${service}${forDx} is set`;
  const mac = MACS.exec(q.text)?.[1] ?? 'your MAC';
  const p = q.cues.payer;
  const payerLine =
    p && p.kind !== 'medicare'
      ? ` For ${p.name}, its own medical policy decides; NCDs and LCDs bind Original Medicare.`
      : '';
  return {
    ...reply(
      q,
      `${status.join(' ')} ${question} by a national coverage determination, where one exists, and otherwise by your MAC's local coverage determination (LCD) and its billing and coding article, which list the covered ICD-10-CM codes, the frequency limits and the documentation required. We hold no NCD or LCD text, so we cannot settle it: check ${mac}'s LCD and article for ${service} in the Medicare Coverage Database.${payerLine}`.trim(),
      'CMS PFS RVU file (status indicator); NCDs (Medicare National Coverage Determinations Manual) and MAC LCDs with their billing and coding articles',
      false,
    ),
    needs: `your MAC's LCD and billing and coding article for ${service} (or the NCD), and the documented diagnosis`,
  };
}

function reply(q: AnswerQuestion, conclusion: string, source: string, settled: boolean): Answer {
  return {
    kind: 'coverage',
    codes: q.codes.map((c) => c.code),
    conclusion: `${conclusion} ${otherPayer(q)}`.trim(),
    rule: "Medicare covers a service when its benefit category includes it and it is reasonable and necessary: NCDs set that nationally, MACs' LCDs locally; the PFS status says whether the PFS pays it at all.",
    source,
    settled,
  };
}

export const coverageRule: AnswerRule = {
  kind: 'coverage',
  name: 'coverage (NCD/LCD, status, ABN)',
  answer(q: AnswerQuestion, f: AnswerFacts): Answer[] {
    const special = screeningTurnedTherapeutic(q) ?? footCareAnswer(q);
    if (special) return [special];
    const abn = ASKS_ABN.test(q.text);
    const coverage = ASKS_COVERAGE.test(q.text);
    if (!abn && !coverage) return asksScreening(q) ? screeningAnswers(q) : [];
    const out: Answer[] = [];
    const screening = coverage || abn ? screeningAnswers(q) : [];
    out.push(...screening);
    // The ABN question leads: "what modifier?" is what the asker needs for the claim.
    const abnReply = abn ? abnAnswer(q, f) : null;
    if (abnReply) out.push(abnReply);
    if (coverage && !screening.length) {
      const policy = policyAnswer(q, f);
      if (policy && (q.codes.length || !abn)) out.push(policy);
    }
    return out;
  },
};
