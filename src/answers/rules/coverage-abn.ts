// The ABN and its claim modifiers: an ABN shifts liability to the patient only for a service expected
// to be denied as not reasonable and necessary (GA with the ABN on file, GZ without one); a statutorily
// excluded service needs none (GY; GX when a voluntary notice was given); units denied by an MUE and
// services denied by an NCCI PTP edit are coding denials no ABN can shift (NCCI Policy Manual 2026,
// Introduction and ch. I §V; Medicare Claims Processing Manual ch. 30 §50).
import type { RvuFact } from '../../coding/lookup.types.js';
import { MCPM, NCCI } from '../sources.js';
import type { Answer, AnswerFacts, AnswerQuestion } from '../types.js';
import { otherPayer } from './benefits-common.js';

export const ASKS_ABN =
  /\bABNs?\b|\badvance\s+beneficiary\b|\bG[AZXY]\b|\bwaiver\b|\b(?:bill|charge)\s+(?:the\s+)?(?:pt|patient)\b(?![^.?]{0,25}\b(?:coinsurance|copay\w*|deductible)\b)|\bso\s+(?:the\s+)?(?:pt|patient)\s+can\s+pay\b|\b(?:pt|patient)\s+(?:is\s+)?(?:liable|responsible)\b/i;
const CODING_DENIAL =
  /\bMUEs?\b|\bunits?\s+(?:over|above|beyond|exceed\w*)|\bexceed\w*\s+(?:the\s+)?(?:MUE|units)|\bNCCI\b|\bPTP\b|\bbundl\w*|\bCO-?(?:236|234|97)\b/i;
const SIGNED =
  /\b(signed|on\s+file|got|obtained|have|had)\b[^.?]{0,25}\bABN\b|\bABN\b[^.?]{0,25}\b(signed|on\s+file|obtained)\b/i;
const NO_ABN = /\b(forgot|no|without|didn'?t|did\s+not|never)\b[^.?]{0,25}\bABN\b/i;
// Services the statute excludes whatever the diagnosis (Social Security Act §1862(a)).
const EXCLUDED =
  /\bhearing\s+aids?\b|\broutine\s+(?:physical|foot\s+care|eye\s+exam)|\beyeglasses\b|\bcontact\s+lens\w*|\bcosmetic\b|\bdental\b|\brefraction\b|\bphysicals?\b/i;
const EXCLUDED_CODES = /^(V5\d{3}|9238[0-9]|D\d{4}|92015|9938[1-7]|9939[1-7])$/;

const rule =
  'An ABN lets the patient be billed when Medicare denies a service as not reasonable and necessary (GA with it on file, GZ without, when the provider is liable); statutorily excluded services need no ABN (GY, GX with a voluntary notice); MUE and NCCI PTP denials are coding denials no ABN can shift.';

function reply(q: AnswerQuestion, conclusion: string, source: string): Answer {
  return {
    kind: 'coverage',
    codes: q.codes.map((c) => c.code),
    conclusion: `${conclusion} ${otherPayer(q)}`.trim(),
    rule,
    source,
    settled: true,
  };
}

function excluded(q: AnswerQuestion, rvu: readonly RvuFact[]): string | null {
  const byStatus = q.codes.find((c) => rvu.some((r) => r.code === c.code && r.statusCode === 'N'));
  const byCode = q.codes.find((c) => EXCLUDED_CODES.test(c.code));
  return byStatus?.code ?? byCode?.code ?? (EXCLUDED.test(q.text) ? 'this service' : null);
}

export function abnAnswer(q: AnswerQuestion, f: AnswerFacts): Answer | null {
  // Units over their MUE: the units rule already says no ABN applies to them.
  if (CODING_DENIAL.test(q.text) && f.units.some((u) => u.exceeds)) return null;
  if (CODING_DENIAL.test(q.text))
    return reply(
      q,
      'No: an ABN does not apply to units denied by an MUE or services denied by an NCCI PTP edit: those are coding denials, not medical-necessity denials, and the patient cannot be billed for them even with a signed ABN. Appeal an MUE denial (MAI 3) with the records instead.',
      `${NCCI}, Introduction and ch. I §V`,
    );
  const code = q.codes.find((c) => c.system === 'cpt' || c.system === 'hcpcs')?.code;
  const statutory = excluded(q, f.rvu);
  if (statutory)
    return reply(
      q,
      `${statutory === 'this service' ? 'This service' : statutory} is excluded from Medicare by statute, so no ABN is required (a voluntary notice is fine): report it with GY so it denies to the patient, and add GX if a voluntary ABN was given. GA and GZ are for medical-necessity denials, not exclusions.`,
      `${MCPM} ch. 30 §50; HCPCS modifiers GX and GY`,
    );
  const line = code ?? 'the service';
  // "signed the ABN... and if we forgot it?" asks both: both are answered.
  const signed = SIGNED.test(q.text) && !NO_ABN.test(q.text);
  const missing = NO_ABN.test(q.text) && !SIGNED.test(q.text);
  const what = signed
    ? `With the signed ABN on file, report ${line}-GA; if Medicare denies it as not reasonable and necessary, the patient pays.`
    : missing
      ? `Without an ABN, report ${line}-GZ: if Medicare denies it as not reasonable and necessary, the practice is liable and cannot bill the patient.`
      : `Report ${line}-GA when a signed ABN is on file (the patient pays if Medicare denies it as not reasonable and necessary) and ${line}-GZ when none was given (the practice is liable).`;
  return reply(
    q,
    `${what} The ABN must be given before the service, naming the service and why a denial is expected; GY is only for services the statute excludes.`,
    `${MCPM} ch. 30 §50; HCPCS modifiers GA and GZ`,
  );
}
