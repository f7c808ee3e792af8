// Editions by date of service: each edition is in force from its effective date until the next one's.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lookupCodes } from '../../../src/coding/lookup.js';
import { editionInForce } from '../../../src/refdata/edition.repository.js';
import { importFile } from '../../../src/refdata/import.service.js';
import { createScratchDb, type ScratchDb } from '../../helpers/scratch-db.js';

const slice = new URL('../../fixtures/refdata/ptp_practitioner_slice_2024q3.csv', import.meta.url).pathname;

describe('refdata editions', () => {
  let s: ScratchDb;
  beforeAll(async () => {
    s = await createScratchDb();
    const dir = mkdtempSync(join(tmpdir(), 'codedesk-editions-'));
    // Q3 as shipped; a made-up Q4 of the same slice in which the 32554/0213T edit was deleted.
    copyFileSync(slice, join(dir, 'ptp_practitioner_2024q3.csv'));
    writeFileSync(join(dir, 'ptp_practitioner_2024q4.csv'), readFileSync(slice, 'utf8').replace('32554,0213T,*,0,7', '32554,0213T,20240930,0,7'));
    // Loaded out of order on purpose: the chain follows effective dates, not load order.
    await importFile(s.db, { dataset: 'ptp_practitioner', file: join(dir, 'ptp_practitioner_2024q4.csv') });
    await importFile(s.db, { dataset: 'ptp_practitioner', file: join(dir, 'ptp_practitioner_2024q3.csv') });
  });
  afterAll(async () => {
    await s.drop();
  });

  it('when a newer quarter is loaded, the older one ends on the newer one\'s effective date', async () => {
    const q3 = await editionInForce(s.db, 'ptp_practitioner', '2024-08-15');
    const q4 = await editionInForce(s.db, 'ptp_practitioner', '2024-10-01');
    expect(q3).toMatchObject({ label: 'NCCI PTP practitioner 2024 Q3', effective_to: '2024-10-01' });
    expect(q4).toMatchObject({ label: 'NCCI PTP practitioner 2024 Q4', effective_to: null });
  });

  it('a date after every edition uses the newest; one before all of them uses the earliest', async () => {
    expect((await editionInForce(s.db, 'ptp_practitioner', '2030-01-01'))?.label).toBe('NCCI PTP practitioner 2024 Q4');
    expect((await editionInForce(s.db, 'ptp_practitioner', '2020-01-01'))?.label).toBe('NCCI PTP practitioner 2024 Q3');
  });

  it('a look-up reports the edit from the edition in force at the date of service', async () => {
    const ask = (dos: string) => lookupCodes(s.db, { codes: ['32554', '0213T'], dateOfService: dos, setting: 'practitioner' });
    const aug = await ask('2024-08-15');
    expect(aug.ptp).toEqual([expect.objectContaining({ column1: '32554', column2: '0213T', active: true, edition: 'NCCI PTP practitioner 2024 Q3' })]);
    const nov = await ask('2024-11-15');
    expect(nov.ptp).toEqual([
      expect.objectContaining({ deleted: '2024-09-30', active: false, edition: 'NCCI PTP practitioner 2024 Q4' }),
    ]);
  });
});
