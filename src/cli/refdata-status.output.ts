// What `refdata status` prints: each edition with the dates of service it covers, then, for today
// (or --today), which datasets are stale. Pure: lines of text.
import type { EditionRef } from '../refdata/refdata.types.js';
import type { EditionRow } from '../refdata/repositories/edition.repository.js';
import { editionCurrency } from '../refdata/edition-currency.js';

const dayBefore = (iso: string) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

export const editionRef = (e: EditionRow): EditionRef => ({
  id: e.id,
  dataset: e.dataset,
  label: e.label,
  effectiveFrom: e.effective_from,
  effectiveTo: e.effective_to,
});

export function statusLines(editions: readonly EditionRow[], today: string): string[] {
  const lines = ['editions (dataset, edition, rows, dates of service it covers):'];
  for (const e of editions) {
    const covers =
      e.effective_to === e.effective_from
        ? 'none (a later load of the same first day replaces it)'
        : `${e.effective_from} .. ${e.effective_to ? dayBefore(e.effective_to) : 'on'}`;
    lines.push(
      `  ${e.dataset.padEnd(24)} ${e.label.padEnd(48)} ${String(e.row_count).padStart(9)} rows  ${covers}`,
    );
  }
  const currency = editionCurrency(editions.map(editionRef), today);
  lines.push(`for ${today}:`);
  for (const c of currency.filter((x) => x.stale)) lines.push(`  stale    ${c.message}`);
  for (const c of currency.filter((x) => !x.stale)) lines.push(`  current  ${c.message}`);
  return lines;
}
