// Rows of the first worksheet of an xlsx workbook (ECMA-376 SpreadsheetML), as strings: enough for
// the tables CMS publishes (one sheet, a notice row or two, a header row, then data). The workbook is
// a zip (zip-reader.ts); the sheet's XML is read as a stream and cut at row ends, so a large sheet is
// never held whole. Shared strings, inline strings, numbers and booleans are read; styles are not, so
// a date stored as a number comes back as its serial number (see `excelSerialDate`).
import { StringDecoder } from 'node:string_decoder';
import { AppError } from '../../errors.js';
import { openZipEntry, readZipDirectory, readZipEntry, type ZipEntry } from './zip-reader.js';

export interface SheetRow {
  /** The row number Excel shows (1-based). */
  line: number;
  cells: string[];
}

const ENTITY = /&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text with its entities resolved, and Excel's `_xHHHH_` escapes of control characters. */
export function xmlText(s: string): string {
  const t = s.includes('&')
    ? s.replace(ENTITY, (_m, hex: string, dec: string, name: string) =>
        hex
          ? String.fromCodePoint(parseInt(hex, 16))
          : dec
            ? String.fromCodePoint(Number(dec))
            : NAMED[name.toLowerCase()]!,
      )
    : s;
  return t.includes('_x')
    ? t.replace(/_x([0-9A-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
    : t;
}

/** The text of an `<si>` or `<is>`: its `<t>` runs joined, phonetic runs (`<rPh>`) left out. */
function runsText(xml: string): string {
  const plain = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let out = '';
  for (const m of plain.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>|<t\b[^>]*\/>/g)) out += xmlText(m[1] ?? '');
  return out;
}

/** Column letters of a cell reference ("AB12") as a 0-based index. */
export function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

/** The cells of one `<row>` body, by column. */
export function rowCells(body: string, shared: readonly string[]): string[] {
  const cells: string[] = [];
  for (const m of body.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const attrs = m[1]!;
    const inner = m[2] ?? '';
    const ref = attr(attrs, 'r');
    const col = ref ? columnIndex(ref) : cells.length;
    const type = attr(attrs, 't');
    const v = type === 'inlineStr' ? '' : xmlText(/<v>([\s\S]*?)<\/v>/.exec(inner)?.[1] ?? '');
    const value =
      type === 'inlineStr'
        ? runsText(/<is>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? '')
        : type === 's'
          ? (shared[Number(v)] ?? '')
          : type === 'b'
            ? v === '1'
              ? 'TRUE'
              : 'FALSE'
            : v;
    while (cells.length < col) cells.push('');
    cells[col] = value;
  }
  return cells;
}

const notWorkbook = (file: string, why: string) =>
  new AppError('REFDATA.BAD_XLSX', `${file}: not a readable xlsx workbook (${why})`, 422);

/** The path of the workbook's first sheet, from workbook.xml and its relationships. */
async function firstSheet(file: string, byName: Map<string, ZipEntry>): Promise<ZipEntry> {
  const book = byName.get('xl/workbook.xml');
  const rels = byName.get('xl/_rels/workbook.xml.rels');
  if (!book || !rels) throw notWorkbook(file, 'no xl/workbook.xml');
  const sheet = /<sheet\b([^>]*)\/?>/.exec((await readZipEntry(file, book)).toString('utf8'));
  const id = sheet && /\br:id="([^"]*)"/.exec(sheet[1]!)?.[1];
  const relsXml = (await readZipEntry(file, rels)).toString('utf8');
  const rel = [...relsXml.matchAll(/<Relationship\b([^>]*)\/?>/g)].find((r) => attr(r[1]!, 'Id') === id);
  const target = rel && attr(rel[1]!, 'Target');
  if (!target) throw notWorkbook(file, 'no first sheet');
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
  const entry = byName.get(path);
  if (!entry) throw notWorkbook(file, `missing ${path}`);
  return entry;
}

/** The rows of the first sheet, in order, empty rows left out. */
export async function* xlsxRows(file: string): AsyncGenerator<SheetRow> {
  const entries = await readZipDirectory(file);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const sheet = await firstSheet(file, byName);
  const sst = byName.get('xl/sharedStrings.xml');
  const shared = sst
    ? [...(await readZipEntry(file, sst)).toString('utf8').matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map(
        (m) => runsText(m[1] ?? ''),
      )
    : [];
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let last = 0;
  const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
  for await (const chunk of await openZipEntry(file, sheet)) {
    pending += decoder.write(chunk as Buffer);
    const end = pending.lastIndexOf('</row>');
    if (end < 0) continue;
    const complete = pending.slice(0, end + 6);
    pending = pending.slice(end + 6);
    for (const m of complete.matchAll(ROW)) {
      const r = Number(attr(m[1]!, 'r') ?? last + 1);
      last = r;
      if (m[2]) yield { line: r, cells: rowCells(m[2], shared) };
    }
  }
}

/** An Excel serial day number (1900 date system) as an ISO date, or null when `v` is not one. */
export function excelSerialDate(v: string): string | null {
  if (!/^\d{4,5}(\.0+)?$/.test(v)) return null;
  const days = Number(v);
  if (days < 10000 || days > 80000) return null;
  // Day 25569 is 1970-01-01 (Excel counts a 29 February 1900 that never was, hence not 25568).
  return new Date((days - 25569) * 86_400_000).toISOString().slice(0, 10);
}
