import { describe, expect, it } from 'vitest';
import { candidatesFor, fiscalYear } from '../../../src/coding/lookup-systems.js';

describe('code system detection', () => {
  it.each([
    ['32555', ['cpt']],
    ['0213T', ['cpt']],
    ['C34.90', ['icd10cm']],
    ['0BJ08ZZ', ['icd10pcs']],
  ])('%s is looked up as %j', (code, systems) => {
    expect(candidatesFor(code).map((c) => c.system)).toEqual(systems);
  });

  it('a letter and four digits is HCPCS first, and also tried as an undotted ICD-10-CM code', () => {
    expect(candidatesFor('J9100')).toEqual([
      { code: 'J9100', system: 'hcpcs', key: 'J9100' },
      { code: 'J9100', system: 'icd10cm', key: 'J91.00' },
    ]);
  });

  it('the fiscal year turns on 1 October', () => {
    expect(fiscalYear('2025-09-30')).toBe(2025);
    expect(fiscalYear('2025-10-01')).toBe(2026);
  });
});
