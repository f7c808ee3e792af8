// What a question says in words that codes alone do not: doses, minutes, sides, levels, the payer,
// who is billing and where. Pure and linear: each pattern is one pass over the text.
import { NUMBER_WORDS } from '../../number-words.js';

export interface Dose {
  amount: number;
  /** Normalised: mg, mcg, g, ml, units, meq. */
  unit: string;
  text: string;
}

export type Payer = 'medicare' | 'medicare-advantage' | 'medicaid' | 'commercial';

export interface QuestionCues {
  doses: Dose[];
  /** Minutes of service the asker states, largest single statement (1 hr 15 min -> 75). */
  minutes: number | null;
  /** Minutes stated next to a code ("97110 for 23 min"), by code. */
  minutesByCode: Record<string, number>;
  /** "5 days later": days between the first service and the one asked about. */
  daysLater: number | null;
  bilateral: boolean;
  sides: ('right' | 'left')[];
  /** A count of levels, sites, lesions or joints stated in words or digits ("3 levels"). */
  levels: number | null;
  payer: { kind: Payer; name: string } | null;
  /** Who bills: the physician's professional claim, the facility's claim, or both named. */
  claim: { professional: boolean; facility: boolean };
  /** Where: office (non-facility rates) or a facility (hospital, ASC, SNF). */
  place: 'office' | 'facility' | null;
  /** Claim adjustment and remark codes (CO-97, N290, M80): never diagnosis codes. */
  denialCodes: string[];
  /** Every full date written (ISO), in order: a surgery date and a later visit date, say. */
  dates: string[];
  /** A wound or graft area in square centimetres ("55 sq cm"), the largest stated. */
  areaSqCm: number | null;
}

const COUNT_WORDS: Record<string, number> = { ...NUMBER_WORDS, single: 1, double: 2, triple: 3 };

const num = (s: string): number => COUNT_WORDS[s.toLowerCase()] ?? Number(s.replace(/,/g, ''));

const UNIT_OF: Record<string, string> = {
  mg: 'mg',
  milligram: 'mg',
  milligrams: 'mg',
  mgs: 'mg',
  mcg: 'mcg',
  ug: 'mcg',
  µg: 'mcg',
  microgram: 'mcg',
  micrograms: 'mcg',
  g: 'g',
  gm: 'g',
  gram: 'g',
  grams: 'g',
  gms: 'g',
  ml: 'ml',
  cc: 'ml',
  cc_: 'ml',
  milliliter: 'ml',
  milliliters: 'ml',
  mls: 'ml',
  units: 'units',
  unit: 'units',
  u: 'units',
  iu: 'units',
  meq: 'meq', // prettier-ignore
};

const DOSE =
  /(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(mg|mgs|milligrams?|mcg|ug|µg|micrograms?|gm?s?|grams?|ml|mls|cc|milliliters?|iu|meq|units?)\b/gi;

function doses(text: string): Dose[] {
  const out: Dose[] = [];
  for (const m of text.matchAll(DOSE)) {
    const unit = UNIT_OF[m[2]!.toLowerCase()];
    if (unit) out.push({ amount: num(m[1]!), unit, text: m[0] });
  }
  return out;
}

const HOURS_MINUTES =
  /\b(\d+(?:\.\d+)?|an?|one|two|three)\s*(?:hours?|hrs?|h)\b(?:\s*(?:and\s*)?(\d+)\s*(?:minutes?|mins?|m)\b)?|\b(\d+)\s*(?:minutes?|mins?)\b/gi;

/** The largest time stated in numbers; "about an hour" counts only when no number is given. */
function minutes(text: string): number | null {
  let best: number | null = null;
  let vague: number | null = null;
  for (const m of text.matchAll(HOURS_MINUTES)) {
    const words = !m[3] && /^(?:an?|one|two|three)$/i.test(m[1]!);
    const value = m[3]
      ? Number(m[3])
      : (/^an?$/i.test(m[1]!) ? 1 : num(m[1]!)) * 60 + (m[2] ? Number(m[2]) : 0);
    if (!Number.isFinite(value)) continue;
    if (words) vague = Math.max(vague ?? 0, value);
    else if (best === null || value > best) best = value;
  }
  return best ?? vague;
}

const CODE_MINUTES = /\b(\d{4}[0-9T]|G\d{4})\b[^.;\n\d]{0,24}?(\d{1,3})\s*(?:minutes?|mins?)\b/gi;

function minutesByCode(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of text.matchAll(CODE_MINUTES))
    out[m[1]!.toUpperCase()] = (out[m[1]!.toUpperCase()] ?? 0) + Number(m[2]);
  return out;
}

function daysLater(text: string): number | null {
  const m =
    /\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days?|d)\s+(?:later|after|post-?op)\b/i.exec(
      text,
    );
  return m ? num(m[1]!) : null;
}

const LEVELS =
  /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|single|double|triple)[\s-]+(?:([a-z]+)\s+)?(levels?|sites?|lesions?|joints?|segments?|injections?|nerves?|interspaces?|areas?|wounds?|nails?|AKs?|muscles?|biops(?:y|ies)|bxs?|tags?|warts?|keratoses|polyps?|stages?)\b/gi;

// A spinal level written as its interspace ("L4-5", "L5-S1", "C5/6"): each distinct one is a level.
const SPINE_LEVEL = /\b([CTL])(\d{1,2})\s*[-–/]\s*(?:[CTLS])?(\d{1,2})\b/gi;

function spineLevels(text: string): number {
  return new Set([...text.matchAll(SPINE_LEVEL)].map((m) => `${m[1]!.toUpperCase()}${m[2]}`)).size;
}

function levels(text: string): number | null {
  const spine = spineLevels(text);
  let best: number | null = spine >= 2 ? spine : null;
  for (const m of text.matchAll(LEVELS)) {
    // "2 additional stages" counts the first one too.
    const n = num(m[1]!) + (/^(?:additional|more|extra|further|subsequent)$/i.test(m[2] ?? '') ? 1 : 0);
    if (n > 0 && n < 50 && (best === null || n > best)) best = n;
  }
  return best;
}

const PAYERS: [RegExp, Payer][] = [
  [/\b(medicare\s+advantage|MA\s+plan|MAPD|part\s+c)\b/i, 'medicare-advantage'],
  [/\b(medicaid|medi-cal|masshealth|ahcccs|tenncare)\b/i, 'medicaid'],
  [
    /\b(BCBS|blue\s*cross|blue\s*shield|anthem|aetna|cigna|united\s*health\s*care|UHC|humana|tricare|kaiser|commercial\s+(?:payer|plan|insurance)|private\s+insurance|highmark|optum|wellcare|molina|centene|ambetter|oscar)\b/i,
    'commercial',
  ],
  [/\b(medicare|CMS|part\s+b|MAC)\b/i, 'medicare'],
];

function payer(text: string): QuestionCues['payer'] {
  for (const [re, kind] of PAYERS) {
    const m = re.exec(text);
    if (m) return { kind, name: m[1]!.replace(/\s+/g, ' ') };
  }
  return null;
}

const PROFESSIONAL =
  /\b(physician|doctor|surgeon|provider|radiologist|pathologist|anesthesiologist|NPP|nurse\s+practitioner|PA-C|pro(?:fessional)?\s*(?:fee|claim|component|side|billing)|CMS-?1500|837P|the\s+(?:doc|MD|DO)\b|our\s+(?:doc|MD|DO)s?\b)|-26\b|\bmod(?:ifier)?\s*26\b/i;
const FACILITY =
  /\b(facility\s+(?:fee|claim|side|billing|coding|charge)|hospital\s+(?:claim|billing|side|bill|coding|charge)|UB-?04|837I|OPPS|APC|revenue\s+code|the\s+hospital\s+bills?)\b/i;

const OFFICE = /\b(office|clinic\s+visit|POS\s*11|non-?facility|in[\s-]office|physician'?s?\s+office)\b/i;
const IN_FACILITY =
  /\b(HOPD|hospital|outpatient\s+dep(?:artmen)?t|OP\s+dept|ASC|ambulatory\s+surg\w*|inpatient|POS\s*(?:19|21|22|23|24)|ER\b|ED\b|emergency\s+(?:room|dep\w*)|SNF|nursing\s+facility|facility\s+setting)\b/i;

const DENIAL = /\b((?:CO|PR|OA|PI|CR)\s?-\s?\d{1,3}|N\d{2,3}|M\d{2,3}|MA\d{2,3})\b/g;
const DENIAL_CONTEXT = /\b(denied|denial|rejected|EOB|ERA|remit\w*|remark|reason\s+code|CARC|RARC|835)\b/i;

function denialCodes(text: string): string[] {
  const codes = [...text.matchAll(DENIAL)].map((m) => m[1]!.replace(/\s/g, '').toUpperCase());
  // N and M codes are also ICD-10-CM chapters: without claim-denial words around, they are diagnoses.
  const context = DENIAL_CONTEXT.test(text);
  return [...new Set(codes.filter((c) => /^(CO|PR|OA|PI|CR)/.test(c) || context))];
}

const DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b/g;

function dates(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(DATE)) {
    const [y, mo, d] = m[4] ? [m[4], m[5]!, m[6]!] : [m[3]!.length === 2 ? `20${m[3]}` : m[3]!, m[1]!, m[2]!];
    const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
    if (!Number.isNaN(Date.parse(iso))) out.push(iso);
  }
  return out;
}

const AREA = /\b(\d{1,4}(?:\.\d+)?)\s*(?:sq\.?\s*cm|cm2|cm²|square\s+cent\w+|sqcm)\b/gi;

function areaSqCm(text: string): number | null {
  let best: number | null = null;
  for (const m of text.matchAll(AREA)) best = Math.max(best ?? 0, Number(m[1]));
  return best;
}

export function questionCues(text: string): QuestionCues {
  const sides: ('right' | 'left')[] = [];
  if (/\b(right|rt)\b|-RT\b/i.test(text)) sides.push('right');
  if (/\b(left|lt)\b|-LT\b/i.test(text)) sides.push('left');
  const inFacility = IN_FACILITY.test(text);
  return {
    doses: doses(text),
    minutes: minutes(text),
    minutesByCode: minutesByCode(text),
    daysLater: daysLater(text),
    bilateral:
      /\bbilat(?:eral(?:ly)?)?\b|\bboth\s+(?:sides|knees|hips|shoulders|eyes|ears|feet|hands|legs|arms|breasts|kidneys|lungs|wrists|ankles|elbows)\b|-50\b|\bmod(?:ifier)?\s*50\b/i.test(
        text,
      ),
    sides,
    levels: levels(text),
    payer: payer(text),
    claim: { professional: PROFESSIONAL.test(text), facility: FACILITY.test(text) },
    place: inFacility ? 'facility' : OFFICE.test(text) ? 'office' : null,
    denialCodes: denialCodes(text),
    dates: dates(text),
    areaSqCm: areaSqCm(text),
  };
}
