// Facts from the 2024 Q3 NCCI files and the other shipped data, as the pipeline's look-up reports
// them (shared test DB, loaded by the global setup).
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { pairFiltersLoaded } from '../../../src/coding/lookup-pair-filters.js';
import { loadPairFilter } from '../../../src/refdata/repositories/pair-filter.repository.js';
import { lookupCodes } from '../../../src/coding/lookup.js';
import { createDb, createPool } from '../../../src/db/database.js';
import { testConfig } from '../../helpers/stack-env.js';

const db = createDb(createPool(testConfig().databaseUrl, 2));
const ask = (codes: string[], setting: 'practitioner' | 'hospital' = 'practitioner') =>
  lookupCodes(db, { codes, dateOfService: '2024-08-15', setting });

describe('lookupCodes on the shipped reference data', () => {
  afterAll(async () => {
    await db.destroy();
  });

  it('32555 with 76942 is an active edit that a modifier can bypass (indicator 1)', async () => {
    const r = await ask(['32555', '76942']);
    expect(r.ptp).toContainEqual(
      expect.objectContaining({
        column1: '32555',
        column2: '76942',
        modifierIndicator: '1',
        active: true,
        edition: 'NCCI PTP practitioner 2024 Q3',
      }),
    );
  });

  it('32555 with 32554 is an edit no modifier can bypass (indicator 0)', async () => {
    const r = await ask(['32554', '32555']);
    expect(r.ptp.filter((p) => p.active)).toEqual([
      expect.objectContaining({ column1: '32555', column2: '32554', modifierIndicator: '0' }),
    ]);
  });

  it('32554 with 76604 has no edit in either direction', async () => {
    expect((await ask(['32554', '76604'])).ptp).toEqual([]);
  });

  it('the practitioner MUE for 32555 is 2 with adjudication indicator 3', async () => {
    const r = await ask(['32555']);
    expect(r.mue).toEqual([
      expect.objectContaining({
        code: '32555',
        setting: 'practitioner',
        value: 2,
        mai: 3,
        edition: 'NCCI MUE practitioner 2024 Q3',
      }),
    ]);
  });

  it('32420 and 32602 are deleted, dated by their last PTP edits', async () => {
    const r = await ask(['32420', '32602']);
    expect(r.codes).toEqual([
      expect.objectContaining({
        code: '32420',
        system: 'cpt',
        known: true,
        validAtDos: false,
        deletedOn: '2012-12-31',
      }),
      expect.objectContaining({
        code: '32602',
        system: 'cpt',
        known: true,
        validAtDos: false,
        deletedOn: expect.stringMatching(/^201[12]-/),
      }),
    ]);
  });

  it('J91 is a header, not billable, and lists its billable children', async () => {
    const [j91] = (await ask(['J91'])).codes;
    expect(j91).toMatchObject({
      system: 'icd10cm',
      billable: false,
      validAtDos: false,
      edition: 'ICD-10-CM FY2026',
    });
    expect(j91!.billableChildren).toEqual([
      { code: 'J91.0', description: 'Malignant pleural effusion' },
      { code: 'J91.8', description: 'Pleural effusion in other conditions classified elsewhere' },
    ]);
  });

  it('a common CPT code carries a lay summary, RVU rows and the editions used', async () => {
    const r = await ask(['32555']);
    expect(r.codes[0]).toMatchObject({ descriptorSource: 'lay_summary', deletedOn: null, validAtDos: true });
    expect(r.rvu).toContainEqual(
      expect.objectContaining({ code: '32555', modifier: null, globalDays: '000', workRvu: 2.27 }),
    );
    expect(r.editions.map((e) => e.dataset)).toEqual(
      expect.arrayContaining(['ptp_practitioner', 'mue_practitioner', 'pfs_rvu']),
    );
  });

  it('an add-on code is reported with its primaries', async () => {
    const r = await ask(['64483', '64484']);
    expect(r.addOns).toContainEqual(expect.objectContaining({ addOn: '64484', primary: '64483', type: 1 }));
  });

  it('a code unknown everywhere is reported as unknown in its likeliest system', async () => {
    expect((await ask(['00000'])).codes).toEqual([
      expect.objectContaining({ code: '00000', system: 'cpt', known: false, validAtDos: false }),
    ]);
  });

  it('the hospital setting uses the hospital PTP edition', async () => {
    const r = await ask(['32555', '76942'], 'hospital');
    expect(r.ptp.every((p) => p.setting === 'hospital' && p.edition === 'NCCI PTP hospital 2024 Q3')).toBe(
      true,
    );
  });

  it('a question with ten procedure codes gets the same facts before and after the PTP pair filter arrives', async () => {
    const codes = ['32555', '76942', '32554', '76604', '32557', '99213', '64483', '64484', '77003', '20610'];
    const own = createDb(createPool(testConfig().databaseUrl, 2)); // a process of its own, with no filter yet
    try {
      const probingAll = await lookupCodes(own, {
        codes,
        dateOfService: '2024-08-15',
        setting: 'practitioner',
      });
      await pairFiltersLoaded(own);
      const filtered = await lookupCodes(own, {
        codes,
        dateOfService: '2024-08-15',
        setting: 'practitioner',
      });
      expect(filtered).toEqual(probingAll);
      expect(filtered.ptp.length).toBeGreaterThan(20);
    } finally {
      await own.destroy();
    }
  });

  it("the practitioner edition's pair filter admits every one of its 2.5M pairs", async () => {
    const { rows } = await sql<{ id: number; n: number }>`
      select id, row_count as n from refdata_editions where dataset = 'ptp_practitioner'`.execute(db);
    for (const { id, n } of rows) {
      const filter = (await loadPairFilter(db, id))!;
      const { rows: pairs } = await sql<{ all: string }>`
        select string_agg(column1 || column2, '' order by column1, column2) as all from ptp_edits where edition_id = ${id}`.execute(
        db,
      );
      const all = pairs[0]!.all;
      let missed = 0;
      for (let i = 0; i < all.length; i += 10)
        if (!filter.mayHave(all.slice(i, i + 5), all.slice(i + 5, i + 10))) missed++;
      expect({ pairs: all.length / 10, missed }).toEqual({ pairs: n, missed: 0 });
    }
  });
});
