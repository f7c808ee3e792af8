// The words a question is searched by (pure): grammar, dates, numbers and code-like tokens dropped;
// coder shorthand spelled out as the reference texts write it; coding-desk words kept apart as weak
// words, which weigh a little but never make a match by themselves.
import {
  DESK_SPELLED_OUT,
  DESK_WORDS,
  GRAMMAR_WORDS,
  PREGNANCY_OR_NEWBORN_WORDS,
  SHORTHAND,
} from './coder-shorthand.js';

/** One word of the question, as the alternatives a document may match it by. */
export interface QueryGroup {
  /** The word as the asker wrote it ("tap", "US"), lower-cased, for the reason shown with a match. */
  asked: string;
  /** Words a document may contain to cover it ("tap", "thoracentesis", ...), the asked word among them. */
  alternatives: string[];
  /** A coding-desk word: counts toward a match only beside a content word. */
  weak: boolean;
  /** Spelled out from a coder's abbreviation ("TSH", "strep", "ORIF"): the abbreviation names the subject. */
  abbreviation?: boolean;
}

/** More content words than this are rarely one procedure; the first ones carry the subject. */
const MAX_GROUPS = 14;
/** A code, a date or a number on its own says nothing a word search can use. */
const CODE_LIKE = /^[a-z]\d[0-9a-z](?:\.[0-9a-z]{1,4})?$|^\d{4,5}[a-z]?$|^[a-z]\d{4}$|^\d+[0-9./-]*$/;
/** Tokens joined by "&" or "/" that are shorthand as a whole ("i&d", "w/o"). */
const TOKEN = /[a-z0-9][a-z0-9&'’]*(?:[-/][a-z0-9&'’]+)*/g;

/** Shorthand that says how or where a service is done, a plain word spelled out more fully, or one with
 *  two meanings ("CAD": coronary disease or computer-aided detection): not the
 *  question's subject ("IM injection of ceftriaxone" is about the drug). */
const NOT_A_SUBJECT = new Set(
  (
    'im iv subq sq inj shot us usg sono fluoro ct mri mra cta xr guided guidance percutaneous lumbar renal ' +
    'hepatic cardiac gastric subcutaneous cervical established removal toe toenail ingrown diabetic collection ' +
    'thoracentesis paracentesis icu cad forearm thigh calf shin cheek forehead'
  ).split(' '),
);

function groupsOfToken(token: string): QueryGroup[] {
  const shorthand = SHORTHAND[token];
  if (shorthand) {
    const abbreviation = !NOT_A_SUBJECT.has(token);
    return shorthand.map((g) => ({ asked: token, alternatives: g.split('|'), weak: false, abbreviation }));
  }
  if (token.includes('-') || token.includes('/')) {
    // "CT-guided", "US/fluoro": each part on its own, unless the whole is a desk word ("add-on").
    if (DESK_WORDS.has(token)) return [{ asked: token, alternatives: [token], weak: true }];
    return token.split(/[-/]/).flatMap(groupsOfToken);
  }
  const word = token.replace(/['’]s$/, '').replace(/['’&]/g, '');
  if (word.length < 2 || GRAMMAR_WORDS.has(word) || CODE_LIKE.test(word)) return [];
  const spelled = DESK_SPELLED_OUT[word];
  return [{ asked: word, alternatives: spelled ? [word, spelled] : [word], weak: DESK_WORDS.has(word) }];
}

/** "type 2", "stage 3a", "grade 1": the number is what tells the codes apart, so it counts as a word. */
const NUMBERED = /\b(?:type|stage|grade)\s+(\d[a-z]?)\b/g;
/** "vitamin D", "hepatitis B", "group A strep": the letter is what tells the codes apart. */
const LETTERED = /\b(?:vitamin|hepatitis|factor|group|type)\s+([a-e]|k|b\d{1,2})\b/g;
/** "45 minutes", "30-min": the time tells timed siblings apart (90834 and 90837); a desk word, as time is. */
const TIMED = /\b(\d{1,3})[\s-]*(?:min|mins|minutes?)\b/g;
/** "without complications", "w/o aura": the titles that say "without" are the ones meant. */
const WITHOUT =
  /\b(?:without|w\/o)\s+(?:an?\s+|any\s+)?(?!(?:its|the|their|his|her|our|that|this|being|having)\b)[a-z]{3,}/;
/** A claim adjustment reason ("CO-97", "PR 1"): the question is about a denied claim, whose codes the
 *  asker has; a word search would only offer services that share a word with it. */
const ADJUSTMENT_CODE = /\b(?:co|pr|oa|pi|cr)[\s-]?\d{1,3}\b/;
/** "the NCCI manual", "claims processing manual": a manual cited, not manual therapy. */
const CITED_MANUAL = /\b(?:ncci|policy|processing|benefit|coding|cms|provider)\s+manual\b/g;

/** The question's words in order, each once (by the alternatives it stands for). */
export function queryGroups(text: string): QueryGroup[] {
  const out: QueryGroup[] = [];
  const seen = new Set<string>();
  const lower = text.toLowerCase().replace(CITED_MANUAL, ' ');
  if (ADJUSTMENT_CODE.test(lower)) return [];
  for (const [, n] of lower.matchAll(NUMBERED)) {
    out.push({ asked: n!, alternatives: [n!], weak: false });
    seen.add(n!);
  }
  for (const [, letter] of lower.matchAll(LETTERED)) {
    if (seen.has(letter!)) continue;
    out.push({ asked: letter!, alternatives: [letter!], weak: false });
    seen.add(letter!);
  }
  for (const [, n] of lower.matchAll(TIMED)) {
    if (seen.has(n!)) continue;
    out.push({ asked: n!, alternatives: [n!], weak: true });
    seen.add(n!);
  }
  if (WITHOUT.test(lower)) {
    out.push({ asked: 'without', alternatives: ['without'], weak: false });
    seen.add('without');
  }
  for (const token of lower.match(TOKEN) ?? []) {
    for (const group of groupsOfToken(token)) {
      const key = [...group.alternatives].sort().join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(group);
    }
  }
  // Content words first, so a long question keeps its subject and sheds its desk words.
  return [...out.filter((g) => !g.weak), ...out.filter((g) => g.weak)].slice(0, MAX_GROUPS);
}

// What was done, not what the patient has: procedure endings and service words. "Encounter for" and a
// diagnosis named as such keep the question on the diagnosis side.
const PROCEDURE_WORDS =
  /(?:ectomy|otomy|ostomy|oscopy|plasty|centesis|graphy|pexy|rrhaphy|lysis)\b|\b(?:biops(?:y|ies)|biopsied|injections?|injected|placement|placed|insertion|inserted|removal|removed|repair|repaired|excision|excised|incision|drainage|drained|debridement|aspiration|infusion|transfusion|implant\w*|replacement|fixation|visit|test|panel|ultrasound|MRI|CT|x-?ray|imaging|guidance|administration|counseling|catheter\w*|cath|avulsion|application|irrigation|extraction|splint|cast|EKG|ECG|echo\w*|scan|mammo\w*|colonoscopy|procedure|surgery|therapy|minutes?|observation|discharge|admission|admit|consult\w*|evaluation)\b/i;
const DIAGNOSIS_SIDE =
  /\bencounter\s+for\b|\bdiagnos[ie]s\b|\bdx\b|\bICD-?10(?:-CM)?\b|\bstatus\b|\bhistory\s+of\b|\bon\s+dialysis\b/i;

/** Coders' abbreviations that name a procedure ("ORIF", "CABG x3", "PCI with stent"). */
const PROCEDURE_ABBREVIATIONS = new Set(
  (
    'tap thora para lp tfesi esi ilesi mbb rfa us usg echo tte tee fluoro ct mri mra cta xr cxr vats i&d egd ' +
    'colo ercp cath lhc rhc picc cvc lap chole appy tka tha orif cabg pci ptca ekg ecg eeg emg ncv pft abg fna ' +
    'bx cysto turp dexa dxa mammo inj leep tah bso acdf'
  ).split(' '),
);

/** The question describes a procedure or a service done, not a condition. */
export const describesProcedure = (text: string) =>
  (PROCEDURE_WORDS.test(text) ||
    (text.toLowerCase().match(TOKEN) ?? []).some((t) => PROCEDURE_ABBREVIATIONS.has(t))) &&
  !DIAGNOSIS_SIDE.test(text);

/** HCPCS codes outside a practitioner's Medicare claim, each allowed only when the question speaks of
 *  its world: quality measures and specialty sets (G4, G8, G9, M1) of MIPS reporting, C codes of the hospital outpatient
 *  claim, S codes of commercial payers, H codes of Medicaid behavioral health, the FQHC visit codes,
 *  dialysis supplies, the telehealth consultations and the ECG of the initial preventive examination. */
const NICHE_WORLDS: readonly (readonly [string, RegExp])[] = [
  ['G4|G8|G9|M1', /\b(?:quality|measures?|mips|qpp|pqrs|registry|reporting)\b/i],
  ['C', /\b(?:hospital|facility|opps|outpatient\s+department|hopd|asc|ambulatory\s+surgery)\b/i],
  ['S', /\b(?:commercial|private|bcbs|blue\s+cross|aetna|cigna|united|humana|non-medicare)\b/i],
  ['H', /\b(?:medicaid|behavioral|mental\s+health\s+agency)\b/i],
  ['G046[6-9]|G0470', /\b(?:fqhc|federally\s+qualified|rhc|rural\s+health)\b/i],
  ['A47|A48', /\b(?:dialysis|esrd|hemodialysis|end[\s-]stage\s+renal)\b/i],
  ['G040[6-8]|G042[5-7]|G050[89]', /\b(?:tele\w*|virtual|video|remote|audio)\b/i],
  // The ECG of the initial preventive physical examination, never an ECG done at a visit.
  ['G040[3-5]', /\b(?:ippe|initial\s+preventive|welcome\s+to\s+medicare|screening)\b/i],
];

/** The HCPCS prefixes (a regular expression) the question gives no reason to offer. */
export function nicheCodesOutOfPlace(text: string): string {
  const out = NICHE_WORLDS.filter(([, world]) => !world.test(text)).map(([prefixes]) => prefixes);
  return out.length ? `^(${out.join('|')})` : '^$';
}

/** External causes (ICD-10-CM V00-Y99: how, where and doing what an injury happened) fit a question
 *  that speaks of an injury's cause; elsewhere they only share a word ("activity, boxing" for a box). */
const EXTERNAL_CAUSE_WORDS =
  /\b(?:fell|falls?|falling|accident\w*|injur\w*|struck|bitten|bites?|collision|crash\w*|assault\w*|burn\w*|external|cause[ds]?|activity|occurrence|dog|motor|vehicle|sports?|poison\w*|overdose|adverse|misadventure)\b/i;

export const asksExternalCause = (text: string) => EXTERNAL_CAUSE_WORDS.test(text);

/** The question speaks of a pregnancy, a delivery or a newborn (so obstetric and perinatal codes fit). */
export const mentionsPregnancyOrNewborn = (text: string) =>
  (text.toLowerCase().match(TOKEN) ?? []).some((t) => PREGNANCY_OR_NEWBORN_WORDS.has(t));
