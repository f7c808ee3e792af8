import { describe, expect, it } from 'vitest';
import { drugUnitsRule } from '../../../src/answers/rules/drug-units.js';
import type { Answer } from '../../../src/answers/types.js';
import { code, facts, mue, question } from './fixtures.js';

const J3301 = code('J3301', 'Injection, triamcinolone acetonide, not otherwise specified, 10 mg');
const J0696 = code('J0696', 'Injection, ceftriaxone sodium, per 250 mg');
const J2550 = code('J2550', 'Injection, promethazine hcl, up to 50 mg');
const J0585 = code('J0585', 'Injection, onabotulinumtoxina, 1 unit');
const J1745 = code('J1745', 'Injection, infliximab, excludes biosimilar, 10 mg');
const J1100 = code('J1100', 'Injection, dexamethasone sodium phosphate, 1 mg');
const J0702 = code('J0702', 'Injection, betamethasone acetate 3 mg and betamethasone sodium phosphate 3 mg');
const J3420 = code('J3420', 'Injection, vitamin b-12 cyanocobalamin, up to 1000 mcg');

function answer(text: string, codes: string[], found = [J3301], more = {}): Answer {
  const answers = drugUnitsRule.answer(
    question(text, ['drug-units'], codes),
    facts({ codes: found, ...more }),
  );
  expect(answers).toHaveLength(1);
  return answers[0]!;
}

describe('drug units: the dose divided by the billing unit of the HCPCS descriptor', () => {
  it('J3301 is billed per 10 mg: 40 mg is 4 units', () => {
    const a = answer('Kenalog 40 mg: J3301 quantity 4, or 1?', ['J3301']);
    expect(a.conclusion).toContain('Report J3301 x 4 units for 40 mg given: J3301 is billed per 10 mg.');
    expect(a.settled).toBe(true);
    expect(a.source).toContain('Medicare Claims Processing Manual ch. 17 §10');
    expect(a.source).toContain('HCPCS Level II Jul 2024 (J3301 descriptor)');
  });

  it('a partial unit rounds up: 25 mg of a per-10 mg code is 3 units', () => {
    expect(answer('kenalog 25 mg used. J3301 is 10mg... 2 or 3 units?', ['J3301']).conclusion).toContain(
      'Report J3301 x 3 units for 25 mg given: J3301 is billed per 10 mg, and a partial unit rounds up.',
    );
  });

  it('an "up to" code is one unit for a dose below its amount, and the code\'s own amount quoted is no dose', () => {
    const a = answer('promethazine 25mg IM. J2550 is 50mg so do we bill .5?', ['J2550'], [J2550]);
    expect(a.conclusion).toContain('Report J2550 x 1 unit for 25 mg given: J2550 is billed up to 50 mg');
  });

  it("grams convert to the descriptor's milligrams: 1 g of a per-250 mg code is 4 units", () => {
    expect(answer('Rocephin 1 g IM, J0696 units?', ['J0696'], [J0696]).conclusion).toContain(
      'Report J0696 x 4 units for 1 g given: J0696 is billed per 250 mg.',
    );
  });

  it('mL given converts through the stated concentration, and the NDC quantity is the mL', () => {
    const a = answer('Decadron 4 mg/mL, pt got 2.5 mL IV. J1100 qty?', ['J1100'], [J1100]);
    expect(a.conclusion).toContain('Report J1100 x 10 units for 2.5 mL x 4 mg/mL = 10 mg given');
    expect(a.conclusion).toContain('ML2.5');
  });

  it('mL without a concentration is not guessed: the answer asks for it', () => {
    const a = answer('gave 2 mL of dexamethasone, J1100 units?', ['J1100'], [J1100]);
    expect(a.settled).toBe(false);
    expect(a.needs).toContain('concentration');
  });

  it('a brand strength ("Kenalog 40") is not a dose: the answer says what it assumed', () => {
    const a = answer('Injected Kenalog 40 into the knee, how many units of J3301?', ['J3301']);
    expect(a.conclusion).toContain(
      'Report J3301 x 4 units for 40 mg given, if 1 mL of Kenalog 40 was injected',
    );
    expect(a.settled).toBe(false);
  });

  it('the same dose in the subject and the body is one dose; a dose in each of two sites is two', () => {
    expect(
      answer('kenalog 25mg\ntrigger finger, kenalog 25 mg, J3301 units?', ['J3301']).conclusion,
    ).toContain('x 3 units');
    expect(answer('Kenalog 40 mg into each knee, J3301 units?', ['J3301']).conclusion).toContain(
      'Report J3301 x 8 units for 40 mg in each of 2 sites = 80 mg given',
    );
  });

  it('a package stated as mg over mL, with no other dose, is read as given whole, and said so', () => {
    const J7325 = code(
      'J7325',
      'Hyaluronan or derivative, synvisc or synvisc-one, for intra-articular injection, 1 mg',
    );
    const a = answer('Synvisc-One 48mg/6mL to R knee. J7325 units = 1 (one syringe)?', ['J7325'], [J7325]);
    expect(a.conclusion).toContain(
      'Report J7325 x 48 units for 48 mg given, if the whole 48 mg (6 mL) was given',
    );
  });

  it('J0702 counts the 3 mg + 3 mg pair as one unit: 6 mg is 1 unit, not 2', () => {
    const a = answer('Celestone 6 mg injected. J0702: 2 units since code is 3 mg?', ['J0702'], [J0702]);
    expect(a.conclusion).toContain(
      'Report J0702 x 1 unit for 6 mg given: J0702 is billed per 3 mg + 3 mg (6 mg in all).',
    );
  });

  it("names the asker's units when they differ", () => {
    const q = question('J3301 x 1 for Kenalog 40 mg?', ['drug-units'], [{ code: 'J3301', units: 1 }]);
    const [a] = drugUnitsRule.answer(q, facts({ codes: [J3301] }));
    expect(a!.conclusion).toContain('Report J3301 x 4 units (not 1)');
  });
});

describe('drug units: discarded drug (JW) and none discarded (JZ)', () => {
  it('the discarded amount goes on its own JW line; JZ is not on that claim', () => {
    const a = answer(
      'Opened 200u vial of Botox, injected 155 units, rest discarded. J0585?',
      ['J0585'],
      [J0585],
    );
    expect(a.conclusion).toContain('Report J0585 x 155 units for 155 units given');
    expect(a.conclusion).toContain('J0585-JW x 45 units');
    expect(a.conclusion).toContain('JZ is only for a single-dose container with nothing discarded');
  });

  it("the JW units are the vials' units less the dose's units, both rounded up", () => {
    const a = answer('410 mg infused from five 100 mg vials. J1745 units and waste?', ['J1745'], [J1745]);
    expect(a.conclusion).toContain('Report J1745 x 41 units for 410 mg given');
    expect(a.conclusion).toContain('the 90 mg discarded on a second line, J1745-JW x 9 units');
  });

  it('from a multi-dose vial neither JW nor JZ is used', () => {
    const a = answer(
      'B12 1000 mcg from the 30 mL multi-dose vial, J3420, do we need JZ?',
      ['J3420'],
      [J3420],
    );
    expect(a.conclusion).toContain('Report J3420 x 1 unit for 1000 mcg given');
    expect(a.conclusion).toContain('from a multi-dose vial neither is used');
  });

  it('nothing discarded from a single-dose container takes JZ', () => {
    expect(answer('J1100 10 mg, the whole vial was used, JZ?', ['J1100'], [J1100]).conclusion).toContain(
      'add JZ to the J1100 line',
    );
  });
});

describe('drug units: the MUE, deleted codes, drugs named in words', () => {
  it('units above the MUE are said to exceed it, with no ABN for them', () => {
    const a = answer('Kenalog 200 mg J3301 units', ['J3301'], [J3301], { mue: [mue('J3301', 16)] });
    expect(a.conclusion).toContain("20 units exceed J3301's MUE of 16 (MAI 3");
    expect(a.conclusion).toContain('an ABN cannot shift units denied by an MUE to the patient');
    expect(a.source).toContain('NCCI Policy Manual 2026, ch. I §V');
  });

  it("a deleted code is counted with its replacement's unit", () => {
    const J1040 = code('J1040', 'Injection, methylprednisolone acetate, 80 mg', {
      status: 'deleted',
      deletedOn: '2024-03-31',
    });
    const a = answer('Depo-Medrol 80 mg, J1040 x1 denied invalid', ['J1040'], [J1040]);
    expect(a.conclusion).toContain(
      'J1040 was deleted on 2024-03-31: methylprednisolone acetate is now J1010',
    );
    expect(a.conclusion).toContain('Report J1010 x 80 units');
    expect(a.warning).toBe(true);
  });

  it('a drug named without its code gets the one code its name matches', () => {
    const [a] = drugUnitsRule.answer(question('Depo-Medrol 80 mg, how many units?', ['drug-units']), facts());
    expect(a!.conclusion).toContain('Depo-Medrol is methylprednisolone acetate: its HCPCS code is J1010.');
    expect(a!.conclusion).toContain('Report J1010 x 80 units');
  });

  it('a name that matches several codes gets a question, not a guess', () => {
    const [a] = drugUnitsRule.answer(question('methylprednisolone 125 mg units?', ['drug-units']), facts());
    expect(a!.conclusion).toContain('J1010');
    expect(a!.conclusion).toContain('J2919');
    expect(a!.settled).toBe(false);
  });

  it('a name that matches nothing asks for the code and offers none', () => {
    const [a] = drugUnitsRule.answer(question('the new biologic 50 mg, units?', ['drug-units']), facts());
    expect(a!.conclusion).toMatch(/^Tell us the drug's HCPCS code/);
    expect(a!.conclusion).not.toMatch(/\b[JQ]\d{4}\b/);
  });

  it('two drugs each get their own dose', () => {
    const J1885 = code('J1885', 'Injection, ketorolac tromethamine, per 15 mg');
    const J2405 = code('J2405', 'Injection, ondansetron hydrochloride, per 1 mg');
    const q = question(
      'Toradol 30 mg and Zofran 4 mg IM, J1885 and J2405 units?',
      ['drug-units'],
      ['J1885', 'J2405'],
    );
    const [toradol, zofran] = drugUnitsRule.answer(q, facts({ codes: [J1885, J2405] }));
    expect(toradol!.conclusion).toContain('Report J1885 x 2 units for 30 mg given');
    expect(zofran!.conclusion).toContain('Report J2405 x 4 units for 4 mg given');
  });

  it('says nothing when the question is not about drug units and gives no dose', () => {
    expect(
      drugUnitsRule.answer(question('Is J3301 valid?', ['definition'], ['J3301']), facts({ codes: [J3301] })),
    ).toEqual([]);
  });
});
