// The NCCI PTP text parts, converted line by line without the generic record path: 4.3M edits a
// quarter went through it at about 75k rows/s (an async step per record); here each chunk of the file
// is split and checked in one synchronous pass. The checks and messages are the layout's own: the
// header found among the first lines, header continuation lines passed over, each field checked.
import { createReadStream } from 'node:fs';
import { ImportError } from '../import-error.js';
import { HEADER_SEARCH, matchColumns } from './header-match.js';
import { PTP_LAYOUT } from './layouts-ncci.js';
import { parseCmsDate } from './official-values.js';

/** One converted edit: column1, column2, deletion (YYYYMMDD or *), modifier, rationale words, effective. */
export type PtpEdit = [string, string, string, string, string, string];

const CODE = /^[0-9A-Z]{5}$/;
const KEYS = PTP_LAYOUT.columns.map((c) => c.key);

export class PtpTextReader {
  private indexes: number[] | null = null;
  private started = false;
  private readonly dates = new Map<string, string | null>();

  constructor(private readonly dataset: string) {}

  private fail(line: number, key: string | null, reason: string): never {
    throw new ImportError(this.dataset, line, key, reason);
  }

  /** YYYYMMDD checked once per distinct value (a part has a few thousand), kept compact. */
  private date(v: string, line: number, key: string, required: boolean): string {
    if (v === '' || v === '*') return required ? this.fail(line, key, 'is empty') : '*';
    let compact = this.dates.get(v);
    if (compact === undefined) this.dates.set(v, (compact = parseCmsDate(v)?.replaceAll('-', '') ?? null));
    return compact ?? this.fail(line, key, `expected a date (YYYYMMDD) (got "${v}")`);
  }

  /** The edit on `text` (line `line` of the file), or null for a line that is not one. */
  read(text: string, line: number): PtpEdit | null {
    return (this.started && this.plain && this.quick(text)) || this.checked(text, line);
  }

  /** The columns in the published order: a well-formed line is read by its tabs alone. */
  private plain = false;

  /** A well-formed edit without splitting or trimming, or null to take the checked path (which also
   * names what is wrong). */
  private quick(text: string): PtpEdit | null {
    const t1 = text.indexOf('\t');
    const t2 = text.indexOf('\t', t1 + 1);
    const t3 = text.indexOf('\t', t2 + 1);
    const t4 = text.indexOf('\t', t3 + 1);
    const t5 = text.indexOf('\t', t4 + 1);
    const t6 = text.indexOf('\t', t5 + 1);
    if (t1 !== 5 || t2 !== 11 || t6 < 0 || t6 !== t5 + 2 || text.indexOf('\t', t6 + 1) >= 0) return null;
    const c1 = text.slice(0, 5);
    const c2 = text.slice(6, 11);
    const effective = text.slice(t3 + 1, t4);
    const deletion = text.slice(t4 + 1, t5);
    const modifier = text[t5 + 1]!;
    const rationale = text.slice(t6 + 1);
    const eff = this.dates.get(effective);
    const del = deletion === '*' ? '*' : this.dates.get(deletion);
    if (!CODE.test(c1) || !CODE.test(c2) || !eff || !del || !rationale || rationale.trim() !== rationale)
      return null;
    if (modifier !== '0' && modifier !== '1' && modifier !== '9') return null;
    return [c1, c2, del, modifier, rationale, eff];
  }

  private checked(text: string, line: number): PtpEdit | null {
    const cells = text.split('\t');
    if (!this.indexes) {
      this.indexes = matchColumns(cells, PTP_LAYOUT.columns);
      this.plain = this.indexes?.join(',') === '0,1,2,3,4,5,6';
      if (!this.indexes && line >= HEADER_SEARCH)
        this.fail(
          1,
          null,
          `no ${PTP_LAYOUT.title} header in the first ${HEADER_SEARCH} lines (expected columns column1, column2, effective, deletion, modifier, rationale)`,
        );
      return null;
    }
    const at = (k: number) => (this.indexes![k]! < 0 ? '' : (cells[this.indexes![k]!] ?? '').trim());
    if (cells.every((c) => c.trim() === '')) return null;
    if (!this.started && at(0) === '') return null; // "prior to 1996", "0=not allowed": the header goes on
    this.started = true;
    const c1 = at(0).toUpperCase();
    const c2 = at(1).toUpperCase();
    if (!CODE.test(c1)) this.fail(line, KEYS[0]!, c1 ? `not a valid code (got "${c1}")` : 'is empty');
    if (!CODE.test(c2)) this.fail(line, KEYS[1]!, c2 ? `not a valid code (got "${c2}")` : 'is empty');
    const effective = this.date(at(3), line, KEYS[3]!, true);
    const deletion = this.date(at(4), line, KEYS[4]!, false);
    const modifier = at(5);
    if (modifier !== '0' && modifier !== '1' && modifier !== '9')
      this.fail(line, KEYS[5]!, modifier ? `expected one of 0, 1, 9 (got "${modifier}")` : 'is empty');
    const rationale = at(6);
    if (!rationale) this.fail(line, KEYS[6]!, 'is empty');
    return [c1, c2, deletion, modifier, rationale, effective];
  }

  /** After the last line: a file without a header or without edits is not a PTP part. */
  end(): void {
    if (!this.indexes)
      this.fail(
        1,
        null,
        `no ${PTP_LAYOUT.title} header (expected columns column1, column2, effective, deletion, modifier, rationale)`,
      );
    if (!this.started)
      throw new ImportError(this.dataset, null, null, `the file holds no ${PTP_LAYOUT.title} rows`);
  }
}

/** Calls `each` with every edit of a text part, in file order, and awaits `afterChunk` (told the bytes
 * read) after each chunk's edits, so the caller can write them out. */
export async function readPtpText(
  file: string,
  dataset: string,
  each: (edit: PtpEdit) => void,
  afterChunk: (bytes: number) => Promise<void>,
): Promise<void> {
  const reader = new PtpTextReader(dataset);
  let rest = '';
  let line = 0;
  // The files are ASCII; latin1 keeps any other byte as one character.
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    const text = rest + (chunk as Buffer).toString('latin1');
    let s = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', s)) {
      const edit = reader.read(text.slice(s, text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl), ++line);
      if (edit) each(edit);
      s = nl + 1;
    }
    rest = text.slice(s);
    await afterChunk((chunk as Buffer).length);
  }
  if (rest.replace(/\r$/, '') !== '') {
    const edit = reader.read(rest.replace(/\r$/, ''), line + 1);
    if (edit) each(edit);
  }
  reader.end();
}
