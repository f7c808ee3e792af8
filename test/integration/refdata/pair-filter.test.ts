// PTP pair filters: built from an edition's pairs by the first process that needs one, stored for the
// others, and never the reason a look-up misses an edit.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pairFilterFor, pairFiltersLoaded } from '../../../src/coding/lookup-pair-filters.js';
import { lookupCodes } from '../../../src/coding/lookup.js';
import { importFile } from '../../../src/refdata/import.service.js';
import { PAIR_FILTER_SCHEME } from '../../../src/refdata/pair-filter.js';
import {
  ensurePairFilters,
  loadPairFilter,
} from '../../../src/refdata/repositories/pair-filter.repository.js';
import { createScratchDb, type ScratchDb } from '../../helpers/scratch-db.js';

const fixture = (name: string) => new URL(`../../fixtures/refdata/${name}`, import.meta.url).pathname;

describe('PTP pair filters', () => {
  let s: ScratchDb;
  let editionId: number;
  let mueEditionId: number;
  beforeAll(async () => {
    s = await createScratchDb();
    const ptp = await importFile(s.db, {
      dataset: 'ptp_practitioner',
      file: fixture('ptp_practitioner_slice_2024q3.csv'),
    });
    const mue = await importFile(s.db, {
      dataset: 'mue_practitioner',
      file: fixture('mue_practitioner_slice_2024q3.csv'),
    });
    editionId = ptp.edition.id;
    mueEditionId = mue.edition.id;
  });
  afterAll(async () => {
    await s.drop();
  });

  const stored = () =>
    sql<{ scheme: string; pairs: number; built_at: Date }>`
      select scheme, pairs, built_at from ptp_pair_filters where edition_id = ${editionId}`
      .execute(s.db)
      .then((r) => r.rows);

  it('is built from every pair of the edition the first time, stored, and read back after that', async () => {
    const built = (await loadPairFilter(s.db, editionId))!;
    expect(built.mayHave('32554', '0213T')).toBe(true);
    expect(built.mayHave('32420', '10021')).toBe(true);
    const [row] = await stored();
    expect(row).toMatchObject({ scheme: PAIR_FILTER_SCHEME, pairs: 35 });

    const read = (await loadPairFilter(s.db, editionId))!;
    expect(Buffer.from(read.toBytes()).equals(Buffer.from(built.toBytes()))).toBe(true);
    expect((await stored())[0]!.built_at).toEqual(row!.built_at);
  });

  it('is built again when the stored one was laid out by another scheme', async () => {
    await sql`update ptp_pair_filters set scheme = 'an older release', bits = ${Buffer.alloc(8)}
      where edition_id = ${editionId}`.execute(s.db);
    const rebuilt = (await loadPairFilter(s.db, editionId))!;
    expect(rebuilt.mayHave('32554', '12041')).toBe(true);
    expect(await stored()).toEqual([expect.objectContaining({ scheme: PAIR_FILTER_SCHEME, pairs: 35 })]);
  });

  it('is refused, and not stored, when it would not hold every row of its edition', async () => {
    await sql`delete from ptp_pair_filters`.execute(s.db);
    await sql`update refdata_editions set row_count = row_count + 1 where id = ${editionId}`.execute(s.db);
    try {
      await expect(loadPairFilter(s.db, editionId)).rejects.toThrow(/has 36 rows but 35 pairs were read/);
      expect(await stored()).toEqual([]);
    } finally {
      await sql`update refdata_editions set row_count = row_count - 1 where id = ${editionId}`.execute(s.db);
    }
  });

  it('is nothing for an edition that does not exist or holds no PTP edits', async () => {
    expect(await loadPairFilter(s.db, editionId + 1000)).toBeNull();
    expect(await loadPairFilter(s.db, mueEditionId)).toBeNull();
  });

  it('is built after loading reference data for each PTP edition that has none, once', async () => {
    await sql`delete from ptp_pair_filters`.execute(s.db);
    expect(await ensurePairFilters(s.db)).toEqual({ built: [editionId], failed: [] });
    expect(await ensurePairFilters(s.db)).toEqual({ built: [], failed: [] });
    expect(await stored()).toEqual([expect.objectContaining({ scheme: PAIR_FILTER_SCHEME, pairs: 35 })]);
  });

  it('changes which pairs a look-up probes, never its answer', async () => {
    const ask = () =>
      lookupCodes(s.db, {
        codes: ['32554', '0213T', '12001', '0596T', '32420', '10021'],
        dateOfService: '2024-08-15',
        setting: 'practitioner',
      });
    const probingAll = await ask(); // this process has no filter yet: the first look-up starts loading it
    await pairFiltersLoaded(s.db);
    const filter = pairFilterFor(s.db, editionId)!;
    expect(
      filter.pairsAmong(['32554', '0213T', '12001', '0596T', '32420', '10021']).column1.length,
    ).toBeLessThan(10); // of 30
    const filtered = await ask();
    expect(filtered).toEqual(probingAll);
    expect(filtered.ptp.map((p) => `${p.column1}>${p.column2}`)).toEqual([
      '32420>0213T',
      '32420>10021',
      '32554>0213T',
      '32554>0596T',
      '32554>12001',
    ]);
  });
});
