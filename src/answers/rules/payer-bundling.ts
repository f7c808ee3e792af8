// A commercial plan's own edits: NCCI binds Medicare and Medicaid claims only. When a commercial plan
// bundles or denies what NCCI allows (or the asker quotes Medicare against it), the plan's published
// reimbursement policy and the provider's contract decide, which public CMS data cannot settle.
import { NCCI } from '../sources.js';
import type { Answer, AnswerQuestion, AnswerRule } from '../types.js';

const DISPUTE =
  /\bbundl\w*|\bincidental\b|\binclusive\b|\bdenied\b|\bdenial\b|\bdenies\b|\bnot\s+paid\b|\bfight\b|\bappeal\w*|\bdispute\b|\bmedicare\s+(?:pays|allows|paid)\b/i;

export const payerBundlingRule: AnswerRule = {
  kind: 'bundling-PTP',
  name: "a commercial plan's own bundling",
  answer(q: AnswerQuestion): Answer[] {
    const p = q.cues.payer;
    if (!p || p.kind !== 'commercial' || !DISPUTE.test(q.text)) return [];
    return [
      {
        kind: 'bundling-PTP',
        codes: q.codes.map((c) => c.code),
        conclusion: `${p.name} applies its own bundling and payment policy: NCCI edits bind Medicare and Medicaid, and a commercial plan may bundle more (or less), so what Medicare pays does not settle it. Check ${p.name}'s payment policy for these codes (its published reimbursement policy) and your contract; an appeal that cites them (and the separate documentation of each service) is the way to contest it.`,
        rule: 'NCCI applies to Medicare and Medicaid claims; commercial plans set their own edits by policy and contract.',
        source: `${NCCI}, Introduction; the plan's reimbursement policy and provider contract`,
        settled: false,
        needs: `${p.name}'s reimbursement policy for these codes and your contract terms`,
      },
    ];
  },
};
