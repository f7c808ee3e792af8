// Each process's PTP pair filters (src/refdata/pair-filter.ts), by database handle and edition. A
// look-up never waits for one: the first look-up against an edition starts loading its filter (or
// building it, the first time any process asks), and until it is there that edition's look-ups probe
// every pair, as they would without filters.
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { PairFilter } from '../refdata/pair-filter.js';
import { loadPairFilter } from '../refdata/repositories/pair-filter.repository.js';

/** 3 MB for a quarter's practitioner edits: 16 covers two years of both settings. */
export const MAX_FILTERS = 16;
/** After a failed load, look-ups go without that filter for this long before one tries again. */
const RETRY_AFTER_MS = 60_000;

interface Entry {
  filter: PairFilter | null;
  loading: Promise<void> | null;
  failedAt: number | null;
}

const byDb = new WeakMap<Kysely<Database>, Map<number, Entry>>();

/** The edition's filter if this process has it; otherwise undefined, and it is on its way. */
export function pairFilterFor(db: Kysely<Database>, editionId: number): PairFilter | undefined {
  let entries = byDb.get(db);
  if (!entries) byDb.set(db, (entries = new Map()));
  const entry = entries.get(editionId);
  if (entry?.filter) {
    // most recently used last, so the oldest goes first when there are too many
    entries.delete(editionId);
    entries.set(editionId, entry);
    return entry.filter;
  }
  if (entry?.loading || (entry?.failedAt && Date.now() - entry.failedAt < RETRY_AFTER_MS)) return undefined;

  const fresh: Entry = { filter: null, loading: null, failedAt: null };
  fresh.loading = loadPairFilter(db, editionId)
    .then(
      (filter) => {
        fresh.filter = filter;
        // No such edition (a stale catalog copy): forget it, the look-up's stale check handles the rest.
        if (!filter && entries.get(editionId) === fresh) entries.delete(editionId);
      },
      () => {
        fresh.failedAt = Date.now();
      },
    )
    .finally(() => {
      fresh.loading = null;
    });
  entries.set(editionId, fresh);
  // Least recently used first; a filter still loading stays, or its load would be wasted and started again.
  for (const [id, e] of entries) {
    if (entries.size <= MAX_FILTERS) break;
    if (!e.loading) entries.delete(id);
  }
  return undefined;
}

/** Waits for the filters this process is loading (benchmarks and tests measure the steady state). */
export async function pairFiltersLoaded(db: Kysely<Database>): Promise<void> {
  await Promise.all([...(byDb.get(db)?.values() ?? [])].map((e) => e.loading));
}
