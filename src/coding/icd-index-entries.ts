// The entries of the Alphabetic Index a question's words name (pure): each level of an entry named by the
// question (a connector level like "with" excepted), the best entry under each main term, and where a
// "see" reference leads (icd-index-see.ts reads its path). Used by the walk (icd-index-walk.ts).
import type { IndexSource } from './icd-facts.types.js';
import { termWords } from './icd-index-words.js';
import { rowsUnder } from './icd-index-see.js';

/** One row of the index or a table, as the facts statement returns it (rows of a main term in order). */
export interface IndexRow {
  source: IndexSource;
  /** Row id of the row's main term (level 0). */
  main: number;
  rowId: number;
  level: number;
  term: string;
  see: string | null;
  nonessential: string | null;
  /** The index's code; for a table, the cells by column name. */
  code: string | null;
  cells?: Record<string, string | null>;
  path: string;
}

/** Same word, or the same stem with a short ending ("pleura"/"pleural", "diabetes"/"diabetic"). */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i >= 6 && a.length - i <= 3 && b.length - i <= 3;
}

export const has = (words: readonly string[], w: string) => words.some((q) => sameWord(q, w));

/** How much of one level's term the question names: its best alternative ("pleura, pleurisy"). */
/** A subterm written "cerebral, perinatal" or "autonomic, peripheral" is one phrase, its second part a
 *  qualifier the question must name too; "pleura, pleurisy" and "femur, femoral" are forms of one word,
 *  and a list with "or" ("elective, secondary or therapeutic") names alternatives. */
function qualified(plain: string): boolean {
  const parts = plain
    .split(/,\s*/)
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  if (parts.length < 2 || /\sor\s/i.test(plain)) return false;
  return parts.slice(1).some((p) => p.slice(0, 3) !== parts[0]!.slice(0, 3));
}

function levelMatch(
  term: string,
  question: readonly string[],
  whole = false,
  subterm = true,
): { score: number; words: string[] } | null {
  let best: { score: number; words: string[] } | null = null;
  // Words in parentheses are nonessential modifiers: they may be present or absent (I.A.7).
  const plain = term.replace(/\([^)]*\)/g, ' ');
  for (const alt of whole || (subterm && qualified(plain))
    ? [plain.replace(/,/g, ' ')]
    : plain.split(/,\s*/)) {
    const words = termWords(alt);
    if (!words.length) continue;
    const hit = words.filter((w) => has(question, w));
    // Every word of an alternative must be named: "malignant pleural" is not "pleural effusion".
    const score = hit.length === words.length ? 1 : 0;
    if (!best || score > best.score) best = { score, words: hit };
  }
  return best;
}

/** A level whose term is only a connector keeps its words in the nonessential column as the data has it
 *  ("and" with "(on) chronic (congestive)" is "and (on) chronic"): those outside parentheses are the term's. */
const termOf = (row: IndexRow): string =>
  row.nonessential && !termWords(row.term).length ? `${row.term} ${row.nonessential}` : row.term;

/** "polyneuropathy" is narrower than "neuropathy": at a tie the more specific term the question names wins. */
const narrower = (a: IndexRow, b: IndexRow): boolean => {
  const x = a.term.toLowerCase();
  const y = b.term.toLowerCase();
  return x !== y && x.includes(y);
};

interface EntryOptions {
  /** Main terms whose qualifier must be named (icd-index-see.ts). */
  whole?: ReadonlySet<number>;
  /** Only entries with a code (the end of a "see"). */
  coded?: boolean;
  /** Rows a "see" reference names: reached without the question naming them ("cardiorenal"). */
  given?: ReadonlySet<number>;
}

export interface Scored {
  row: IndexRow;
  matched: string[];
  depth: number;
}

/** The best fully named entry under each main term (every non-connector level named by the question). */
export function bestEntries(
  rows: readonly IndexRow[],
  question: readonly string[],
  { whole = new Set(), coded = false, given = new Set() }: EntryOptions = {},
): Scored[] {
  const best = new Map<string, Scored>();
  const chain: IndexRow[] = [];
  let source: IndexSource | null = null;
  for (const row of rows) {
    // A table's rows start below its main entry: levels left from the index must not stand above them.
    if (row.source !== source) chain.length = 0;
    source = row.source;
    chain.length = Math.min(chain.length, row.level);
    chain[row.level] = row;
    if (!row.code && (coded || (!row.see && !row.cells))) continue;
    // A catch-all entry ("specified disease NEC") fits only a question that names that condition.
    if (/\bNEC\b/.test(row.term) && row.level > 0) continue;
    const matched = new Set<string>();
    let named = 0;
    let skipped = 0;
    let ok = true;
    for (const level of chain) {
      if (!level) continue; // a table's main entry is not among the rows read
      // A table's main entry ("Neoplasm, neoplastic") is reached through the table's own words.
      if (level.level === 0 && level.source === 'neoplasm') continue;
      // A main term's qualifiers are read by qualifiedMains (icd-index-see.ts); a subterm's here.
      const m = levelMatch(termOf(level), question, whole.has(level.rowId), level.level > 0);
      if (given.has(level.rowId)) {
        named++;
        continue;
      }
      // A connector level ("with") goes unnamed; one carrying its own code above the row is a condition
      // of its own ("Gout, in (due to) [renal impairment]"), which the question must name.
      if (m === null) {
        if (level.code && level !== row && level.level > 0) {
          ok = false;
          break;
        }
        continue;
      }
      if (m.score < 1) {
        // The neoplasm table files "sigmoid colon" under "intestine, large" (its see-also): a heading
        // above the row may go unnamed when the row itself and another level are named.
        if (row.source === 'neoplasm' && level !== row) {
          skipped++;
          continue;
        }
        ok = false;
        break;
      }
      named++;
      m.words.forEach((w) => matched.add(w));
      for (const w of termWords(level.nonessential ?? '')) if (has(question, w)) matched.add(w);
    }
    if (!ok || named === 0 || (skipped > 0 && named < 2)) continue;
    const key = `${row.source}:${row.main}`;
    const prior = best.get(key);
    const candidate = { row, matched: [...matched], depth: named };
    if (
      !prior ||
      candidate.matched.length > prior.matched.length ||
      (candidate.matched.length === prior.matched.length &&
        (candidate.depth > prior.depth || (candidate.depth === prior.depth && narrower(row, prior.row))))
    )
      best.set(key, candidate);
  }
  return [...best.values()];
}

/** Where a "see" reference leads: the best entry at or under the path it names. */
export function followSee(
  from: Scored,
  rows: readonly IndexRow[],
  question: readonly string[],
  whole: ReadonlySet<number>,
): Scored | null {
  const under = rowsUnder(from.row.see!.toLowerCase(), rows, from.row.main, from.row.source);
  // Only an entry with a code ends the reference: a further "see" is not followed.
  // The target's own level ("cardiorenal") counts as named when the question names the referring term
  // in full ("kidney disease"), not one of its alternatives only ("autonomic, peripheral" by "peripheral").
  const top = Math.min(...under.map((r) => r.level));
  const full = termWords(from.row.term.replace(/\([^)]*\)/g, ' ')).every((w) => has(question, w));
  const given = new Set(full ? under.filter((r) => r.level === top).map((r) => r.rowId) : []);
  const found = bestEntries(
    [...under].sort((a, b) => a.rowId - b.rowId),
    question,
    { whole, coded: true, given },
  ).sort((a, b) => b.matched.length - a.matched.length);
  const to = found[0];
  return to
    ? { row: to.row, matched: [...new Set([...from.matched, ...to.matched])], depth: to.depth }
    : null;
}
