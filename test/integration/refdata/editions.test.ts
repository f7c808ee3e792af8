// Editions by date of service: each edition is in force from its effective date until the next one's.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lookupCodes } from '../../../src/coding/lookup.js';
import { createDb, createPool } from '../../../src/db/database.js';
import { editionsInForce, readEditionCatalog } from '../../../src/refdata/edition-catalog.js';
import { importFile } from '../../../src/refdata/import.service.js';
import { scratchSuite } from '../../helpers/for-file.js';

const slice = new URL('../../fixtures/refdata/ptp_practitioner_slice_2024q3.csv', import.meta.url).pathname;

/** Q3 as shipped, and a made-up Q4 of the same slice in which the 32554/0213T edit was deleted. */
function quarters(): { q3: string; q4: string } {
  const dir = mkdtempSync(join(tmpdir(), 'codedesk-editions-'));
  const q3 = join(dir, 'ptp_practitioner_2024q3.csv');
  const q4 = join(dir, 'ptp_practitioner_2024q4.csv');
  copyFileSync(slice, q3);
  writeFileSync(q4, readFileSync(slice, 'utf8').replace('32554,0213T,*,0,7', '32554,0213T,20240930,0,7'));
  return { q3, q4 };
}

describe('refdata editions', () => {
  const s = scratchSuite();
  beforeAll(async () => {
    const { q3, q4 } = quarters();
    // Loaded out of order on purpose: the chain follows effective dates, not load order.
    await importFile(s.db, { dataset: 'ptp_practitioner', file: q4 });
    await importFile(s.db, { dataset: 'ptp_practitioner', file: q3 });
  });

  it("when a newer quarter is loaded, the older one ends on the newer one's effective date", async () => {
    const catalog = await readEditionCatalog(s.db);
    const q3 = editionsInForce(catalog, '2024-08-15').get('ptp_practitioner');
    const q4 = editionsInForce(catalog, '2024-10-01').get('ptp_practitioner');
    expect(q3).toMatchObject({ label: 'NCCI PTP practitioner 2024 Q3', effectiveTo: '2024-10-01' });
    expect(q4).toMatchObject({ label: 'NCCI PTP practitioner 2024 Q4', effectiveTo: null });
  });

  it('a date after every edition uses the newest; one before all of them uses the earliest', async () => {
    const catalog = await readEditionCatalog(s.db);
    expect(editionsInForce(catalog, '2030-01-01').get('ptp_practitioner')?.label).toBe(
      'NCCI PTP practitioner 2024 Q4',
    );
    expect(editionsInForce(catalog, '2020-01-01').get('ptp_practitioner')?.label).toBe(
      'NCCI PTP practitioner 2024 Q3',
    );
  });

  it('a look-up reports the edit from the edition in force at the date of service', async () => {
    const ask = (dos: string) =>
      lookupCodes(s.db, { codes: ['32554', '0213T'], dateOfService: dos, setting: 'practitioner' });
    const aug = await ask('2024-08-15');
    expect(aug.ptp).toEqual([
      expect.objectContaining({
        column1: '32554',
        column2: '0213T',
        active: true,
        edition: 'NCCI PTP practitioner 2024 Q3',
      }),
    ]);
    const nov = await ask('2024-11-15');
    expect(nov.ptp).toEqual([
      expect.objectContaining({
        deleted: '2024-09-30',
        active: false,
        edition: 'NCCI PTP practitioner 2024 Q4',
      }),
    ]);
  });
});

describe('refdata editions loaded by another process', () => {
  const s = scratchSuite();

  it('a look-up uses a quarter that another process loaded after this one last looked', async () => {
    const { q3, q4 } = quarters();
    await importFile(s.db, { dataset: 'ptp_practitioner', file: q3 });
    const ask = () =>
      lookupCodes(s.db, { codes: ['32554', '0213T'], dateOfService: '2024-11-15', setting: 'practitioner' });
    expect((await ask()).ptp).toEqual([
      expect.objectContaining({ active: true, edition: 'NCCI PTP practitioner 2024 Q3' }),
    ]);

    const other = createDb(createPool(s.url, 1));
    try {
      await importFile(other, { dataset: 'ptp_practitioner', file: q4 });
    } finally {
      await other.destroy();
    }
    const after = await ask();
    expect(after.ptp).toEqual([
      expect.objectContaining({ active: false, edition: 'NCCI PTP practitioner 2024 Q4' }),
    ]);
    expect(after.editions.find((e) => e.dataset === 'ptp_practitioner')).toMatchObject({
      label: 'NCCI PTP practitioner 2024 Q4',
      effectiveTo: null,
    });
  });
});
