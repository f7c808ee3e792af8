// Our table of drug names carries each code's CMS descriptor (the billing unit is read from it): every
// row must say what the HCPCS file loaded in the reference data says.
import { describe, expect, it } from 'vitest';
import { NAMED_DRUGS } from '../../../src/answers/rules/drug-units-names.js';
import { lookupCodes } from '../../../src/coding/lookup.js';
import { referenceDb } from '../../helpers/reference-db.js';

describe('drug names table against the HCPCS Level II file', () => {
  const db = referenceDb();

  it('each code is valid and its descriptor is the CMS long descriptor, word for word', async () => {
    const lookup = await lookupCodes(db, {
      codes: NAMED_DRUGS.map((d) => d.code),
      dateOfService: '2024-07-01',
      setting: 'practitioner',
    });
    for (const d of NAMED_DRUGS) {
      const fact = lookup.codes.find((c) => c.code === d.code && c.system === 'hcpcs');
      expect(fact?.validAtDos, d.code).toBe(true);
      expect(fact?.descriptor, d.code).toBe(d.descriptor);
    }
  });
});
