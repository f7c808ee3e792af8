// The words a question is searched by (pure): grammar, dates, numbers and code-like tokens dropped;
// coder shorthand spelled out as the reference texts write it; coding-desk words kept apart as weak
// words, which weigh a little but never make a match by themselves.
import { DESK_WORDS, GRAMMAR_WORDS, PREGNANCY_OR_NEWBORN_WORDS, SHORTHAND } from './coder-shorthand.js';

/** One word of the question, as the alternatives a document may match it by. */
export interface QueryGroup {
  /** The word as the asker wrote it ("tap", "US"), lower-cased, for the reason shown with a match. */
  asked: string;
  /** Words a document may contain to cover it ("tap", "thoracentesis", ...), the asked word among them. */
  alternatives: string[];
  /** A coding-desk word: counts toward a match only beside a content word. */
  weak: boolean;
}

/** More content words than this are rarely one procedure; the first ones carry the subject. */
const MAX_GROUPS = 14;
/** A code, a date or a number on its own says nothing a word search can use. */
const CODE_LIKE = /^[a-z]\d[0-9a-z](?:\.[0-9a-z]{1,4})?$|^\d{4,5}[a-z]?$|^[a-z]\d{4}$|^\d+[0-9./-]*$/;
/** Tokens joined by "&" or "/" that are shorthand as a whole ("i&d", "w/o"). */
const TOKEN = /[a-z0-9][a-z0-9&'’]*(?:[-/][a-z0-9&'’]+)*/g;

function groupsOfToken(token: string): QueryGroup[] {
  const shorthand = SHORTHAND[token];
  if (shorthand) {
    return shorthand.map((g) => ({ asked: token, alternatives: g.split('|'), weak: false }));
  }
  if (token.includes('-') || token.includes('/')) {
    // "CT-guided", "US/fluoro": each part on its own, unless the whole is a desk word ("add-on").
    if (DESK_WORDS.has(token)) return [{ asked: token, alternatives: [token], weak: true }];
    return token.split(/[-/]/).flatMap(groupsOfToken);
  }
  const word = token.replace(/['’]s$/, '').replace(/['’&]/g, '');
  if (word.length < 2 || GRAMMAR_WORDS.has(word) || CODE_LIKE.test(word)) return [];
  return [{ asked: word, alternatives: [word], weak: DESK_WORDS.has(word) }];
}

/** "type 2", "stage 3a", "grade 1": the number is what tells the codes apart, so it counts as a word. */
const NUMBERED = /\b(?:type|stage|grade)\s+(\d[a-z]?)\b/g;

/** The question's words in order, each once (by the alternatives it stands for). */
export function queryGroups(text: string): QueryGroup[] {
  const out: QueryGroup[] = [];
  const seen = new Set<string>();
  const lower = text.toLowerCase();
  for (const [, n] of lower.matchAll(NUMBERED)) {
    out.push({ asked: n!, alternatives: [n!], weak: false });
    seen.add(n!);
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

/** True when the question holds at least one content word: without one, nothing is searched. */
export const hasContentWord = (groups: readonly QueryGroup[]) => groups.some((g) => !g.weak);

// What was done, not what the patient has: procedure endings and service words. "Encounter for" and a
// diagnosis named as such keep the question on the diagnosis side.
const PROCEDURE_WORDS =
  /(?:ectomy|otomy|ostomy|oscopy|plasty|centesis|graphy|pexy|rrhaphy|lysis)\b|\b(?:biops(?:y|ies)|injections?|placement|insertion|removal|repair|excision|incision|drainage|debridement|aspiration|infusion|transfusion|implant\w*|replacement|fixation|visit|test|panel|ultrasound|MRI|CT|x-?ray|imaging|guidance|administration|counseling|catheter\w*|cath|avulsion|application|irrigation|extraction|splint|cast|EKG|ECG|echo\w*|scan|procedure|surgery|therapy|minutes?|observation|discharge|admission|admit|consult\w*|evaluation)\b/i;
const DIAGNOSIS_SIDE =
  /\bencounter\s+for\b|\bdiagnos[ie]s\b|\bdx\b|\bICD-?10(?:-CM)?\b|\bstatus\b|\bhistory\s+of\b/i;

/** The question describes a procedure or a service done, not a condition. */
export const describesProcedure = (text: string) => PROCEDURE_WORDS.test(text) && !DIAGNOSIS_SIDE.test(text);

/** The question speaks of a pregnancy, a delivery or a newborn (so obstetric and perinatal codes fit). */
export const mentionsPregnancyOrNewborn = (text: string) =>
  (text.toLowerCase().match(TOKEN) ?? []).some((t) => PREGNANCY_OR_NEWBORN_WORDS.has(t));
