// Walking the Alphabetic Index as a coder does (pure): a main term the question names, then the
// subterms it also names, level by level, following a "see" reference to where it points; the code at
// the deepest entry whose every level the question's words account for. The neoplasm and drug tables
// are walked the same way, their column chosen by the words (icd-index-tables.ts). Nothing is suggested
// when the words do not reach a code (ICD-10-CM Official Guidelines I.B.1, I.A.16, I.A.18).
import type { IndexSuggestion } from './icd-facts.types.js';
import { TABULAR_WORDS } from './icd-index-words.js';
import { tableColumn, TABLE_WORDS } from './icd-index-tables.js';
import { qualifiedMains } from './icd-index-see.js';
import { bestEntries, followSee, sameWord, type IndexRow } from './icd-index-entries.js';

export type { IndexRow } from './icd-index-entries.js';

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
  for (const entry of bestEntries(rows, question, { whole })) {
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
  // The External Cause Index answers another question (how it happened) than the injury's index entry:
  // its words are covered apart ("dog bite of the hand": S61.45- and W54.0 both).
  const coveredBy = { index: new Set<string>(), external: new Set<string>() };
  const chosen: typeof candidates = [];
  for (const c of candidates) {
    const covered = c.s.source === 'external' ? coveredBy.external : coveredBy.index;
    // "hypertensive" in one entry covers "hypertension" in another: both are the question's one word.
    const fresh = c.matched.filter((w) => ![...covered].some((x) => sameWord(x, w)) && !TABLE_WORDS.has(w));
    const enough = c.matched.length >= 2 || question.length <= 2;
    if (!fresh.length || !enough || chosen.some((o) => o.s.code === c.s.code)) continue;
    c.matched.forEach((w) => covered.add(w));
    chosen.push(c);
    if (chosen.length === MAX_SUGGESTIONS) break;
  }
  return withoutUnspecifiedSiblings(withoutLesserEntries(chosen));
}

/** An entry accounting only for words another chosen entry of the same index accounts for, and fewer of
 *  them, is the less specific reading ("Delirium, alcoholic" beside "Dependence, alcohol, with,
 *  withdrawal, with, delirium"). */
function withoutLesserEntries(chosen: { s: IndexSuggestion; matched: string[] }[]): IndexSuggestion[] {
  const within = (a: string[], b: string[]) => a.every((w) => b.some((x) => sameWord(x, w)));
  const words = (c: { matched: string[] }) => c.matched.filter((w) => !TABLE_WORDS.has(w));
  return chosen
    .filter(
      (c) =>
        !chosen.some(
          (o) =>
            o !== c && o.s.source === c.s.source && within(words(c), words(o)) && !within(words(o), words(c)),
        ),
    )
    .map((c) => c.s);
}

/** An unspecified code ("S61.40-", unspecified open wound of hand) beside a specified sibling reached by
 *  other words ("S61.45-", open bite of hand) is the same condition said less precisely. */
function withoutUnspecifiedSiblings(found: IndexSuggestion[]): IndexSuggestion[] {
  const parent = (code: string) => code.slice(0, -1);
  return found.filter(
    (s) =>
      !(
        s.code.endsWith('0') &&
        s.code.includes('.') &&
        found.some((o) => o !== s && !o.code.endsWith('0') && parent(o.code) === parent(s.code))
      ),
  );
}
