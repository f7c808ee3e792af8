// Values as the official files write them, checked and turned into what the tables store: CMS compact
// dates (YYYYMMDD), Julian dates (YYYYDDD, add-on code edits), Excel serial dates and binary-float
// noise from xlsx cells ("0.47999999999999998"), zero-padded MAC and locality numbers. Pure.
import type { Fields } from '../fields.js';
import { FieldError } from '../import-error.js';
import { excelSerialDate } from './xlsx-reader.js';

const pad = (n: number) => String(n).padStart(2, '0');
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** Month number (1-12) of a three-letter or full English month name. */
export const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toUpperCase()) + 1;
/** "Jul" for 7. */
export const monthLabel = (month: number) =>
  `${MONTHS[month - 1]![0]}${MONTHS[month - 1]!.slice(1).toLowerCase()}`;
export const firstOfMonth = (year: number, month: number) => `${year}-${pad(month)}-01`;
/** Calendar quarter (1-4) of a month. */
export const quarterOf = (month: number) => Math.floor((month - 1) / 3) + 1;
export const quarterStart = (year: number, quarter: number) => firstOfMonth(year, (quarter - 1) * 3 + 1);

function validIso(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
    ? `${y}-${pad(m)}-${pad(d)}`
    : null;
}

/** A date written YYYYMMDD, YYYY-MM-DD, MM/DD/YYYY or as an Excel serial number; null when it is none of them. */
export function parseCmsDate(v: string): string | null {
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(v) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (m) return validIso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  if (m) return validIso(Number(m[3]), Number(m[1]), Number(m[2]));
  return excelSerialDate(v);
}

/** A date field; `*` and empty mean none (as in the PTP deletion column). */
export function dateField(f: Fields, key: string, required = false): string | null {
  const v = f.text(key, required);
  if (v === null || v === '*') return null;
  const iso = parseCmsDate(v);
  if (!iso) throw new FieldError(key, `expected a date (YYYYMMDD) (got "${v}")`);
  return iso;
}

/** A Julian date (YYYYDDD, day of the year), as the add-on code edit file writes them. */
export function julianField(f: Fields, key: string): string | null {
  const v = f.text(key);
  if (v === null) return null;
  const m = /^(\d{4})(\d{3})$/.exec(v);
  const year = m ? Number(m[1]) : 0;
  const day = m ? Number(m[2]) : 0;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (!m || day < 1 || day > (leap ? 366 : 365))
    throw new FieldError(key, `expected a Julian date YYYYDDD (got "${v}")`);
  return new Date(Date.UTC(year, 0, day)).toISOString().slice(0, 10);
}

/** A decimal number; xlsx cells' binary-float noise is rounded away (15 significant digits). */
export function numberField(f: Fields, key: string, required = false): string | null {
  const v = f.text(key, required);
  if (v === null) return null;
  if (!/^-?(\d+\.?\d*|\.\d+)(E-?\d+)?$/i.test(v)) throw new FieldError(key, `expected a number (got "${v}")`);
  return /\d{12}|E/i.test(v) ? String(Number(Number(v).toPrecision(15))) : v;
}

/** A number code written with or without its leading zeros (MAC "2102" is "02102"). */
export function paddedField(f: Fields, key: string, width: number): string {
  const v = f.required(key);
  if (!/^\d+$/.test(v) || v.length > width)
    throw new FieldError(key, `expected up to ${width} digits (got "${v}")`);
  return v.padStart(width, '0');
}

/** Text with footnote marks removed ("ALASKA*" -> "ALASKA"). */
export const withoutMarks = (v: string | null) => (v === null ? null : v.replace(/\*+$/, '').trim() || null);
