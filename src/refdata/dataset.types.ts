import type { Fields } from './fields.js';

/** Maps one validated record to the target columns' COPY values (in `DatasetSpec.columns` order). */
export type RowMapper = (f: Fields) => (string | null)[];

/** One accepted file layout of a dataset; `mapper` is a factory so stateful layouts (index levels) start fresh. */
export interface CsvFormat {
  header: readonly string[];
  mapper: () => RowMapper;
}

export interface DatasetSpec {
  /** Dataset key stored on editions, e.g. 'ptp_practitioner'. */
  dataset: string;
  /** Label prefix, e.g. "NCCI PTP practitioner" (the version is appended). */
  title: string;
  table: string;
  /** Target columns after edition_id. */
  columns: readonly string[];
  formats: readonly CsvFormat[];
  /** Files without a header row (the AMA data-file shape): the first format's header names the columns. */
  headerless?: boolean;
  delimiter?: string;
  /** Plain quote-free layout validated line by line and passed through to COPY (see ptp-copy.ts). */
  fastPath?: 'ptp';
  /** Loads that change the search documents (code_search). */
  searchable?: boolean;
}

export const HCPCS_CODE = /^[0-9A-Z]{5}$/;
export const ICD10CM_CODE = /^[A-Z][0-9A-Z]{2,6}$/;
export const ICD10CM_DOTTED = /^[A-Z][0-9A-Z]{2}(\.[0-9A-Z]{1,4})?$/;
export const ICD10PCS_CODE = /^[0-9A-HJ-NP-Z]{3,7}$/;
export const MODIFIER = /^[0-9A-Z]{2}$/;
