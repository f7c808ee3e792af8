// Why a code matched, in words a reviewer can check (pure): the question's words it covers (with the
// word of the data a shorthand matched by) and where they were found (index path, title, description,
// lay summary).
import type { QueryGroup } from './search-words.js';

export interface MatchedDocument {
  system: string;
  source: string;
  description: string;
  /** The text that matched: the title or description itself, or an ICD-10-CM index path. */
  doc: string;
  /** Indexes into the query groups the document covers, and the alternatives it matched each by. */
  groups: number[];
  words: string[];
}

const MAX_PATH_CHARS = 90;

function place(m: MatchedDocument): string {
  if (m.system === 'icd10cm') {
    if (m.doc === m.description) return 'the ICD-10-CM title';
    const path = m.doc.length > MAX_PATH_CHARS ? `${m.doc.slice(0, MAX_PATH_CHARS)}...` : m.doc;
    return `the ICD-10-CM index (${path.replace(/, /g, ' > ')})`;
  }
  if (m.system === 'hcpcs') return 'the HCPCS description';
  return m.source === 'lay_summary' ? 'our plain-language summary' : 'the CPT descriptor';
}

/** "tap (as thoracentesis), ultrasound in our plain-language summary"; a shorthand spelled out in
 *  several words ("LP") is named once, with the words it matched by. */
export function matchReason(groups: readonly QueryGroup[], m: MatchedDocument): string {
  const by = new Map<string, Set<string>>();
  m.groups.forEach((g, i) => {
    // Desk words add to a score but are no reason to suggest a code.
    if (groups[g]!.weak) return;
    const asked = groups[g]!.asked;
    const seen = by.get(asked) ?? new Set<string>();
    for (const w of (m.words[i] ?? '').split('|')) if (w) seen.add(w);
    by.set(asked, seen);
  });
  const named = [...by].map(([asked, words]) =>
    words.has(asked) || !words.size ? asked : `${asked} (as ${[...words].join(' ')})`,
  );
  return `${named.join(', ')} in ${place(m)}`;
}
