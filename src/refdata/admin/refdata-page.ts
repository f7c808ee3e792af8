// What the reference-data page shows: each dataset's editions with the dates of service they cover,
// and the stale datasets for today. Pure.
import { editionCurrency } from '../edition-currency.js';
import type { EditionRow } from '../repositories/edition.repository.js';

const dayBefore = (iso: string) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

export function refdataPageContext(editions: readonly EditionRow[], today: string) {
  const currency = editionCurrency(
    editions.map((e) => ({
      id: e.id,
      dataset: e.dataset,
      label: e.label,
      effectiveFrom: e.effective_from,
      effectiveTo: e.effective_to,
    })),
    today,
  );
  return {
    title: 'Reference data',
    today,
    stale: currency.filter((c) => c.stale).map((c) => c.message),
    current: currency.filter((c) => !c.stale).map((c) => c.message),
    editions: editions.map((e) => ({
      dataset: e.dataset,
      label: e.label,
      rows: e.row_count,
      from: e.effective_from,
      to: e.effective_to ? dayBefore(e.effective_to) : null,
      replaced: e.effective_to === e.effective_from,
    })),
  };
}
