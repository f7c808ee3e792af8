// Payment facts from the shipped PFS 2026 files (shared test DB): the conversion factor of the RVU
// edition in force, as its file gives it, and the GPCIs of the locality asked for, in the same round trip.
import { afterAll, describe, expect, it } from 'vitest';
import { lookupCodes } from '../../../src/coding/lookup.js';
import type { LocalityQuery } from '../../../src/coding/lookup.types.js';
import { createDb, createPool } from '../../../src/db/database.js';
import { testConfig } from '../../helpers/stack-env.js';

const db = createDb(createPool(testConfig().databaseUrl, 2));
const ask = (dateOfService: string, locality?: LocalityQuery) =>
  lookupCodes(db, { codes: ['99213'], dateOfService, setting: 'practitioner', locality });

const BAKERSFIELD = {
  mac: '01112',
  locality: '54',
  state: 'CA',
  name: 'BAKERSFIELD',
  workGpci: 1.019,
  peGpci: 1.096,
  mpGpci: 0.609,
  edition: 'PFS GPCI CY2026',
};

describe('payment facts in the look-up', () => {
  afterAll(async () => {
    await db.destroy();
  });

  it('a 2026 date of service from July on gets the 2026 conversion factor from the RVU file, and the GPCIs of the MAC locality', async () => {
    const r = await ask('2026-08-15', { mac: '1112', locality: '54' });
    expect(r.payment).toEqual({
      conversionFactor: 33.4009,
      rvuEdition: 'PFS RVU 2026 C',
      localities: [BAKERSFIELD],
    });
    expect(r.rvu.find((v) => v.modifier === null)).toMatchObject({
      workRvu: 1.3,
      nonFacilityTotal: 2.85,
      facilityTotal: 1.72,
    });
    expect(r.editions.map((e) => e.label)).toEqual(
      expect.arrayContaining(['PFS RVU 2026 C', 'PFS GPCI CY2026']),
    );
  });

  it('finds a locality by state and part of its name, and lists every locality of a state named alone', async () => {
    expect((await ask('2026-08-15', { state: 'ca', name: 'bakers' })).payment!.localities).toEqual([
      BAKERSFIELD,
    ]);
    const wa = (await ask('2026-08-15', { state: 'WA' })).payment!.localities;
    expect(wa.map((g) => `${g.locality} ${g.name}`)).toEqual([
      '02 SEATTLE (KING CNTY)',
      '99 REST OF WASHINGTON',
    ]);
  });

  it('cites no GPCI edition and lists no locality when none is asked for', async () => {
    const r = await ask('2026-08-15');
    expect(r.payment!.localities).toEqual([]);
    expect(r.editions.map((e) => e.dataset)).not.toContain('pfs_gpci');
  });

  it('a 2026 date before the only 2026 release we hold (July) is priced with it, never with 2025 amounts', async () => {
    const r = await ask('2026-03-02', { mac: '01112', locality: '54' });
    expect(r.payment).toMatchObject({ conversionFactor: 33.4009, rvuEdition: 'PFS RVU 2026 C' });
    expect(r.payment!.localities).toEqual([BAKERSFIELD]); // GPCI 2026 is in force from 1 January
  });
});
