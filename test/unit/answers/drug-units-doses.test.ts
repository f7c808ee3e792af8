import { describe, expect, it } from 'vitest';
import { readDoses } from '../../../src/answers/rules/drug-units-doses.js';

describe('amounts read from the words around them', () => {
  it('bare amounts given and wasted take the unit stated before them, and split a container', () => {
    const r = readDoses('Botox 200 units for chronic migraine, 155 injected, 45 wasted');
    expect(r.given.map((g) => [g.amount, g.unit])).toEqual([[155, 'units']]);
    expect(r.discarded).toMatchObject({ amount: 45, unit: 'units' });
    expect(r.containers).toEqual({ count: 1, size: { amount: 200, unit: 'units' } });
  });

  it('a bare number with no unit stated anywhere is not a dose', () => {
    const r = readDoses('J0585, 155 injected, 45 wasted');
    expect(r.given).toEqual([]);
    expect(r.discarded).toBeNull();
  });

  it('a stated dose with its unit is read as given', () => {
    expect(readDoses('Decadron 10 mg IV given').given.map((g) => g.amount)).toEqual([10]);
  });
});
