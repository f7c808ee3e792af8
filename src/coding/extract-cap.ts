// The codes a question asks to look up, at most `maxCodes` of them, the first ones written kept: every
// pair of codes is looked up, so a mail of 3,000 codes would ask for 9 million pairs.
import { rangeMembers } from './extract-codes.js';
import type { Mention } from './types.js';

export interface CappedCodes {
  /** The mentions, without those whose codes did not fit. */
  mentions: Mention[];
  /** Distinct codes to look up, in the order written. */
  candidates: string[];
  /** Distinct codes written but beyond the cap, not looked up. */
  codesOmitted: number;
}

/** The codes a mention asks for: its code, an ICD-10-CM wildcard's stem, or a range's members when they
 *  fit in `room` (a range such as 10000-69999 never does, and is looked up by its two ends). */
function codesOf(m: Mention, kept: ReadonlySet<string>, room: number): string[] {
  if (m.kind === 'range' && m.from && m.to) {
    const members = rangeMembers(m.from, m.to, room + 1).filter((c) => !kept.has(c));
    return members.length <= room ? members : [m.from, m.to].filter((c) => !kept.has(c));
  }
  if (m.kind === 'wildcard') return m.system === 'icd10cm' && m.from && !kept.has(m.from) ? [m.from] : [];
  if (m.kind === 'modifier' || m.kind === 'unknown' || !m.code) return [];
  return kept.has(m.code) ? [] : [m.code];
}

/** Mentions in text order: each one's new codes are kept while they fit, else the mention is left out. */
export function capCodes(mentions: readonly Mention[], maxCodes: number): CappedCodes {
  const kept = new Set<string>();
  const omitted = new Set<string>();
  const out: Mention[] = [];
  for (const m of mentions) {
    const fresh = codesOf(m, kept, maxCodes - kept.size);
    if (kept.size + fresh.length > maxCodes) {
      fresh.forEach((c) => omitted.add(c));
      continue;
    }
    for (const c of fresh) {
      kept.add(c);
      omitted.delete(c);
    }
    out.push(m);
  }
  return { mentions: out, candidates: [...kept], codesOmitted: omitted.size };
}
