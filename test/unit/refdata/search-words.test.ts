import { describe, expect, it } from 'vitest';
import {
  asksExternalCause,
  describesProcedure,
  mentionsPregnancyOrNewborn,
  nicheCodesOutOfPlace,
  queryGroups,
} from '../../../src/refdata/search-words.js';

describe('what a question asked in words is about', () => {
  it('a procedure or a service done: its procedure code ranks above a diagnosis sharing its words', () => {
    expect(describesProcedure('Bilateral vasectomy')).toBe(true);
    expect(describesProcedure('Cerumen removal with curette, impacted')).toBe(true);
    expect(describesProcedure('Manual therapy 15 minutes')).toBe(true);
  });

  it("a coder's abbreviation for a procedure is a procedure done (ORIF, CABG, ABG)", () => {
    expect(describesProcedure('ORIF of the ankle, bimalleolar')).toBe(true);
    expect(describesProcedure('CABG x3')).toBe(true);
    expect(describesProcedure('ABG draw')).toBe(true);
  });

  it('a condition, or a diagnosis asked for as such, stays on the diagnosis side', () => {
    expect(describesProcedure('Iron deficiency anemia')).toBe(false);
    expect(describesProcedure('Encounter for screening colonoscopy')).toBe(false);
    expect(describesProcedure('ICD-10 for status post vasectomy')).toBe(false);
    expect(describesProcedure('End stage renal disease on dialysis')).toBe(false);
  });

  it('external cause codes fit only a question that speaks of how an injury happened', () => {
    expect(asksExternalCause('Diabetic test strips, box of 50')).toBe(false);
    expect(asksExternalCause('Patient fell off a ladder at home')).toBe(true);
  });

  it('pregnancy and newborn codes fit only a question that speaks of a pregnancy or a newborn', () => {
    expect(mentionsPregnancyOrNewborn('Essential hypertension')).toBe(false);
    expect(mentionsPregnancyOrNewborn('hypertension in pregnancy, 30 weeks')).toBe(true);
    expect(mentionsPregnancyOrNewborn('newborn jaundice')).toBe(true);
  });
});

const words = (text: string) => queryGroups(text).map((g) => `${g.asked}${g.weak ? '?' : ''}`);

describe('the words a question is searched by', () => {
  it('"without" counts when it qualifies a word: the titles that say it are the ones meant', () => {
    expect(words('Type 2 diabetes without complications')).toContain('without');
    expect(words('Migraine w/o aura')).toContain('without');
    expect(words('EGD with biopsy')).not.toContain('without');
  });

  it('the minutes of a timed service tell its siblings apart, as a desk word', () => {
    expect(words('45 minute psychotherapy')).toEqual(expect.arrayContaining(['psychotherapy', '45?']));
  });

  it('a question about a claim adjustment reason is not searched; a cited manual is no subject', () => {
    expect(words('Wound care visit, denial reason CO-50')).toEqual([]);
    expect(words('per the NCCI manual, is this bundled')).not.toContain('manual');
    expect(words('Manual therapy 15 minutes')).toContain('manual');
  });

  it('how equipment is paid for or carried only tells siblings apart: many DME descriptions never say it', () => {
    expect(words('Stationary oxygen concentrator rental')).toEqual([
      'oxygen',
      'concentrator',
      'stationary?',
      'rental?',
    ]);
  });

  it('the letter of a vitamin or a hepatitis tells the codes apart, as the number of a type does', () => {
    expect(words('Vitamin D deficiency')).toEqual(['d', 'vitamin', 'deficiency']);
    expect(words('Chronic hepatitis C')).toContain('c');
  });

  it('a flare is a desk word that still finds the exacerbations; a toe is also coded at the foot', () => {
    expect(queryGroups('COPD flare').find((g) => g.asked === 'flare')).toEqual({
      asked: 'flare',
      alternatives: ['flare', 'exacerbation'],
      weak: true,
    });
    expect(queryGroups('gout of the toe')[1]!.alternatives).toEqual(['toe', 'foot']);
  });

  it('"without" followed by a pronoun qualifies nothing ("billed without its primary procedure")', () => {
    expect(words('add-on billed without its primary procedure')).not.toContain('without');
  });

  it("a rule question's talk of any service and the classification's conventions are desk words", () => {
    const content = (text: string) =>
      queryGroups(text)
        .filter((g) => !g.weak)
        .map((g) => g.asked);
    expect(content('Anesthesia provided by the surgeon performing the procedure')).toEqual(['anesthesia']);
    expect(
      content('Combination code that identifies both the definitive diagnosis and its manifestation'),
    ).toEqual([]);
  });

  it("a coder's abbreviation names the subject; a route, a modality or a two-meaning one does not", () => {
    const abbreviated = (text: string) =>
      queryGroups(text)
        .filter((g) => g.abbreviation)
        .map((g) => g.asked);
    expect(abbreviated('Strep test rapid in office')).toEqual(['strep']);
    expect(abbreviated('IM injection of ceftriaxone')).toEqual([]);
    expect(abbreviated('Screening mammogram with CAD')).toEqual([]);
  });

  it('"ED" is a desk word that still finds the emergency department codes', () => {
    expect(queryGroups('ED visit, high complexity').find((g) => g.asked === 'ed')).toEqual({
      asked: 'ed',
      alternatives: ['ed', 'emergency'],
      weak: true,
    });
  });
});

describe("HCPCS codes outside a practitioner's Medicare claim", () => {
  it('are offered only when the question speaks of their world', () => {
    const out = nicheCodesOutOfPlace('Diagnostic bronchoscopy with washings');
    expect(new RegExp(out).test('C7509')).toBe(true);
    expect(new RegExp(out).test('G9231')).toBe(true);
    expect(new RegExp(out).test('G0438')).toBe(false);
    expect(new RegExp(nicheCodesOutOfPlace('hospital outpatient bronchoscopy')).test('C7509')).toBe(false);
    expect(new RegExp(nicheCodesOutOfPlace('which MIPS quality measure for ESRD')).test('G9231')).toBe(false);
  });

  it('telehealth consultations only when the question speaks of telehealth', () => {
    expect(new RegExp(nicheCodesOutOfPlace('Critical care 50 minutes')).test('G0509')).toBe(true);
    expect(new RegExp(nicheCodesOutOfPlace('telehealth critical care consult')).test('G0509')).toBe(false);
  });
});
