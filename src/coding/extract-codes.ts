// Code tokens in the question: single codes, wildcards and ranges, each with its span.
import type { Mention } from './types.js';
import type { CodeSystem } from '../refdata/refdata.types.js';
import { classifyShape, CPT_WILDCARD, dotIcd, ICD_WILDCARD, SHAPE_STOPLIST } from './patterns/code-shapes.js';
import type { SpanIndex } from './extract-spans.js';
import { MAX_CODES } from './extract-limits.js';

// A run of letters/digits, with an ICD-10 dotted tail ("J91.8"), a wildcard tail ("I50.-", "I50*") or none.
const RUN = /[A-Za-z0-9]+(?:\.(?:[A-Za-z0-9]+(?:-(?![A-Za-z0-9]))?|-(?![A-Za-z0-9])|\*)|\*)?/g;
/** "99213x2", "J1100X3": units glued to the code. */
const GLUED_UNITS = /^(\d{5}|\d{4}[FT]|[A-Z]\d{4})[xX×]\d{1,2}$/;
const ICD_CONTEXT = /\b(?:dx|dxs|diagnos[ie]s|diag|ICD|ICD-?10(?:-CM)?|codes?\s+first)\b/i;
const HCPCS_CONTEXT =
  /\b(?:HCPCS|J-?codes?|drugs?|inject\w*|infus\w*|suppl(?:y|ies)|DME|units?|mg|kit|device|billed|charge[sd]?)\b/i;
const PCS_CONTEXT =
  /\b(?:PCS|ICD-?10-?PCS|inpatient\s+procedure|root\s+operation|MS-?DRG|DRG|procedure\s+codes?\s+for\s+(?:the\s+)?inpatient)\b/i;
/** A 5-digit number followed by a measure is an amount, not a code ("10000 mcg", "32555 dollars"). */
const MEASURE_AFTER = /^\s*(?:mg|mcg|ml|iu|dollars|miles|feet|steps|lives|beneficiaries)\b/i;
/** Before a count word, only a round number is a count ("10000 units", "12000 patients"); "64483 units" asks about a code. */
const COUNT_AFTER = /^\s*(?:units?(?!\s*[:=#]?\s*\d)|patients|people|claims|visits|members)\b/i;
/** Lower-case undotted ICD-10-CM ("j90", "e119") is read only next to a diagnosis word or a dotted diagnosis code. */
const LOWER_ICD_WINDOW = 60;
const DX_ANCHOR =
  /\b(?:dx|dxs|diagnos[ie]s|diag|ICD(?:-?10)?(?:-CM)?)\b|\b[A-Za-z]\d[0-9ABab]\.[0-9A-Za-z]{1,4}\b/gi;
const RANGE_JOIN = /^\s*(?:-|–|—|to|through|thru)\s*$/i;
/** A range is written on one line or wrapped once: a blank line, or a dash opening a line (a bullet), parts two codes. */
const PARTED = /\n[^\S\n]*(?:\n|[-–—])/;
/** Longer runs are no code: "S96.919A", "T39.1X1A" and "J1100x10" (units glued) are the longest shapes read. */
const LONGEST_TOKEN = 12;
const WORD_JOIN = /[a-z]/i;

export function baseMention(
  text: string,
  start: number,
  end: number,
  kind: Mention['kind'],
  code: string | null,
): Mention {
  return {
    text: text.slice(start, end),
    start,
    end,
    kind,
    code,
    from: null,
    to: null,
    modifiers: [],
    units: null,
  };
}

function wildcard(token: string): { code: string; from: string; system: CodeSystem } | null {
  const upper = token.toUpperCase();
  if (CPT_WILDCARD.test(token)) return { code: upper, from: upper.replace(/[X*]+$/, ''), system: 'cpt' };
  const icd = ICD_WILDCARD.exec(upper);
  if (icd && /^[A-Za-z]\d/.test(token))
    return { code: upper, from: icd[1]!.replace(/\.$/, ''), system: 'icd10cm' };
  return null;
}

/** True when a diagnosis anchor other than the token itself lies within `reach` of `at` (anchors ascending). */
function anchorNear(anchors: readonly number[], at: number, reach: number): boolean {
  let lo = 0;
  let hi = anchors.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (anchors[mid]! < at - reach) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < anchors.length && anchors[i]! <= at + reach; i++) if (anchors[i] !== at) return true;
  return false;
}

/** Single codes and wildcards, in text order, skipping noise spans. */
export function scanCodeTokens(text: string, noise: SpanIndex): Mention[] {
  const out: Mention[] = [];
  const pcs = PCS_CONTEXT.test(text);
  const anchors = Array.from(text.matchAll(DX_ANCHOR), (a) => a.index ?? 0);
  for (const m of text.matchAll(RUN)) {
    const start = m.index ?? 0;
    let token = m[0];
    if (token.length > LONGEST_TOKEN) continue;
    const prev = text[start - 1] ?? '';
    if (prev === '$' || (prev === '.' && /\d/.test(text[start - 2] ?? ''))) continue;
    const glued = GLUED_UNITS.exec(token);
    if (glued) token = glued[1]!;
    const end = start + token.length;
    if (noise.overlaps(start, end)) continue;
    const wild = wildcard(token);
    if (wild) {
      out.push({
        ...baseMention(text, start, end, 'wildcard', wild.code),
        from: wild.from,
        system: wild.system,
      });
      continue;
    }
    if (SHAPE_STOPLIST.has(token.toUpperCase())) continue;
    const around = text.slice(Math.max(0, start - 40), end + 40);
    const dxWord = ICD_CONTEXT.test(text.slice(Math.max(0, start - 40), start));
    const icd = dxWord && !HCPCS_CONTEXT.test(around);
    const lowerIcd = token !== token.toUpperCase() && anchorNear(anchors, start, LOWER_ICD_WINDOW);
    const system = classifyShape(token, { icd, pcs, lowerIcd });
    if (!system) continue;
    if (system === 'cpt' && isQuantity(token, text.slice(end, end + 16))) continue;
    const code = system === 'icd10cm' ? dotIcd(token) : token.toUpperCase();
    out.push({ ...baseMention(text, start, end, system, code), system });
  }
  return out;
}

function isQuantity(token: string, after: string): boolean {
  return MEASURE_AFTER.test(after) || (/00$/.test(token) && COUNT_AFTER.test(after));
}

function numericTail(code: string): number {
  return Number(
    code
      .replace(/^[A-Z]/, '')
      .replace(/[FT]$/, '')
      .replace('.', ''),
  );
}

/** Two codes joined by "-", "to" or "through" form a range when they are of one system and in order. */
function isRange(a: Mention, b: Mention, join: string): boolean {
  if (a.kind !== b.kind || !a.code || !b.code || a.code.length !== b.code.length || b.code <= a.code)
    return false;
  if (a.kind !== 'cpt' && a.code[0] !== b.code[0]) return false;
  // "32555-76942" is how coders write an edit pair; a dash range stays within one family of codes.
  return WORD_JOIN.test(join) || numericTail(b.code) - numericTail(a.code) <= 999;
}

/** Replace "64470-64476" style pairs of code mentions by one range mention. */
export function mergeRanges(text: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1];
    const join = b ? text.slice(a.end, b.start) : '';
    if (b && a.kind !== 'wildcard' && RANGE_JOIN.test(join) && !PARTED.test(join) && isRange(a, b, join)) {
      out.push({
        ...baseMention(text, a.start, b.end, 'range', null),
        from: a.code,
        to: b.code,
        system: a.system,
      });
      i++;
    } else out.push(a);
  }
  return out;
}

/** Members of a range worth a look-up (fewer than `limit`, else its two ends); dotted ICD-10-CM ranges give their ends only. */
export function rangeMembers(from: string, to: string, limit = MAX_CODES): string[] {
  const prefix = /^[A-Z]/.test(from) ? from[0]! : '';
  const suffix = /[FT]$/.test(from) ? from.slice(-1) : '';
  if (from.includes('.') || suffix !== (/[FT]$/.test(to) ? to.slice(-1) : '')) return [from, to];
  const width = from.length - prefix.length - suffix.length;
  const lo = numericTail(from);
  const hi = numericTail(to);
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || hi - lo >= limit) return [from, to];
  const members: string[] = [];
  for (let n = lo; n <= hi; n++) members.push(`${prefix}${String(n).padStart(width, '0')}${suffix}`);
  return members;
}
