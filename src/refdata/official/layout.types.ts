// What an official file layout says: which files it reads (by name), how their records are packed,
// which header it expects, and how a data record becomes a row of a reference table.
import type { Fields } from '../fields.js';
import type { RecordFormat } from './record-readers.js';

/** A column of the layout: `key` names it for the mapper; `header` matches its (normalised) header text. */
export interface ColumnSpec {
  key: string;
  header: RegExp;
  optional?: boolean;
}

/** Which dataset and edition a file holds, read from its name. */
export interface Identity {
  dataset: string;
  /** e.g. "2026 Q3", "FY2026", "Oct 2026". */
  version: string;
  /** ISO date the edition takes effect. */
  effectiveFrom: string;
  /** One of several files that together make one edition (NCCI PTP parts f1..f4). */
  part?: { index: number; of: number };
  /** The same data in another packaging is preferred over this one (lower first: txt/csv before xlsx). */
  preference?: number;
}

export type RowValues = (string | null)[];

/** Maps one data record to the table's values, or null to leave the row out (CPT or D rows in HCPCS). */
export type OfficialMapper = (f: Fields, line: number) => RowValues | null;

export interface OfficialLayout {
  id: string;
  /** Shown to the operator: "NCCI PTP edits (CMS tab-separated parts)". */
  title: string;
  /** Dataset and edition from the file's base name; null when the name is not this layout's. */
  identify(fileName: string): Identity | null;
  /** How a file with this extension (lower case, no dot) is read; null when this layout has no such file. */
  format(ext: string): RecordFormat | null;
  /** The header to find among the first records; fixed-width files have none (their fields are these, in order). */
  columns: readonly ColumnSpec[];
  /** The header's column names are stacked over several rows (PFS RVU): read each column top to bottom. */
  stackedHeader?: boolean;
  /** Notes may follow the data: rows with only their first cell filled, none of them a code. */
  footnotes?: RegExp;
  table: string;
  /** Target columns after edition_id, in the order the mapper returns values. */
  targetColumns: readonly string[];
  mapper(): OfficialMapper;
}

/** Text of a header cell as matched: whitespace collapsed, lower case. */
export const normaliseHeader = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
