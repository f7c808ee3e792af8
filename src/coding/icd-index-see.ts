// Two readings of the Alphabetic Index's main terms the walk needs (pure). A "see" reference names its
// target level by level, each level by one of its term's alternatives. And a main term written "Fracture,
// pathological" beside a "Fracture, traumatic" is a qualified main term, not two names for one thing: the
// question must name its qualifier (a fall is no pathological fracture, I.C.13.c), except where the index
// files the word's own codes (the main term that carries a code).
import type { IndexSource } from './icd-facts.types.js';

/** The fields of an index row these readings use (the walk's IndexRow has them). */
interface IndexRow {
  source: IndexSource;
  main: number;
  rowId: number;
  level: number;
  term: string;
  code: string | null;
  path: string;
}

const alternatives = (term: string): string[] =>
  term
    .replace(/\([^)]*\)/g, ' ')
    .split(/,\s*/)
    .map((a) => a.trim().toLowerCase())
    .filter(Boolean);

/** The levels of a "see" path below its main term, which it names in full or by its first word
 *  ("Fracture, femur, neck" inside "Fracture, traumatic"); null when it names another main term. */
function levelsBelow(target: readonly string[], main: string): string[] | null {
  const parts = alternatives(main);
  if (parts.length > 1 && parts.every((p, i) => target[i] === p)) return target.slice(parts.length);
  return target[0] === parts[0] ? target.slice(1) : null;
}

/** Rows at or under a "see" path: by the path as written, else level by level ("femur" for the level
 *  "femur, femoral"), in the referring entry's own main term when it has them. */
export function rowsUnder<R extends IndexRow>(
  target: string,
  rows: readonly R[],
  main: number,
  source: IndexRow['source'] = 'index',
): R[] {
  const index = rows.filter((r) => r.source === source);
  const exact = index.filter(
    (r) => r.path.toLowerCase() === target || r.path.toLowerCase().startsWith(`${target}, `),
  );
  if (exact.length) return exact;
  const segments = target.split(/,\s*/).map((t) => t.trim());
  const out: R[] = [];
  const chain: R[] = [];
  for (const r of [...index].sort((a, b) => a.main - b.main || a.rowId - b.rowId)) {
    if (chain[0]?.main !== r.main) chain.length = 0;
    chain.length = Math.min(chain.length, r.level);
    chain[r.level] = r;
    const below = chain[0] ? levelsBelow(segments, chain[0].term) : null;
    if (!below || below.length > r.level) continue;
    if (below.every((seg, i) => chain[i + 1] && alternatives(chain[i + 1]!.term).includes(seg))) out.push(r);
  }
  const own = out.filter((r) => r.main === main);
  return own.length ? own : out;
}

/** A second name that is a form of the first ("Gout, gouty", "Allergy, allergic"), not a qualifier. */
const formOf = (first: string, other: string): boolean =>
  other.split(/\s+/).length === 1 && first.slice(0, 4) === other.slice(0, 4);

/** The qualifier a main term's first word is read with when the question names none: a fracture is
 *  traumatic unless called pathological, stress or the like ("Fracture, traumatic" holds the sites). */
const DEFAULT_QUALIFIER: Readonly<Record<string, string>> = { fracture: 'traumatic' };

/** Row ids of main terms whose qualifier the question must name: a main term sharing its first word with
 *  another main term, its other names not forms of that word, and no code of its own. */
export function qualifiedMains(rows: readonly IndexRow[]): Set<number> {
  const mains = rows.filter((r) => (r.source === 'index' || r.source === 'external') && r.level === 0);
  const firstWord = (r: IndexRow) => alternatives(r.term)[0] ?? '';
  const out = new Set<number>();
  for (const r of mains) {
    const [first, ...rest] = alternatives(r.term);
    if (!first || !rest.length || r.code) continue;
    const siblings = mains.some(
      (o) => o.rowId !== r.rowId && o.source === r.source && firstWord(o) === first,
    );
    const byDefault = rest.length === 1 && DEFAULT_QUALIFIER[first] === rest[0];
    if (siblings && !byDefault && rest.some((q) => !formOf(first, q))) out.add(r.rowId);
  }
  return out;
}
