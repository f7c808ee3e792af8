// Dates in the question (masked so they never yield codes) and the date of service among them.
import { Claims, type Span } from './extract-spans.js';

export interface FoundDate extends Span {
  iso: string;
  /** False when the year was not written and came from "today". */
  yearStated: boolean;
}

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const ISO = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g;
const NUMERIC = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-])/g;
const MONTH_FIRST = new RegExp(
  `\\b(${MONTHS})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`,
  'gi',
);
const DAY_FIRST = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTHS})\\.?,?\\s+(\\d{4})\\b`,
  'gi',
);
const SHORT = /(?<![\d/.-])(\d{1,2})\/(\d{1,2})(?![\d/])/g;

const DOS_BEFORE =
  /\b(?:DOS|dates?\s+of\s+service|service\s+date|date\s+of\s+svc|svc\s+date|performed|seen|done|treated|procedure|surgery|visit|encounter)\b[^.\n]{0,12}$/i;
const NOT_DOS_BEFORE =
  /\b(?:DOB|born|birth|birthday|received|denied|paid|submitted|filed|sent|deadline|effective|eff\.?|as\s+of|since|until|by|posted|remitted|check|letter|appeal(?:ed)?|expires?|deleted|terminated)\b[^.\n]{0,12}$/i;

function monthIndex(name: string): number {
  return (
    ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(
      name.slice(0, 3).toLowerCase(),
    ) + 1
  );
}

function toIso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null; // 02/30 is not a date
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function fullYear(y: string): number {
  return y.length === 2 ? 2000 + Number(y) : Number(y);
}

/** Every date written in the text, in order of appearance; `today` (ISO) supplies missing years. */
export function findDates(text: string, today?: string): FoundDate[] {
  const out: FoundDate[] = [];
  const thisYear = today ? Number(today.slice(0, 4)) : null;
  const claims = new Claims(text.length);
  const push = (m: RegExpMatchArray, iso: string | null, yearStated = true): void => {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (!iso || !claims.isFree(start, end)) return;
    claims.claim(start, end);
    out.push({ start, end, iso, yearStated });
  };
  for (const m of text.matchAll(ISO)) push(m, toIso(Number(m[1]), Number(m[2]), Number(m[3])));
  for (const m of text.matchAll(NUMERIC)) push(m, toIso(fullYear(m[4]!), Number(m[1]), Number(m[3])));
  for (const m of text.matchAll(DAY_FIRST)) push(m, toIso(Number(m[3]), monthIndex(m[2]!), Number(m[1])));
  for (const m of text.matchAll(MONTH_FIRST)) {
    // Without a year, only a capitalised month counts: "we may 25 ..." is not a date.
    if (!m[3] && !/^[A-Z]/.test(m[1]!)) continue;
    const year = m[3] ? Number(m[3]) : thisYear;
    if (year !== null) push(m, toIso(year, monthIndex(m[1]!), Number(m[2])), Boolean(m[3]));
  }
  if (thisYear !== null) {
    for (const m of text.matchAll(SHORT)) {
      if (DOS_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 30), m.index)))
        push(m, toIso(thisYear, Number(m[1]), Number(m[2])), false);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The date of service: a date introduced as one ("DOS", "performed on"), else the first date not said to be something else. */
export function pickDateOfService(text: string, dates: readonly FoundDate[]): string | null {
  const before = (d: FoundDate): string => text.slice(Math.max(0, d.start - 40), d.start);
  const stated = dates.find((d) => DOS_BEFORE.test(before(d)));
  if (stated) return stated.iso;
  return dates.find((d) => !NOT_DOS_BEFORE.test(before(d)))?.iso ?? null;
}
