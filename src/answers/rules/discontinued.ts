// A procedure stopped before it was finished: the physician reports it with 53 (a procedure ended for
// the patient's safety, or a scope that could not be completed) and is paid the value of its 53 line;
// the hospital uses 73 (stopped before anesthesia) or 74 (after anesthesia began).
import { MCPM } from '../sources.js';
import type { AnswerRule } from '../types.js';

const STOPPED =
  /\b(?:aborted|discontinued|terminated|stopped|incomplete|could\s+not\s+(?:be\s+)?(?:complete|finish|advance|reach)|unable\s+to\s+(?:complete|advance|reach)|poor\s+prep)\b/i;

export const discontinuedRule: AnswerRule = {
  kind: 'modifier',
  name: 'discontinued procedures',
  answer(q, f) {
    if (!STOPPED.test(q.text)) return [];
    const procs = f.codes.filter((c) => c.status === 'valid' && c.system === 'cpt');
    const code = procs[0]?.code ?? null;
    const row53 = code ? f.rvu.find((r) => r.code === code && r.modifier === '53') : undefined;
    const paid = row53
      ? ` The PFS prices ${code}-53 on its own line (${row53.facilityTotal ?? row53.nonFacilityTotal} facility RVUs, ${row53.edition}).`
      : '';
    return [
      {
        kind: 'modifier',
        codes: code ? [code] : [],
        conclusion: `Report ${code ?? 'the procedure started'} with modifier 53 on the physician's claim: it was started and then discontinued.${paid} The hospital's claim uses 73 if it was stopped before anesthesia began and 74 after.`,
        rule: 'A procedure stopped after it began is reported with 53 by the physician (73 or 74 by the hospital), not as a completed or a reduced (52) service.',
        source: `${MCPM} ch. 4 §20.6.4; PFS Relative Value File (modifier 53 rows)`,
        settled: code !== null,
        needs: code ? undefined : 'the code of the procedure that was started',
      },
    ];
  },
};
