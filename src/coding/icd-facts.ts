// A question's diagnosis and PCS facts, in one statement beside the code look-up (findingsFor): what
// the Tabular List says around the asked ICD-10-CM codes, PCS table titles, and, for a diagnosis or
// procedure asked in words, the Alphabetic Index walk and the PCS titles the words match.
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { factsStatement, type FactsParams, type FactsRow } from './icd-facts-sql.js';
import type {
  PcsSuggestion,
  QuestionReferenceFacts,
  TabularCode,
  TabularFacts,
  TabularNote,
} from './icd-facts.types.js';
import { diagnosticWords, stem } from './icd-index-words.js';
import { walkIndex, type IndexRow } from './icd-index-walk.js';
import { asksTable } from './icd-index-tables.js';
import { asksExternalCause } from '../refdata/search-words.js';
import { pcsQueryWords, scorePcsTitles } from './pcs-search.js';
import { pcsRecipesFor } from './pcs-recipes.js';

export interface FactsRequest {
  text: string;
  dos: string;
  icdCodes: string[];
  pcsCodes: string[];
  /** Walk the index with the question's words (a diagnosis question). */
  walk: boolean;
  /** Search PCS titles with the question's words (a PCS question without a PCS code). */
  pcsSearch: boolean;
}

const compact = (code: string) => code.replace('.', '');
const dotted = (c: string) => (c.length > 3 ? `${c.slice(0, 3)}.${c.slice(3)}` : c);

/** The code's category and subcategories, and the code itself ("S93.401A" -> S93, S93.4, S93.40, ...). */
export function ancestorsOf(code: string): string[] {
  const c = compact(code);
  return Array.from({ length: c.length - 2 }, (_, i) => dotted(c.slice(0, i + 3)));
}

/** Readings of a code written without its placeholder X ("T39.11A" -> "T39.1X1A" among others). */
export function placeholderReadings(code: string): string[] {
  const c = compact(code);
  if (c.length >= 7 || c.length < 5 || !/[A-Z]$/.test(c)) return [];
  const out = new Set<string>();
  const fill = (s: string): void => {
    if (s.length === 7) return void out.add(dotted(s));
    for (let i = 3; i < s.length; i++) fill(`${s.slice(0, i)}X${s.slice(i)}`);
  };
  fill(c);
  return [...out];
}

// An adjective of a condition names its main term's noun: "diabetic" is under "Diabetes", "septic"
// under "Sepsis", "anemic" under "Anemia".
// prettier-ignore
const NOUN_OF: [RegExp, string][] = [
  [/etic$/, 'etes'], [/emic$/, 'emia'], [/itic$/, 'itis'], [/otic$/, 'osis'], [/ptic$/, 'psis'],
  [/matic$/, 'ma'], [/tensive$/, 'tension'], [/ese$/, 'esity'],
];
const nounsOf = (word: string) =>
  NOUN_OF.flatMap(([re, noun]) => (re.test(word) ? [word.replace(re, noun)] : []));

/** Main-term forms of the words: the raw word, its stem and its noun, so "diabetic" meets "Diabetes". */
export function mainWords(text: string, words: readonly string[]): string[] {
  const raw = (text.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => words.includes(stem(w)));
  return [...new Set([...raw, ...words, ...words.flatMap(nounsOf)])];
}

type Recipes = ReturnType<typeof pcsRecipesFor>;

export function factsParams(req: FactsRequest): { params: FactsParams; words: string[]; recipes: Recipes } {
  const words = req.walk || req.pcsSearch ? diagnosticWords(req.text) : [];
  const icd = [...new Set(req.icdCodes)];
  // Read once: the statement fetches the recipes' titles, and readFacts orders them by recipe.
  const recipes = req.pcsSearch ? pcsRecipesFor(req.text) : [];
  const recipeCodes = [...new Set(recipes.flatMap((r) => [...r.codes, ...r.also]))];
  // The code's siblings: the same condition on the other side, at another encounter.
  const parents = icd.flatMap((c) => {
    const k = compact(c);
    return [k.length >= 5 ? dotted(k.slice(0, -1)) : [], k.length >= 7 ? dotted(k.slice(0, -2)) : []].flat();
  });
  return {
    words,
    recipes,
    params: {
      dos: req.dos,
      ancestors: [...new Set(icd.flatMap(ancestorsOf))],
      stems: [...new Set([...icd, ...parents])],
      fixes: icd.flatMap(placeholderReadings),
      pcsTables: [...new Set(req.pcsCodes.map((c) => c.slice(0, 3)))],
      pcsCodes: [...new Set(req.pcsCodes)],
      mainWords: req.walk ? mainWords(req.text, words) : [],
      indexKinds: asksExternalCause(req.text) ? ['alpha', 'external'] : ['alpha'],
      neoplasmWords: req.walk && asksTable('neoplasm', words) ? words : [],
      drugWords: req.walk && asksTable('drugs', words) ? mainWords(req.text, words) : [],
      // A recipe's codes, when the words call for one, stand in for the title search.
      pcsQuery: req.pcsSearch && !recipeCodes.length ? pcsQueryWords(req.text) : null,
      pcsRecipeCodes: recipeCodes,
    },
  };
}

const NOTE_TYPES: Record<string, TabularNote['type']> = {
  excludes1: 'excludes1',
  excludes2: 'excludes2',
  codeFirst: 'codeFirst',
  useAdditionalCode: 'useAdditionalCode',
  codeAlso: 'codeAlso',
  includes: 'includes',
};

const NEOPLASM_CELLS = [
  'malignant_primary',
  'malignant_secondary',
  'ca_in_situ',
  'benign',
  'uncertain_behavior',
  'unspecified_behavior',
];
const DRUG_CELLS = [
  'poisoning_accidental',
  'poisoning_self_harm',
  'poisoning_assault',
  'poisoning_undetermined',
  'adverse_effect',
  'underdosing',
];

type Facts = (string | null)[];
const at = (f: Facts, i: number): string | null => f[i] ?? null;
const cellsOf = (names: string[], f: Facts, from: number) =>
  Object.fromEntries(names.map((n, i) => [n, at(f, from + i)]));

/** The External Cause Index numbers its rows from 1 as the Alphabetic Index does: its ids are moved
 *  past them so a row id names one row of either. */
const EXTERNAL_ROW_OFFSET = 10_000_000;

function indexRow(f: Facts): IndexRow {
  const offset = f[8] === 'external' ? EXTERNAL_ROW_OFFSET : 0;
  return {
    source: offset ? 'external' : 'index',
    main: +f[0]! + offset,
    rowId: +f[1]! + offset,
    level: +f[2]!,
    term: f[3]!,
    see: at(f, 4),
    nonessential: at(f, 5),
    code: at(f, 6),
    path: f[7]!,
  };
}

function tableRow(source: 'neoplasm' | 'drugs', f: Facts): IndexRow {
  const cells = cellsOf(source === 'neoplasm' ? NEOPLASM_CELLS : DRUG_CELLS, f, 6);
  return {
    source,
    main: +f[0]!,
    rowId: +f[1]!,
    level: +f[2]!,
    term: f[3]!,
    see: null,
    nonessential: at(f, 4),
    code: null,
    path: f[5]!,
    cells,
  };
}

export function readFacts(
  rows: FactsRow[],
  words: string[],
  req: FactsRequest,
  recipes: Recipes,
): QuestionReferenceFacts {
  const tabular: TabularFacts = { notes: [], ancestors: [], under: {}, placeholderFixes: {}, pcsTables: [] };
  const index: IndexRow[] = [];
  let pcs: { code: string; title: string }[] = [];
  const recipeTitles = new Map<string, string>();
  const code = (f: (string | null)[]): TabularCode => ({
    code: f[0]!,
    title: f[1]!,
    billable: f[2] === 'true',
  });
  for (const { section, facts } of rows) {
    for (const f of facts ?? []) {
      if (section === 'note')
        tabular.notes.push({ code: f[0]!, type: NOTE_TYPES[f[1]!] ?? 'other', text: f[2]! });
      else if (section === 'ancestor') tabular.ancestors.push(code(f));
      else if (section === 'under')
        (tabular.under[f[0]!] ??= []).push({ code: f[1]!, title: f[2]!, billable: true });
      else if (section === 'fix') {
        const fix = code(f);
        const asked = req.icdCodes.find((c) => placeholderReadings(c).includes(fix.code));
        if (asked) tabular.placeholderFixes[asked] = fix;
      } else if (section === 'pcs_table')
        tabular.pcsTables.push({ code: f[0]!, title: f[1]!, billable: false });
      else if (section === 'pcs_near')
        ((tabular.pcsNear ??= {})[f[0]!] ??= []).push({ code: f[1]!, title: f[2]!, billable: true });
      else if (section === 'index') index.push(indexRow(f));
      else if (section === 'neoplasm') index.push(tableRow('neoplasm', f));
      else if (section === 'drug') index.push(tableRow('drugs', f));
      else if (section === 'pcs') pcs.push({ code: f[0]!, title: f[1]! });
      else if (section === 'pcs_recipe') recipeTitles.set(f[0]!, f[1]!);
    }
  }
  pcs = req.pcsSearch ? pcs : [];
  return {
    tabular,
    indexWalk: req.walk ? { words, suggestions: walkIndex(words, index), tabular: {} } : null,
    pcsSearch: recipeTitles.size ? recipeSuggestions(recipes, recipeTitles) : scorePcsTitles(req.text, pcs),
  };
}

/** The recipe's codes the code file holds, in the recipe's order, each named with its recipe. */
function recipeSuggestions(recipes: Recipes, titles: ReadonlyMap<string, string>): PcsSuggestion[] {
  const known = (code: string) => titles.has(code);
  return recipes.flatMap(({ recipe, codes, also }) => [
    ...codes
      .filter(known)
      .map((code) => ({ code, title: titles.get(code)!, score: 1, matched: [], recipe: recipe.name })),
    ...also.filter(known).map((code) => ({
      code,
      title: titles.get(code)!,
      score: 1,
      matched: [],
      recipe: recipe.name,
      also: true,
    })),
  ]);
}

export async function referenceFacts(
  db: Kysely<Database>,
  req: FactsRequest,
): Promise<QuestionReferenceFacts | null> {
  if (!req.icdCodes.length && !req.pcsCodes.length && !req.walk && !req.pcsSearch) return null;
  const { params, words, recipes } = factsParams(req);
  const { rows } = await factsStatement(params).execute(db);
  return readFacts(rows, words, req, recipes);
}
