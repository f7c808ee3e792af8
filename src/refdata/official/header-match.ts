// Finds a layout's header among the first records of a file (after the notice lines CMS puts on
// top) and where each of its columns is. Pure.
import { normaliseHeader, type ColumnSpec } from './layout.types.js';
import type { OfficialRecord } from './record-readers.js';

/** Records searched for the header: the PFS RVU file has 9 notice and header lines before it. */
export const HEADER_SEARCH = 40;

export interface HeaderMatch {
  /** Line of the header row (the last row of a stacked header). */
  line: number;
  /** For each layout column, its cell index in a data record (-1: an optional column the file lacks). */
  indexes: number[];
}

/** Column texts of a stacked header: each column read top to bottom over the rows ending at `at`
 * (up to the nearest blank row above it). */
export function stackedNames(records: readonly OfficialRecord[], at: number): string[] {
  let top = at;
  while (top > 0 && records[top - 1]!.cells.some((c) => c.trim() !== '')) top--;
  const width = Math.max(...records.slice(top, at + 1).map((r) => r.cells.length));
  return Array.from({ length: width }, (_, i) =>
    records
      .slice(top, at + 1)
      .map((r) => r.cells[i] ?? '')
      .join(' '),
  );
}

/** Each column's index among `names`, in order (a cell serves one column), or null when a required one is missing. */
export function matchColumns(names: readonly string[], columns: readonly ColumnSpec[]): number[] | null {
  const texts = names.map(normaliseHeader);
  const used = new Set<number>();
  const indexes: number[] = [];
  for (const col of columns) {
    const i = texts.findIndex((t, k) => !used.has(k) && col.header.test(t));
    if (i < 0) {
      if (!col.optional) return null;
      indexes.push(-1);
      continue;
    }
    used.add(i);
    indexes.push(i);
  }
  return indexes;
}

/** The header among `records` (the file's first ones), or null when none matches the layout. */
export function findHeader(
  records: readonly OfficialRecord[],
  columns: readonly ColumnSpec[],
  stacked = false,
): HeaderMatch | null {
  for (let k = 0; k < records.length; k++) {
    const names = stacked ? stackedNames(records, k) : records[k]!.cells;
    const indexes = matchColumns(names, columns);
    if (indexes) return { line: records[k]!.line, indexes };
  }
  return null;
}

/** What the layout expected, for the refusal message. */
export const expectedHeader = (columns: readonly ColumnSpec[]) =>
  columns
    .filter((c) => !c.optional)
    .map((c) => c.key)
    .join(', ');
