// The words around a payment amount: what it is before (deductible, coinsurance, sequestration), which
// PFS edition and conversion factor it came from and whether that is the date of service's, another
// payer's own fee schedule, and where Medicare prices the codes the PFS does not.
import type { AskedCode } from '../../coding/analyze-codes.js';
import type { RvuFact } from '../../coding/lookup.types.js';
import { statusMeaning } from '../../coding/pfs-indicators.js';
import { isDrugCode } from '../question/code-families.js';
import { MCPM } from '../sources.js';
import type { Answer, AnswerFacts, AnswerQuestion } from '../types.js';
import type { LocalityGpci } from '../../refdata/repositories/gpci.repository.js';
import { rowFor } from './payment-lines.js';

export const PAYMENT_RULE =
  'The Medicare PFS amount is [work RVU x work GPCI + PE RVU x PE GPCI + MP RVU x MP GPCI] x the conversion factor (every GPCI 1 for the national amount), with the non-facility PE RVU in an office and the facility PE RVU in a hospital, ASC or SNF; modifiers and other procedures in the session then scale it (bilateral 150%, further procedures 50%, assistant 16%, co-surgeons 62.5% each).';

const yearOf = (label: string): number | null => Number(/\b(20\d\d)\b/.exec(label)?.[1] ?? NaN) || null;

// CY2026 has two conversion factors (CY2026 PFS final rule): the RVU file carries the non-qualifying one.
const CF_2026_QP = 33.5675;

export function editionNote(
  q: AnswerQuestion,
  f: AnswerFacts,
  rvu: RvuFact,
  gpci: LocalityGpci | null,
): string {
  const year = yearOf(rvu.edition);
  const cf = rvu.conversionFactor === null ? '' : ` with the conversion factor $${rvu.conversionFactor}`;
  const qp =
    year === 2026 && rvu.conversionFactor !== null && rvu.conversionFactor < CF_2026_QP
      ? ` (for clinicians who are not qualifying APM participants; qualifying participants use $${CF_2026_QP})`
      : '';
  const out = [
    `These are Medicare allowed amounts before the Part B deductible, the 20% coinsurance and the 2% sequestration reduction, from ${rvu.edition}${cf}${qp}.`,
  ];
  const dos = q.dateOfService ? Number(q.dateOfService.slice(0, 4)) : null;
  const today = Number(f.effectiveDate.slice(0, 4));
  if (!dos)
    out.push(
      `No date of service was given: ${rvu.edition} is the newest PFS edition we hold${year && today !== year ? `, and CY${today} amounts differ` : ''}.`,
    );
  else if (year && dos !== year)
    out.push(
      `The CY${dos} PFS is not loaded here: these use CY${year} RVUs and conversion factor, so the CY${dos} amount differs.`,
    );
  const gYear = gpci ? yearOf(gpci.edition) : null;
  if (gpci && gYear && year && gYear !== year)
    out.push(`The locality figure applies the ${gpci.edition} GPCIs to CY${year} RVUs.`);
  const p = q.cues.payer;
  if (p && p.kind !== 'medicare')
    out.push(
      p.kind === 'medicare-advantage'
        ? `A ${p.name} plan pays what your contract with it says, which public data cannot settle: check the contract (these Original Medicare amounts are only a reference).`
        : `These are Medicare's figures: ${p.name} pays by its own fee schedule or contract.`,
    );
  return out.join(' ');
}

const LAB = /^8\d{4}$|^[0-9]{4}U$/;
const VACCINE = /^90[67]\d\d$/;

const time = (m: number | null): string =>
  m
    ? `, one time unit per 15 minutes (${m} minutes is ${Number((m / 15).toFixed(2))} time units)`
    : ', one time unit per 15 minutes';

function whereElse(
  a: AskedCode,
  status: string | null,
  minutes: number | null,
): { text: string; needs?: string } {
  if (isDrugCode(a.code))
    return {
      text: `Medicare pays ${a.code} from the quarterly ASP drug pricing file (ASP + 6% per billing unit, times the units), not the physician fee schedule; we do not hold that file, so we cannot say the amount: check the payment limit in the CMS ASP pricing file for the quarter of the date of service.`,
      needs: 'the CMS ASP pricing file for the quarter of the date of service',
    };
  if (status === 'C')
    return {
      text: `${a.code} is contractor-priced (PFS status C): there is no national amount, your MAC sets the payment.`,
      needs: "the MAC's price for the code",
    };
  if (status === 'J')
    return {
      text: `${a.code} is an anesthesia code: Medicare pays (base units + time units) x the locality's anesthesia conversion factor${time(minutes)}, and the base units are not in the data we hold, so we cannot give the amount.`,
      needs: 'the anesthesia base units and the anesthesia time',
    };
  if (LAB.test(a.code) && (status === 'X' || status === null))
    return {
      text: `${a.code} is a clinical lab test: Medicare pays it from the Clinical Laboratory Fee Schedule, not the PFS, and we do not hold that file.`,
      needs: 'the CMS Clinical Laboratory Fee Schedule for the date of service',
    };
  if (VACCINE.test(a.code) && status === 'X')
    return {
      text: `${a.code} is a vaccine product: Medicare Part B pays the covered vaccines (influenza, pneumococcal, hepatitis B, COVID-19) from the CMS vaccine pricing files, not the PFS, and we do not hold them.`,
      needs: 'the CMS vaccine pricing file for the date of service',
    };
  const meaning = status ? statusMeaning(status) : null;
  if (meaning)
    return {
      text: `Medicare has no PFS amount for ${a.code}: its PFS status is ${status} (${meaning}).`,
    };
  return {
    text: `${a.code} is not in the PFS relative value file we hold, so it has no PFS amount; it is paid under another fee schedule, if at all.`,
    needs: 'the fee schedule that prices the code',
  };
}

export function elsewhere(a: AskedCode, q: AnswerQuestion, f: AnswerFacts): Answer {
  const row = rowFor(a, f.rvu);
  const { text, needs } = whereElse(a, row?.statusCode ?? null, q.cues.minutes);
  return {
    kind: 'payment',
    codes: [a.code],
    conclusion: text,
    rule: 'The PFS prices physician services; Part B drugs are paid from the ASP file, lab tests from the Clinical Laboratory Fee Schedule, and codes with other PFS statuses are not paid under it.',
    source: isDrugCode(a.code)
      ? `${MCPM} ch. 17 §20`
      : `CMS PFS RVU file${row ? ` ${row.edition}` : ''} (status indicator)`,
    settled: needs === undefined,
    ...(needs ? { needs } : {}),
  };
}
