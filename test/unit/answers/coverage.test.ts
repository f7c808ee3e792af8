import { describe, expect, it } from 'vitest';
import { coverageRule } from '../../../src/answers/rules/coverage.js';
import { firstEligible } from '../../../src/answers/rules/coverage-screening.js';
import type { Answer } from '../../../src/answers/types.js';
import type { AskedCode } from '../../../src/coding/analyze-codes.js';
import type { RvuFact } from '../../../src/coding/lookup.types.js';
import { facts, question, rvu } from './fixtures.js';

const cpt = (code: string): Partial<AskedCode> => ({
  code,
  system: /^\d/.test(code) ? 'cpt' : 'hcpcs',
  modifiers: [],
});
const dx = (code: string): Partial<AskedCode> => ({ code, system: 'icd10cm', modifiers: [] });
const answers = (text: string, codes: Partial<AskedCode>[] = [], rows: RvuFact[] = []): Answer[] =>
  coverageRule.answer(question(text, ['coverage'], codes), facts({ rvu: rows }));

describe('coverage by NCD and LCD: named as what is needed, never guessed', () => {
  it("a diagnosis asked for a code: the NCD or the MAC's LCD and article decide; no diagnosis list", () => {
    const [a] = answers(
      'Is 20610 covered for M17.11 by Medicare?',
      [cpt('20610'), dx('M17.11')],
      [rvu('20610')],
    );
    expect(a!.conclusion).toContain('Medicare prices 20610 under the PFS (status A)');
    expect(a!.conclusion).toContain(
      'Whether Medicare covers 20610 for M17.11 is set by a national coverage determination',
    );
    expect(a!.conclusion).toContain('local coverage determination (LCD) and its billing and coding article');
    expect(a!.conclusion).toContain('we cannot settle it');
    expect(a!.settled).toBe(false);
    expect(a!.needs).toContain('LCD and billing and coding article for 20610');
  });

  it('names the MAC the asker names', () => {
    const [a] = answers(
      'Which ICD-10 codes does Medicare cover for 64635? we are in Novitas territory',
      [cpt('64635')],
      [rvu('64635')],
    );
    expect(a!.conclusion).toContain("check Novitas's LCD and article for 64635");
  });

  it('a status that excludes the code settles it without an LCD', () => {
    const [a] = answers('Is 92015 covered by Medicare?', [cpt('92015')], [rvu('92015', { statusCode: 'N' })]);
    expect(a!.conclusion).toContain('92015 is not covered by Medicare (PFS status N)');
    expect(a!.settled).toBe(true);
  });

  it('a drug named in words is looked up by its code', () => {
    const [a] = answers('Synvisc-One every 6 months - will Medicare cover that frequency?');
    expect(a!.conclusion).toMatch(/^How often Medicare covers J7325, and for which diagnoses/);
  });

  it('another payer decides by its own policy', () => {
    const [a] = answers('Does Aetna cover 64493?', [cpt('64493')], [rvu('64493')]);
    expect(a!.conclusion).toContain('For Aetna, its own medical policy decides');
  });
});

describe('the ABN and its modifiers', () => {
  it('never for units denied by an MUE', () => {
    const [a] = answers('96372 x5 denied for MUE. Should we have gotten an ABN?', [cpt('96372')]);
    expect(a!.conclusion).toMatch(/^No: an ABN does not apply to units denied by an MUE/);
    expect(a!.source).toContain('NCCI Policy Manual 2026, Introduction and ch. I §V');
  });

  it('leaves units over their MUE to the units answer, which says the same', () => {
    const over = {
      code: '96372',
      units: 5,
      mue: 4,
      mai: 3 as const,
      edition: 'e',
      maiMeaning: '',
      exceeds: true,
    };
    const a = coverageRule.answer(
      question('96372 x5 denied for MUE. ABN?', ['coverage'], [cpt('96372')]),
      facts({ units: [over] }),
    );
    expect(a).toEqual([]);
  });

  it('GA with a signed ABN, GZ without one; both when both are asked', () => {
    expect(answers('Pt signed the ABN for 82306, what modifier?', [cpt('82306')])[0]!.conclusion).toMatch(
      /^With the signed ABN on file, report 82306-GA/,
    );
    expect(answers('We forgot the ABN for 82306, modifier?', [cpt('82306')])[0]!.conclusion).toMatch(
      /^Without an ABN, report 82306-GZ/,
    );
    const both = answers('Pt signed the ABN for 82306. What modifier? And if we forgot the ABN?', [
      cpt('82306'),
    ]);
    expect(both[0]!.conclusion).toContain('82306-GA when a signed ABN is on file');
    expect(both[0]!.conclusion).toContain('82306-GZ when none was given');
  });

  it('a statutory exclusion needs no ABN: GY, and GX with a voluntary notice', () => {
    const [a] = answers('Medicare pt buying hearing aids (V5261). ABN? modifier?', [cpt('V5261')]);
    expect(a!.conclusion).toContain('V5261 is excluded from Medicare by statute, so no ABN is required');
    expect(a!.conclusion).toContain('GY');
    expect(a!.conclusion).not.toContain('V5261-GA');
  });
});

describe('screening frequencies and ages', () => {
  it('N full months after the month of the last one is the first of the month after them', () => {
    expect(firstEligible({ y: 2025, m: 3 }, 11)).toEqual({ y: 2026, m: 3, d: 1 });
    expect(firstEligible({ y: 2017, m: 9 }, 119)).toEqual({ y: 2027, m: 9, d: 1 });
  });

  it('a screening mammogram too soon: not covered, the first covered date, an ABN to bill her', () => {
    const [a] = answers("Last screening mammo was 3/15/2025. She's scheduled 2/20/2026. Covered?");
    expect(a!.conclusion).toMatch(/^Not on 2\/20\/2026/);
    expect(a!.conclusion).toContain('covered from the first of March 2026');
    expect(a!.conclusion).toContain('ABN');
  });

  it('an average-risk screening colonoscopy is every 10 years', () => {
    const [a] = answers(
      'Average risk, last screening colonoscopy 9/2017. Can we do G0121 in 6/2026? covered?',
      [cpt('G0121')],
    );
    expect(a!.conclusion).toContain('covered from the first of September 2027');
  });

  it('LDCT lung screening stops at 77', () => {
    const [a] = answers('78 y/o former smoker. LDCT 71271 covered by Medicare?', [cpt('71271')]);
    expect(a!.conclusion).toMatch(
      /^No: the benefit stops outside ages 50-77, and at 78 the patient falls outside them/,
    );
  });

  it('a screening asked about without the word "covered" is still answered by its limits', () => {
    const [a] = answers('Average risk, last screening colonoscopy 9/2017. Can we do G0121 in 6/2026?', [
      cpt('G0121'),
    ]);
    expect(a!.conclusion).toMatch(/^Not on 6\/2026/);
    const [g] = answers('IPPE G0402 today, can we also do depression screening G0444 that day?', [
      cpt('G0402'),
      cpt('G0444'),
    ]);
    expect(g!.conclusion).toContain('not with the IPPE (G0402)');
  });

  it('a screening colonoscopy turned therapeutic is billed by what was done, with PT', () => {
    const [a] = answers(
      'Screening colonoscopy (avg risk), polyp removed with snare. G0121 or 45385? PT? coinsurance?',
      [cpt('G0121'), cpt('45385')],
    );
    expect(a!.conclusion).toMatch(/^Bill 45385-PT, not G0121/);
    expect(a!.conclusion).toContain('The Part B deductible does not apply');
    expect(a!.conclusion).toContain('Z12.11');
  });

  it('routine foot care is covered for an at-risk patient with class findings, shown by Q7, Q8 or Q9', () => {
    const [a] = answers(
      'Diabetic with PVD, debrided 7 nails 11721. Medicare says routine foot care not covered?',
      [cpt('11721')],
    );
    expect(a!.conclusion).toContain('append Q7 (one class A finding), Q8 (two class B findings) or Q9');
    expect(a!.source).toContain('Medicare Benefit Policy Manual ch. 15 §290');
  });

  it('acupuncture is covered for chronic low back pain only', () => {
    const [a] = answers('Acupuncture 97810 for knee OA, covered?', [cpt('97810')]);
    expect(a!.conclusion).toContain('only for chronic low back pain');
    expect(a!.source).toBe('NCD 30.3.3');
  });
});
