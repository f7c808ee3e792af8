// Records of an official file, whatever its packaging: comma-separated with quoting (csv-parse),
// tab-separated text (NCCI PTP), fixed-width text (HCPCS ANWEB, ICD-10 order files), or the first sheet
// of an xlsx workbook. Each record comes with the line (or sheet row) it starts on, for error messages.
// Text is UTF-8 when it decodes as UTF-8, else Windows-1252 (CMS notices carry a 0xAE "®"), which
// keeps one character per byte so fixed-width positions stay right.
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { parse } from 'csv-parse';
import { ImportError } from '../import-error.js';
import { xlsxRows, type SheetRow } from './xlsx-reader.js';

/** A field of a fixed-width record: 1-based start position and length, as record layouts give them. */
export type FixedField = readonly [start: number, length: number];

export type RecordFormat =
  { kind: 'csv' } | { kind: 'tsv' } | { kind: 'fixed'; fields: readonly FixedField[] } | { kind: 'xlsx' };

export type { SheetRow as OfficialRecord };

const SNIFF = 1 << 20;
const LINE_ENDS = /\r\n|\r|\n/g;

/** 'utf8' when the file's first megabyte is valid UTF-8 (a cut multi-byte character at the end allowed). */
export async function textEncoding(file: string): Promise<'utf8' | 'windows-1252'> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(SNIFF);
    const { bytesRead } = await fh.read(buf, 0, SNIFF, 0);
    const head = buf.subarray(0, bytesRead);
    for (let cut = 0; cut < 4 && cut <= head.length; cut++) {
      if (isUtf8(head.subarray(0, head.length - cut))) return 'utf8';
      if (bytesRead < SNIFF) break; // the whole file was read: no character was cut
    }
    return 'windows-1252';
  } finally {
    await fh.close();
  }
}

/** Lines of a text file (CR LF or LF), numbered from 1, decoded as the file's encoding. */
async function* lines(file: string, onBytes: (n: number) => void): AsyncGenerator<[number, string]> {
  const decoder = new TextDecoder(await textEncoding(file));
  let rest = '';
  let n = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    onBytes((chunk as Buffer).length);
    const text = rest + decoder.decode(chunk as Buffer, { stream: true });
    let s = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', s)) {
      yield [++n, text.charCodeAt(nl - 1) === 13 ? text.slice(s, nl - 1) : text.slice(s, nl)];
      s = nl + 1;
    }
    rest = text.slice(s);
  }
  rest += decoder.decode();
  if (rest !== '') yield [n + 1, rest.endsWith('\r') ? rest.slice(0, -1) : rest];
}

async function* csvRecords(file: string, onBytes: (n: number) => void): AsyncGenerator<SheetRow> {
  const encoding = await textEncoding(file);
  const parser = createReadStream(file, { highWaterMark: 1 << 20 })
    .on('data', (chunk) => onBytes(chunk.length))
    .pipe(
      parse({
        bom: true,
        raw: true,
        relax_column_count: true,
        relax_quotes: true,
        encoding: encoding === 'utf8' ? 'utf8' : 'latin1',
      }),
    );
  // csv-parse counts a CR LF inside a quoted cell as two lines, and leaves the LF of a CR LF record end
  // out of the raw record: count each record's line ends (CR LF, LF or CR) instead.
  let next = 1;
  try {
    for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
      yield { line: next, cells: record };
      next += raw.match(LINE_ENDS)?.length ?? 0;
    }
  } catch (err) {
    throw new ImportError('file', next, null, (err as Error).message);
  }
}

/** Splits a fixed-width line by the layout's positions (cells trimmed on the right only). */
export function fixedCells(line: string, fields: readonly FixedField[]): string[] {
  return fields.map(([start, length]) => line.slice(start - 1, start - 1 + length).trimEnd());
}

/** The records of `file` in `format`; `onBytes` hears how much of the file has been read. */
export async function* readRecords(
  file: string,
  format: RecordFormat,
  onBytes: (n: number) => void = () => {},
): AsyncGenerator<SheetRow> {
  switch (format.kind) {
    case 'xlsx':
      yield* xlsxRows(file);
      return;
    case 'csv':
      yield* csvRecords(file, onBytes);
      return;
    case 'tsv':
      for await (const [line, text] of lines(file, onBytes)) yield { line, cells: text.split('\t') };
      return;
    case 'fixed':
      for await (const [line, text] of lines(file, onBytes))
        yield { line, cells: fixedCells(text, format.fields) };
  }
}
