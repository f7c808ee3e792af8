// Services of a nurse practitioner or physician assistant billed under the physician ("incident to"):
// allowed only in the office, for an established problem with the physician's plan of care, under the
// physician's direct supervision; otherwise billed under the NPP's own number at 85% of the fee
// schedule. Medicare Benefit Policy Manual ch. 15 §60; Medicare Claims Processing Manual ch. 12 §120.
import { MCPM } from '../sources.js';
import type { AnswerRule } from '../types.js';

const ASKED = /\bincident[-\s]to\b/i;
const FACILITY = /\b(?:hospital|inpatient|HOPD|outpatient\s+department|SNF|facility)\b/i;
const NEW = /\bnew\s+(?:patient|problem|complaint|condition|diagnosis)\b/i;

export const incidentToRule: AnswerRule = {
  kind: 'medicare-benefit',
  name: 'incident-to billing',
  answer(q) {
    if (!ASKED.test(q.text)) return [];
    const warn = FACILITY.test(q.text)
      ? 'Incident-to does not exist in a hospital or facility setting: there the NP or PA bills under their own number. '
      : NEW.test(q.text)
        ? 'A new patient or a new problem cannot be billed incident-to: the NP or PA bills that visit under their own number. '
        : '';
    return [
      {
        kind: 'medicare-benefit',
        codes: q.codes.map((c) => c.code),
        conclusion: `${warn}Billing an NP or PA visit under the physician (incident-to, paid at 100%) is allowed only in the office or clinic, for an established patient whose problem the physician saw first and set the plan of care for, with a physician of the group available for direct supervision (in the office suite, or by real-time audio and video where CMS allows it); the NP or PA must be an employee or contractor of the practice. When any of these is missing, bill under the NP's or PA's own NPI, paid at 85% of the fee schedule.`,
        rule: 'Incident-to services are an integral part of the physician’s service, furnished under direct supervision in the office; otherwise the NPP bills in their own name.',
        source: `Medicare Benefit Policy Manual ch. 15 §60; ${MCPM} ch. 12 §120`,
        settled: Boolean(warn),
        needs: warn
          ? undefined
          : 'whether the physician set the plan of care for this problem and was in the office suite',
      },
    ];
  },
};
