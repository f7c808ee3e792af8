// An E/M on the day of a procedure, and a preventive visit with a problem-oriented one: when the visit is
// paid, and that 25 (or 57 for a major surgery's decision) goes on the E/M, never 59 or X{EPSU}.
import type { CodeFinding } from '../../coding/types.js';
import { isDrugCode, isEm, isPreventiveVisit, isVaccineProduct } from '../question/code-families.js';
import { emSource, MCPM, SOURCES } from '../sources.js';
import { keepOnly, listing } from '../text.js';
import type { Answer, AnswerFacts, AnswerQuestion, AnswerRule } from '../types.js';
import { facilityAdministration } from './facility-drug-admin.js';
import { aboutLaterService } from './global-cues.js';
import { emInWords } from './em-in-words.js';

const DISTINCT_MODS = ['59', 'XE', 'XS', 'XP', 'XU'];

function preventivePlusProblem(
  prev: CodeFinding,
  problem: CodeFinding,
  f: AnswerFacts,
  q: AnswerQuestion,
): Answer {
  const plan = q.cues.payer?.kind === 'commercial' ? q.cues.payer.name : null;
  const medicare = plan
    ? ` ${plan} may apply its own rules to the pair (some plans bundle the problem visit, and the patient's cost sharing usually applies to it): check its policy.`
    : /^G0/.test(prev.code)
      ? ' The wellness visit has no deductible or coinsurance; the problem visit has the usual Part B deductible and 20% coinsurance.'
      : ' For Medicare patients, 99381-99397 are not covered (the Medicare benefits are the IPPE G0402 and the annual wellness visit G0438/G0439); the problem-oriented visit is still billable.';
  const pair = f.pairs.find(
    (p) =>
      p.active && [p.column1, p.column2].includes(prev.code) && [p.column1, p.column2].includes(problem.code),
  );
  const edit = pair
    ? pair.modifierIndicator === '0'
      ? null
      : ` An NCCI PTP edit pairs them (modifier indicator ${pair.modifierIndicator}, ${pair.edition}): 25 on ${problem.code} is what lets both be paid; never 59 or an X modifier.`
    : ` No NCCI PTP edit pairs ${prev.code} and ${problem.code}.`;
  if (edit === null)
    return {
      kind: 'em-same-day',
      codes: [prev.code, problem.code],
      conclusion: `No: ${problem.code} is not paid with ${prev.code}: the NCCI edit pairing them has modifier indicator 0 (${pair!.edition}), so no modifier bypasses it.`,
      rule: 'With modifier indicator 0 no modifier bypasses an edit.',
      source: SOURCES.ptp,
      settled: true,
      warning: true,
    };
  return {
    kind: 'em-same-day',
    codes: [prev.code, problem.code],
    conclusion: `Yes, both can be reported: ${prev.code} for the preventive visit and ${problem.code}-25 for the problem addressed, when the problem needed significant, separately identifiable work. Count only the problem’s own work toward ${problem.code}, not the history and exam already part of the preventive visit.${edit}${medicare}`,
    rule: 'A problem-oriented E/M on the same occasion as a preventive visit is billed with modifier 25 for the extra work only.',
    source: `${SOURCES.preventivePlusProblem}; ${SOURCES.preventiveVisits}`,
    settled: true,
  };
}

// Eye exams and psychiatric evaluations are visits in their own right: with an E/M, one or the other.
const VISIT_LIKE = /^(920(0[2-9]|1[0-4])|9079[12])$/;

// A scheduled procedure visit: the evaluation before it is part of the procedure, nothing more was done.
const SCHEDULED =
  /\b(?:scheduled|planned|routine)\s+(?:\d+[- ]month\s+)?(?:\w+\s+){0,3}?(?:injection|shot|procedure|infusion)\b|\bback\s+for\s+(?:her|his|the|their)\s+(?:scheduled|next|routine)\b/i;

function noEditNoGlobal(em: CodeFinding, proc: CodeFinding): Answer {
  return {
    kind: 'em-same-day',
    codes: [em.code, proc.code],
    conclusion: `${proc.code} has no global surgery period and no NCCI edit pairs it with ${em.code}, so both are reported when each is documented, without modifier 25 or any other modifier for NCCI. Modifiers 59 and XE/XS/XP/XU never go on an E/M.`,
    rule: 'Only a procedure with a global period, or an NCCI edit, bundles a same-day E/M.',
    source: `${SOURCES.ptp}; ${SOURCES.globalSurgery}`,
    settled: true,
  };
}

function emWithProcedure(em: CodeFinding, proc: CodeFinding, q: AnswerQuestion, f: AnswerFacts): Answer {
  const days = proc.globalDays ?? proc.rvu?.globalDays ?? null;
  const pair = f.pairs.find(
    (p) => p.active && [p.column1, p.column2].includes(em.code) && [p.column1, p.column2].includes(proc.code),
  );
  if (!pair && !['000', '010', '090'].includes(days ?? '')) return noEditNoGlobal(em, proc);
  const misplaced = q.codes.find((c) => c.code === proc.code)?.modifiers.includes('25');
  // 59 or an X modifier written apart from any code, in a question about an E/M, is meant for the E/M.
  const onEm = [...(q.codes.find((c) => c.code === em.code)?.modifiers ?? []), ...q.loose];
  const wrongDistinct = [...new Set(onEm.filter((m) => DISTINCT_MODS.includes(m)))];
  const fix = [
    misplaced ? ` Modifier 25 goes on the E/M ${em.code}, not on ${proc.code}.` : '',
    pair && pair.modifierIndicator !== '0'
      ? ` An NCCI PTP edit pairs them (modifier indicator ${pair.modifierIndicator}, ${pair.edition}).`
      : '',
  ].join('');
  const scheduled = SCHEDULED.test(q.text) && (days === '000' || days === '010');
  const conclusion = scheduled
    ? `No E/M: the visit was for the scheduled ${proc.code}, and the check before a planned minor procedure is part of it (a ${Number(days)}-day global procedure). ${em.code}-25 would need a separate, significant problem addressed beyond the procedure.`
    : pair?.modifierIndicator === '0'
      ? `No: ${em.code} is not paid with ${proc.code} on a practitioner claim: the NCCI edit pairing them has modifier indicator 0, so no modifier (25 included) bypasses it. ${
          VISIT_LIKE.test(proc.code)
            ? `Report one of the two, the code that best describes the whole visit.`
            : `Report ${keepOnly(
                proc.code,
                q.codes.map((c) => c.code),
                [em.code],
              )}.`
        }`
      : days === '090'
        ? `${proc.code} is a major surgery (90-day global): the E/M on the day before or the day of surgery is included, unless it is the visit where the decision to operate was made; then report ${em.code}-57. Modifier 25 does not apply to that decision.`
        : `Report ${em.code}-25 with ${proc.code} only when the visit was a significant, separately identifiable E/M beyond the usual evaluation before ${proc.code}${days === '000' || days === '010' ? ` (a ${Number(days)}-day global procedure)` : ''}; the decision to do a minor procedure is part of the procedure and is not by itself a reason for 25 (57 does not apply to 0- and 10-day procedures). Otherwise report ${keepOnly(
            proc.code,
            q.codes.map((c) => c.code),
            [em.code],
          )}. A different diagnosis is not required.`;
  return {
    kind: 'em-same-day',
    codes: [em.code, proc.code],
    conclusion: `${wrongDistinct.length ? `No: ${listing(wrongDistinct)} never goes on an E/M; 25 is the E/M modifier. ` : ''}${conclusion}${fix}`,
    rule: 'An E/M on the day of a procedure is paid only when significant and separately identifiable (modifier 25), or when it decided a major surgery (modifier 57).',
    source: `${emSource(proc.code)}; ${SOURCES.emDuringGlobal}; ${SOURCES.globalModifiers}`,
    settled: true,
    warning: Boolean(misplaced) || wrongDistinct.length > 0 || pair?.modifierIndicator === '0',
  };
}

const TWO_VISITS =
  /\b(?:two|2)\s+(?:office\s+)?visits\b|\bmorning\b[^.?!]{0,80}\b(?:afternoon|evening)\b|\b(?:second|another)\s+visit\b|\bcame\s+back\s+(?:later\s+)?(?:that|the\s+same)\s+day\b|\btwice\b/i;

/** Two problem-oriented visits on one date by the same physician (or the group's same specialty). */
function twoVisitsOneDay(visits: readonly CodeFinding[]): Answer {
  const codes = visits.map((c) => c.code);
  return {
    kind: 'em-same-day',
    codes,
    conclusion: `Usually one visit: Medicare pays one E/M a day to the same physician (or a physician of the same specialty in the group), so combine the work of both encounters into one code chosen from their total decision making or time. Both ${listing(codes)} are paid only when the record shows problems unrelated to each other that could not be handled at one encounter (a medication check in the morning and an injury that afternoon, say); then the later visit carries modifier 25. Never 59 or an X modifier on an E/M.`,
    rule: 'Two office or outpatient E/M visits the same day by the same physician are paid only for unrelated problems that could not be seen at one encounter.',
    source: `${MCPM} ch. 12 §30.6.7.B; ${SOURCES.emModifiers}`,
    settled: false,
    needs: 'the record of both encounters (unrelated problems, separate times)',
  };
}

export const emSameDayRule: AnswerRule = {
  kind: 'em-same-day',
  name: 'E/M on the day of a procedure',
  answer(q, f) {
    const valid = f.codes.filter((c) => c.status === 'valid');
    const ems = valid.filter((c) => isEm(c.code) && c.code !== 'G2211');
    // A drug or supply beside a visit is not a procedure the visit could be part of.
    const procs = valid.filter(
      (c) =>
        !isEm(c.code) &&
        !isDrugCode(c.code) &&
        !isVaccineProduct(c.code) &&
        // Status T is never paid beside another service: the validity rule says so, 25 changes nothing.
        c.rvu?.statusCode !== 'T' &&
        // In the ED or a hospital department the administration is the facility's, not a 25 question.
        !facilityAdministration(c.code, q.text) &&
        (c.system === 'cpt' || (c.system === 'hcpcs' && /^G/.test(c.code))),
    );
    const prev = ems.find((c) => isPreventiveVisit(c.code));
    const problem = ems.find((c) => !isPreventiveVisit(c.code));
    if (prev && problem) return [preventivePlusProblem(prev, problem, f, q)];
    const problemVisits = ems.filter((c) => !isPreventiveVisit(c.code));
    // 99291 with 99292 is one day's critical care (base and add-on), never two visits (time-units.ts).
    const criticalCare = problemVisits.every((c) => c.code === '99291' || c.code === '99292');
    if (problemVisits.length >= 2 && !criticalCare && TWO_VISITS.test(q.text) && !aboutLaterService(q))
      return [twoVisitsOneDay(problemVisits)];
    // A visit on another day than the procedure is a global-period question (services in the global).
    if (!procs.length || aboutLaterService(q)) return [];
    if (!problem) return ems.length ? [] : procs.slice(0, 1).flatMap((p) => emInWords(q, p) ?? []);
    const problems = ems.filter((c) => !isPreventiveVisit(c.code)).slice(0, 2);
    return problems.flatMap((em) => procs.slice(0, 2).map((p) => emWithProcedure(em, p, q, f)));
  },
};
