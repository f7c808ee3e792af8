// Walking the Alphabetic Index as a coder does (pure): a main term the question names, then the
// subterms it also names, level by level, following a "see" reference to where it points; the code at
// the deepest entry whose every level the question's words account for. The neoplasm and drug tables
// are walked the same way, their column chosen by the words (icd-index-tables.ts). Nothing is suggested
// when the words do not reach a code (ICD-10-CM Official Guidelines I.B.1, I.A.16, I.A.18).
import type { IndexSource, IndexSuggestion } from './icd-facts.types.js';
import { TABULAR_WORDS, termWords } from './icd-index-words.js';
import { tableColumn, TABLE_WORDS } from './icd-index-tables.js';
import { qualifiedMains, rowsUnder } from './icd-index-see.js';

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

const has = (words: readonly string[], w: string) => words.some((q) => sameWord(q, w));

/** How much of one level's term the question names: its best alternative ("pleura, pleurisy"). */
function levelMatch(
  term: string,
  question: readonly string[],
  whole = false,
): { score: number; words: string[] } | null {
  let best: { score: number; words: string[] } | null = null;
  // Words in parentheses are nonessential modifiers: they may be present or absent (I.A.7).
  const plain = term.replace(/\([^)]*\)/g, ' ');
  for (const alt of whole ? [plain.replace(/,/g, ' ')] : plain.split(/,\s*/)) {
    const words = termWords(alt);
    if (!words.length) continue;
    const hit = words.filter((w) => has(question, w));
    // Every word of an alternative must be named: "malignant pleural" is not "pleural effusion".
    const score = hit.length === words.length ? 1 : 0;
    if (!best || score > best.score) best = { score, words: hit };
  }
  return best;
}

/** "polyneuropathy" is narrower than "neuropathy": at a tie the more specific term the question names wins. */
const narrower = (a: IndexRow, b: IndexRow): boolean => {
  const x = a.term.toLowerCase();
  const y = b.term.toLowerCase();
  return x !== y && x.includes(y);
};

interface Scored {
  row: IndexRow;
  matched: string[];
  depth: number;
}

/** The best fully named entry under each main term (every non-connector level named by the question). */
function bestEntries(
  rows: readonly IndexRow[],
  question: readonly string[],
  whole: ReadonlySet<number> = new Set(),
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
    if (!row.code && !row.see && !row.cells) continue;
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
      const m = levelMatch(level.term, question, whole.has(level.rowId));
      if (m === null) continue; // a connector level ("with")
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
function followSee(
  from: Scored,
  rows: readonly IndexRow[],
  question: readonly string[],
  whole: ReadonlySet<number>,
): Scored | null {
  const under = rowsUnder(from.row.see!.toLowerCase(), rows, from.row.main);
  const found = bestEntries(under.length ? [...under].sort((a, b) => a.rowId - b.rowId) : [], question, whole)
    .filter((s) => s.row.code)
    .sort((a, b) => b.matched.length - a.matched.length);
  const to = found[0];
  return to
    ? { row: to.row, matched: [...new Set([...from.matched, ...to.matched])], depth: to.depth }
    : null;
}

const MAX_SUGGESTIONS = 4;

export function walkIndex(words: readonly string[], rows: readonly IndexRow[]): IndexSuggestion[] {
  const named = words.filter((w) => !TABULAR_WORDS.has(w));
  if (!named.length) return [];
  // A drug the Table of Drugs knows makes the condition a drug's ("rash from amoxicillin": Rash, drug).
  const drugNamed = bestEntries(
    rows.filter((r) => r.source === 'drugs'),
    named,
  ).length;
  const question = drugNamed && !named.includes('drug') ? [...named, 'drug'] : named;
  const tableWords = question.filter((w) => TABLE_WORDS.has(w));
  const candidates: { s: IndexSuggestion; matched: string[] }[] = [];
  const whole = qualifiedMains(rows);
  for (const entry of bestEntries(rows, question, whole)) {
    const resolved =
      entry.row.code || entry.row.cells
        ? entry
        : entry.row.see
          ? followSee(entry, rows, question, whole)
          : null;
    if (!resolved) continue;
    const { row } = resolved;
    let code = row.code;
    let column: string | null = null;
    let matched = resolved.matched;
    if (row.cells) {
      const site = matched.filter((w) => !TABLE_WORDS.has(w));
      const chosen = tableColumn(row.source, question, row.cells, site);
      if (!chosen) continue;
      ({ code, column } = chosen);
      matched = [...new Set([...matched, ...tableWords])];
    }
    if (!code) continue;
    const path = resolved === entry ? row.path : `${entry.row.path} (see ${entry.row.see}) -> ${row.path}`;
    candidates.push({
      s: {
        code: code.replace(/[.-]+$/, ''),
        needsMore: code.endsWith('-'),
        path,
        source: row.source,
        column,
        score: Math.round((matched.length / question.length) * 100) / 100,
      },
      matched,
    });
  }
  // Greedy cover: each suggestion must account for a word no better suggestion already does.
  // An entry naming more of the condition's own words (not only the table's) is read first.
  const own = (c: { matched: string[] }) => c.matched.filter((w) => !TABLE_WORDS.has(w)).length;
  candidates.sort((a, b) => own(b) - own(a) || b.s.score - a.s.score || a.s.path.length - b.s.path.length);
  const covered = new Set<string>();
  const out: IndexSuggestion[] = [];
  for (const c of candidates) {
    const fresh = c.matched.filter((w) => !covered.has(w) && !TABLE_WORDS.has(w));
    const enough = c.matched.length >= 2 || question.length <= 2;
    if (!fresh.length || !enough || out.some((o) => o.code === c.s.code)) continue;
    c.matched.forEach((w) => covered.add(w));
    out.push(c.s);
    if (out.length === MAX_SUGGESTIONS) break;
  }
  return out;
}
