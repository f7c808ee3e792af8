// The data rows of an official file: the header is found after the notice lines, header continuation
// lines and blank lines are passed over, footnotes after the data are allowed where the layout says
// so, and every other record must map to a row: the first that does not stops the import with its
// line and the reason.
import { Fields } from '../fields.js';
import { FieldError, ImportError } from '../import-error.js';
import { expectedHeader, findHeader, HEADER_SEARCH } from './header-match.js';
import type { OfficialLayout, RowValues } from './layout.types.js';
import { readRecords, type OfficialRecord, type RecordFormat } from './record-readers.js';

export interface RowStreamOptions {
  dataset: string;
  onBytes?: (n: number) => void;
}

const blank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** Records with the header found first (fixed-width files have none): the cells are put in column order. */
async function* keyedRecords(
  file: string,
  layout: OfficialLayout,
  format: RecordFormat,
  opts: RowStreamOptions,
): AsyncGenerator<OfficialRecord> {
  const records = readRecords(file, format, opts.onBytes);
  if (format.kind === 'fixed') {
    yield* records;
    return;
  }
  const head: OfficialRecord[] = [];
  let indexes: number[] | null = null;
  for await (const r of records) {
    if (indexes) {
      yield { line: r.line, cells: indexes.map((i) => (i < 0 ? '' : (r.cells[i] ?? ''))) };
      continue;
    }
    head.push(r);
    const match = findHeader(head.slice(-HEADER_SEARCH), layout.columns, layout.stackedHeader);
    if (match) {
      indexes = match.indexes;
      // A stacked header's upper rows were read with it; nothing before the header row is data.
    } else if (head.length >= HEADER_SEARCH) break;
  }
  if (!indexes) {
    throw new ImportError(
      opts.dataset,
      head[0]?.line ?? 1,
      null,
      `no ${layout.title} header in the first ${HEADER_SEARCH} lines (expected columns ${expectedHeader(layout.columns)})`,
    );
  }
}

/** The mapped rows of `file`, each with its line. */
export async function* officialRows(
  file: string,
  layout: OfficialLayout,
  format: RecordFormat,
  opts: RowStreamOptions,
): AsyncGenerator<{ line: number; values: RowValues }> {
  const fields = new Fields(layout.columns.map((c) => c.key));
  const map = layout.mapper();
  let started = false;
  let footnote: number | null = null;
  for await (const { line, cells } of keyedRecords(file, layout, format, opts)) {
    if (blank(cells)) continue;
    // Lines under the header row that continue it ("prior to 1996", "0=not allowed") leave the first column empty.
    if (!started && cells[0]!.trim() === '' && format.kind !== 'fixed') continue;
    const note =
      layout.footnotes &&
      cells.slice(1).every((c) => c.trim() === '') &&
      !layout.footnotes.test(cells[0]!.trim());
    if (note && started) {
      footnote ??= line;
      continue;
    }
    if (footnote !== null)
      throw new ImportError(
        opts.dataset,
        line,
        null,
        `a data line after the notes that end the table (line ${footnote})`,
      );
    started = true;
    let values: RowValues | null;
    try {
      values = map(fields.use(cells), line);
    } catch (err) {
      if (err instanceof FieldError) throw new ImportError(opts.dataset, line, err.column, err.reason);
      throw err;
    }
    if (values) yield { line, values };
  }
  if (!started) throw new ImportError(opts.dataset, null, null, `the file holds no ${layout.title} rows`);
}
