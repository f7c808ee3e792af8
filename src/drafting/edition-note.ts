// What the asker reads about editions: which ones the answer used and, when a newer edition applies to
// the date than the newest we hold, that it does. "In force at the date of service" only when true.
import { staleFor, type StaleEdition } from '../coding/edition-currency.js';
import type { Findings } from '../coding/types.js';
import { editionsUsed } from './sources-line.js';

export function staleEditions(f: Findings): StaleEdition[] {
  return editionsUsed(f)
    .map((e) => staleFor(e, f.effectiveDate))
    .filter((s): s is StaleEdition => s !== null);
}

export function staleSentence(f: Findings): string | null {
  const all = staleEditions(f);
  const when = f.dateOfService ? 'this date of service' : 'today';
  // Older than the date's edition: the newest we hold. Newer: the release for the date is not loaded.
  const stale = all.filter((s) => s.used.effectiveFrom < s.applies.from);
  const later = all.filter((s) => !stale.includes(s));
  const sentences: string[] = [];
  if (stale.length) {
    const labels = [...new Set(stale.map((s) => s.applies.label))];
    const applies =
      labels.length === 1
        ? `the ${labels[0]} editions apply to ${when}`
        : `newer editions apply to ${when} (${labels.join(', ')})`;
    sentences.push(
      `We used ${listing(stale.map((s) => s.used.label))}, the newest we hold; ${applies}, so check that the codes and edits used here have not changed.`,
    );
  }
  if (later.length)
    sentences.push(
      `We used ${listing(later.map((s) => s.used.label))}, a later release than the one for ${when} (${listing([...new Set(later.map((s) => s.applies.label))])}), which we do not hold; codes, amounts and indicators may differ.`,
    );
  return sentences.length ? sentences.join(' ') : null;
}

const listing = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** How the reply names an edition a fact came from: in force at the date, or the newest we hold. */
export function editionPeriod(f: Findings, label: string): string {
  const stale = staleEditions(f).some((s) => s.used.label === label);
  return stale ? `in ${label}, the newest edition we hold` : 'in force at the date of service';
}
