// Shared by the payment rule's tests: 99214's CY2025 RVUs, a few localities' GPCIs, and the rule run
// on a question.
import { paymentRule } from '../../../src/answers/rules/payment.js';
import type { Answer } from '../../../src/answers/types.js';
import type { AskedCode } from '../../../src/coding/analyze-codes.js';
import type { LocalityGpci } from '../../../src/refdata/repositories/gpci.repository.js';
import { facts, question, rvu } from './fixtures.js';

// 99214 in the CY2025 file: 1.92 work, 1.80 / 0.83 PE, 0.15 MP; 3.87 and 2.90 total RVUs.
export const r99214 = rvu('99214', {
  workRvu: 1.92,
  nonFacilityPeRvu: 1.8,
  facilityPeRvu: 0.83,
  mpRvu: 0.15,
  nonFacilityTotal: 3.87,
  facilityTotal: 2.9,
});
const gpci = (
  state: string,
  locality: string,
  name: string,
  work: number,
  pe: number,
  mp: number,
): LocalityGpci => ({
  mac: '00000',
  state,
  locality,
  name,
  work,
  pe,
  mp,
  edition: 'GPCI 2025',
});
export const LOCALITIES = [
  gpci('NY', '01', 'MANHATTAN', 1.063, 1.318, 1.285),
  gpci('NY', '04', 'QUEENS', 1.052, 1.218, 1.285),
  gpci('TX', '18', 'HOUSTON', 1.0, 0.991, 0.934),
  gpci('TX', '99', 'REST OF TEXAS', 1.0, 0.9, 0.934),
  gpci('AL', '00', 'ALABAMA', 1.0, 0.875, 0.566),
];

export type Code = string | Partial<AskedCode>;
export function answers(
  text: string,
  codes: Code[],
  rows = [r99214],
  more = {},
  dos: string | null = '2025-03-04',
): Answer[] {
  return paymentRule.answer(question(text, ['payment'], codes, dos), facts({ rvu: rows, ...more }));
}
