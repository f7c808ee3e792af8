import type { Kysely } from 'kysely';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../../src/db/database.js';
import type { PairFilter } from '../../../src/refdata/pair-filter.js';

// Loads that finish only when the test says so, counted per edition.
const pending = new Map<number, (filter: PairFilter | null) => void>();
const loads = new Map<number, number>();
vi.mock('../../../src/refdata/repositories/pair-filter.repository.js', () => ({
  loadPairFilter: (_db: unknown, editionId: number) => {
    loads.set(editionId, (loads.get(editionId) ?? 0) + 1);
    return new Promise((resolve) => pending.set(editionId, resolve));
  },
}));
const { MAX_FILTERS, pairFilterFor, pairFiltersLoaded } =
  await import('../../../src/coding/lookup-pair-filters.js');

const filterOf = (editionId: number) => ({ editionId }) as unknown as PairFilter;
const finish = (editionId: number) => pending.get(editionId)!(filterOf(editionId));

describe('the per-process pair filter cache', () => {
  let db: Kysely<Database>;
  beforeEach(() => {
    db = {} as Kysely<Database>; // a handle of its own: a cache of its own
    pending.clear();
    loads.clear();
  });

  it('starts one load per edition and answers without a filter until it is there', async () => {
    expect(pairFilterFor(db, 1)).toBeUndefined();
    expect(pairFilterFor(db, 1)).toBeUndefined();
    expect(loads.get(1)).toBe(1);
    finish(1);
    await pairFiltersLoaded(db);
    expect(pairFilterFor(db, 1)).toEqual(filterOf(1));
  });

  it('evicts the least recently used filter when it holds too many', async () => {
    for (let id = 1; id <= MAX_FILTERS; id++) pairFilterFor(db, id);
    for (let id = 1; id <= MAX_FILTERS; id++) finish(id);
    await pairFiltersLoaded(db);
    pairFilterFor(db, 1); // used again: edition 2 is now the oldest
    pairFilterFor(db, MAX_FILTERS + 1);
    expect(pairFilterFor(db, 1)).toEqual(filterOf(1));
    expect(pairFilterFor(db, 2)).toBeUndefined();
    expect(loads.get(2)).toBe(2);
  });

  it('never evicts a filter that is still loading', async () => {
    for (let id = 1; id <= MAX_FILTERS + 4; id++) pairFilterFor(db, id);
    for (let id = 1; id <= MAX_FILTERS + 4; id++) pairFilterFor(db, id);
    expect([...loads.values()].every((n) => n === 1)).toBe(true);
    for (let id = 1; id <= MAX_FILTERS + 4; id++) finish(id);
    await pairFiltersLoaded(db);
    expect(pairFilterFor(db, MAX_FILTERS + 4)).toEqual(filterOf(MAX_FILTERS + 4));
  });
});
