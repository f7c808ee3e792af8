// Edits that are not Medicare's: NCCI's Medicare files bind Medicare claims. A commercial plan bundles
// by its own reimbursement policy and contract; Medicaid programs use CMS's separate Medicaid NCCI PTP
// and MUE files plus the state's and the managed care plan's own rules. When the asker's claim is
// theirs, the bottom line says so and names what settles it.
import { NCCI } from '../sources.js';
import type { Answer, AnswerQuestion, AnswerRule } from '../types.js';

const DISPUTE =
  /\bbundl\w*|\bincidental\b|\binclusive\b|\bdenied\b|\bdenial\b|\bdenies\b|\bnot\s+paid\b|\bfight\b|\bappeal\w*|\bdispute\b|\bmedicare\s+(?:pays|allows|paid)\b/i;
const EDITS = /\bMUEs?\b|\bunits?\b|\bedits?\b|\bNCCI\b|\bmodifier\b|-25\b|\b59\b|\bX[ESPU]\b/i;

function commercial(q: AnswerQuestion, name: string): Answer {
  return {
    kind: 'bundling-PTP',
    codes: q.codes.map((c) => c.code),
    conclusion: `${name} applies its own bundling and payment policy: NCCI edits bind Medicare and Medicaid, and a commercial plan may bundle more (or less), so what Medicare pays does not settle it. Check ${name}'s payment policy for these codes (its published reimbursement policy) and your contract; an appeal that cites them (and the separate documentation of each service) is the way to contest it.`,
    rule: 'NCCI applies to Medicare and Medicaid claims; commercial plans set their own edits by policy and contract.',
    source: `${NCCI}, Introduction; the plan's reimbursement policy and provider contract`,
    settled: false,
    needs: `${name}'s reimbursement policy for these codes and your contract terms`,
  };
}

function medicaid(q: AnswerQuestion, name: string): Answer {
  return {
    kind: 'bundling-PTP',
    codes: q.codes.map((c) => c.code),
    conclusion: `This is a Medicaid claim${/^medicaid$/i.test(name) ? '' : ` (${name})`}: Medicaid programs use CMS's separate Medicaid NCCI PTP and MUE files, which differ from Medicare's in places, and the state (and a managed care plan) add their own policy, so the Medicare edits and values here may not apply. Check the Medicaid NCCI edits for the date of service and the state's provider manual or the plan's policy.`,
    rule: "Medicaid claims are edited with the Medicaid NCCI files and the state's rules, not the Medicare NCCI files.",
    source: 'CMS Medicaid NCCI edit files (PTP and MUE); the state Medicaid provider manual',
    settled: false,
    needs: 'the Medicaid NCCI edit for these codes on the date, and the state or plan policy',
  };
}

export const payerBundlingRule: AnswerRule = {
  kind: 'bundling-PTP',
  name: "a commercial plan's or Medicaid's own edits",
  answer(q: AnswerQuestion): Answer[] {
    const p = q.cues.payer;
    if (p?.kind === 'commercial' && DISPUTE.test(q.text)) return [commercial(q, p.name)];
    if (p?.kind === 'medicaid' && (DISPUTE.test(q.text) || EDITS.test(q.text))) return [medicaid(q, p.name)];
    return [];
  },
};
