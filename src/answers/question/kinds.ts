// Which kinds a question asks: extraction's types for the labels it knows, cue phrases and the codes
// themselves for the rest. A question can be several kinds; each kind found gets its answer.
import type { AskedCode } from '../../coding/analyze-codes.js';
import type { QuestionType } from '../../coding/types.js';
import type { AnswerKind } from '../types.js';
import type { QuestionCues } from './cues.js';
import { describesProcedure } from '../../refdata/search-words.js';
import { isDrugCode, isEm, isTimed } from './code-families.js';

const PAYMENT =
  /\bhow\s+much\b|\breimburs\w*|\ballowable\b|\ballowed\s+amount\b|\bfee\s+schedule\s+(?:amount|rate|price)|\bpay(?:ment)?\s+(?:rate|amount)\b|\bwhat\s+(?:does|do|will|would)\s+(?:\S+\s+){0,2}pay\b|\bpays?\s+for\b|\bpayment\b|\bRVUs?\b|\bconversion\s+factor\b|\bGPCI\b|\blocality\b|\b(?:non-?)?facility\s+(?:rate|amount|price|payment)|\bnational\s+(?:amount|rate|payment)|\$\s?\d/i;

/** A question about what Medicare pays (it needs the localities' GPCIs). */
export const asksPayment = (text: string): boolean => PAYMENT.test(text);

const CUES: [AnswerKind, RegExp][] = [
  [
    'add-on',
    /\badd-?on\b|\beach\s+additional\b|\badditional\s+(?:level|segment|vertebra|lesion|digit|hour|15|30)|\bprimary\s+(?:code|procedure)\b|\+\s?\d{4}[0-9T]\b/i,
  ],
  [
    'surgical-rules',
    /\bassist(?:ant|ing)?(?:\s+at)?\s+surg\w*|\bco-?surg\w*|\bteam\s+surg\w*|\bmultiple\s+(?:procedure|surg)\w*|\bmult\s+proc\b|\bsecond(?:ary)?\s+procedure\b|\b150\s?%|\b50\s?%\s+(?:reduction|cut|off)|\b(?:mod(?:ifier)?\s*|-)(?:80|82|AS|62|66|51)\b|\bMPPR\b|\bbilateral\s+(?:rule|indicator|payment|surgery)/i,
  ],
  [
    'em-same-day',
    /\bsame\s+(?:day|date|visit|encounter)\b.*\b(?:E\/?M|E&M|visit|office\s+visit|consult)|\b(?:E\/?M|E&M|office\s+visit)\b.*\bsame\s+(?:day|date|visit)\b|\bpreventive\b.*\b(?:problem|sick|E\/?M|99\d{3})|\b(?:AWV|annual\s+wellness|wellness\s+visit|physical)\b.*\b(?:problem|E\/?M|99\d{3}|sick)|\bsplit\s+(?:the\s+)?(?:visit|bill)/i,
  ],
  [
    'icd10pcs',
    /\bICD-?10-?PCS\b|\bPCS\b|\broot\s+operation\b|\binpatient\s+procedure\s+code|\bICD-?10\s+procedure\s+code/i,
  ],
  // A PCS table named by its first characters ("which 5A19 code").
  ['icd10pcs', /\b(?=[0-9A-Z]*[A-Z])(?=[0-9A-Z]*\d)[0-9BCDFGHX][0-9A-Z]{2,3}\s+(?:code|table)\b/],
  ['payment', PAYMENT],
  [
    'medicare-benefit',
    /\bG2211\b|\bG04(?:02|38|39)\b|\bAWV\b|\bIPPE\b|\bwelcome\s+to\s+medicare\b|\bannual\s+wellness\b|\bvaccin\w*|\bflu\s+shot\b|\bimmuniz\w*|\bG000[89]\b|\bG0010\b|\bJ[WZ]\b|\bdiscard\w*|\bwast(?:ed|age)\b|\bsingle-?dose\s+vial\b|\bcomplexity\s+add-?on\b/i,
  ],
  [
    'drug-units',
    /\b(?:how\s+many|number\s+of|billing|bill(?:ed)?)\s+units?\b.*\b(?:mg|mcg|ml|vial|dose|drug|injection)|\b(?:mg|mcg|ml)\b.*\b(?:units?|qty|quantity)\b|\bNDC\s+(?:units?|quantity|qty)\b/i,
  ],
  [
    'units-MUE',
    /\bcritical\s+care\b|\bminutes?\b|\bmins?\b|\bhours?\b|\btime[-\s]based\b|\b8-?minute\s+rule\b/i,
  ],
  [
    'diagnosis-selection',
    /\bICD-?10(?:-CM)?\b|\bdiagnos[ie]s\b|\bdx\b|\bBMI\b|\b(?:7th|seventh)\s+(?:character|char|digit)\b|\bfirst-?listed\b|\bprincipal\s+(?:dx|diagnosis)\b|\bcode\s+first\b|\bsequenc\w*|\bwhich\s+(?:one\s+|code\s+)?(?:goes\s+|is\s+)?first\b|\bcodes?\s*(?:\+|and|&)\s*(?:the\s+)?order\b/i,
  ],
  [
    'coverage',
    /\bcover(?:ed|age|s)?\b|\bLCDs?\b|\bNCDs?\b|\bABN\b|\bnon-?covered\b|\bmedical(?:ly)?\s+necess\w+|\bfrequency\s+limit/i,
  ],
  // "Global billing" is both components of a test on one claim, not a surgical global period.
  [
    'global-period',
    /\bglobal\b(?!\s+(?:billing|bill|claim|service|fee|component))|\bpost-?op\w*|\b(?:mod(?:ifier)?\s*|-)(?:24|58|78|79)\b/i,
  ],
  ['modifier', /\bmod(?:ifier)?s?\b/i],
];

const ASKS_FOR_CODES =
  /\b(?:what|which)\s+codes?\b|\bcodes?\s*\?|\bcodes?\s+(?:and|\+|&)\s+(?:the\s+)?order\b|\bhow\s+(?:do|should)\s+(?:we|i)\s+code\b/i;

export function askedKinds(
  text: string,
  extracted: readonly QuestionType[],
  codes: readonly AskedCode[],
  cues: QuestionCues,
): AnswerKind[] {
  const kinds = new Set<AnswerKind>(extracted.filter((t): t is AnswerKind => t !== 'other'));
  for (const [kind, re] of CUES) if (re.test(text)) kinds.add(kind);
  const drugs = codes.filter((c) => isDrugCode(c.code));
  if (drugs.length && (cues.doses.length || kinds.has('units-MUE'))) kinds.add('drug-units');
  if (codes.some((c) => isTimed(c.code)) && cues.minutes !== null) kinds.add('units-MUE');
  if (codes.some((c) => c.system === 'icd10pcs')) kinds.add('icd10pcs');
  // "Confirmed COVID with pneumonia. Codes?": conditions named and codes asked for, no procedure described.
  if (!codes.length && !kinds.has('icd10pcs') && ASKS_FOR_CODES.test(text) && !describesProcedure(text))
    kinds.add('diagnosis-selection');
  const procedures = codes.filter((c) => (c.system === 'cpt' || c.system === 'hcpcs') && !isEm(c.code));
  if (codes.some((c) => isEm(c.code)) && procedures.length) kinds.add('em-same-day');
  if (cues.bilateral && procedures.length) kinds.add('surgical-rules');
  return [...kinds];
}
