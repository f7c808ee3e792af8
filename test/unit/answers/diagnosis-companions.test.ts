import { describe, expect, it } from 'vitest';
import { bmiCode } from '../../../src/answers/rules/diagnosis-bmi.js';
import { gestationWeeks, weeksCode } from '../../../src/answers/rules/diagnosis-companions.js';
import { diagnosisRule } from '../../../src/answers/rules/diagnosis.js';
import { facts, icd, question } from './diagnosis-fixtures.js';

const answersFor = (text: string, ...codes: [string, string][]) =>
  diagnosisRule.answer(question(text), facts(codes.map(([c, t]) => icd(c, t))));
const saying = (text: string, ...codes: [string, string][]) =>
  answersFor(text, ...codes)
    .map((a) => a.conclusion)
    .join('\n');

describe('a code that cannot stand alone names its partner', () => {
  it('dementia in another disease goes after its cause, named from the words (Alzheimer: G30.9)', () => {
    const text = saying("Alzheimer's disease with dementia, no behavioral disturbance. F02.80 first?", [
      'F02.80',
      'Dementia in other diseases classified elsewhere',
    ]);
    expect(text).toMatch(/report G30\.9 .* first, then F02\.80/);
    expect(text).toMatch(/never listed first/);
  });

  it('with no cause in the words, the underlying condition is asked for, not guessed', () => {
    const text = saying('Dementia code F02.80 - primary?', ['F02.80', 'Dementia in other diseases']);
    expect(text).toMatch(/underlying condition first/);
    expect(text).not.toMatch(/G30\.9/);
  });

  it('COVID-19 pneumonia is U07.1 first, then J12.82, never J12.82 alone', () => {
    const text = saying('provider dx COVID-19 pneumonia. J12.82 alone?', [
      'J12.82',
      'Pneumonia due to coronavirus disease 2019',
    ]);
    expect(text).toMatch(/report U07\.1 first, then J12\.82/);
  });
});

describe('a condition in a pregnant patient is coded from chapter 15', () => {
  it('a UTI at 24 weeks is O23.42 (second trimester) with Z3A.24, not N39.0 first', () => {
    const text = saying('OB pt at 24 weeks w/ UTI, unspecified organism. N39.0?', [
      'N39.0',
      'Urinary tract infection, site not specified',
    ]);
    expect(text).toMatch(/report O23\.42 /);
    expect(text).toMatch(/add Z3A\.24/);
    expect(text).toMatch(/^Not N39\.0 first/m);
  });

  it('type 2 diabetes keeps its own code after the chapter 15 code', () => {
    const text = saying('pregnant pt 30 wks with type 2 DM, E11.9 ok?', [
      'E11.9',
      'Type 2 diabetes mellitus without complications',
    ]);
    expect(text).toMatch(/O24\.113 .*E11\.9 after it/);
    expect(text).toMatch(/Z3A\.30/);
  });

  it('a pregnancy the provider calls incidental is Z33.1 after the condition', () => {
    const text = saying('pregnant, incidental to the visit; sprain seen: S93.401A', [
      'S93.401A',
      'Sprain of unspecified ligament of right ankle, initial encounter',
    ]);
    expect(text).toMatch(/S93\.401A first and Z33\.1/);
  });

  it('weeks of gestation map to their Z3A code, with the codes for under 8 and over 42', () => {
    expect(gestationWeeks('at 24 weeks')).toBe(24);
    expect(gestationWeeks('no weeks stated')).toBeNull();
    expect([weeksCode(6), weeksCode(9), weeksCode(40), weeksCode(43)]).toEqual([
      'Z3A.01',
      'Z3A.09',
      'Z3A.40',
      'Z3A.49',
    ]);
  });
});

describe('signs and symptoms', () => {
  it('an outpatient probable diagnosis is not coded: the documented symptoms are', () => {
    const text = saying(
      "Urgent care note: 'cough, fever, probable pneumonia, CXR pending'. can we code J18.9 on the UC claim?",
      ['J18.9', 'Pneumonia, unspecified organism'],
    );
    expect(text).toMatch(/Do not code J18\.9 for a diagnosis documented as probable/);
    expect(text).toMatch(/R05\.9 \(cough\) and R50\.9 \(fever\)/);
  });

  it('an inpatient record codes the uncertain diagnosis as if it existed', () => {
    const text = saying('Inpatient discharge summary says probable pneumonia, J18.9 ok?', [
      'J18.9',
      'Pneumonia, unspecified organism',
    ]);
    expect(text).toMatch(/On an inpatient record, .* is coded as if it existed/);
  });

  it('"is it possible to code" is no uncertain diagnosis', () => {
    const text = saying('is it possible to code J18.9 here?', ['J18.9', 'Pneumonia, unspecified organism']);
    expect(text).not.toMatch(/probable/);
  });

  it('a symptom beside the diagnosis it belongs to is not coded', () => {
    const [a] = answersFor(
      "neuro note: 'migraine without aura' and the chief complaint is headache. code R51.9 and G43.009 both?",
      ['R51.9', 'Headache, unspecified'],
      ['G43.009', 'Migraine without aura, not intractable, without status migrainosus'],
    ).filter((x) => x.codes.includes('R51.9') && x.source.includes('I.B.5'));
    expect(a!.conclusion).toMatch(/^Report G43\.009 alone when R51\.9 is a symptom of it/);
    expect(a!.settled).toBe(false);
  });
});

describe('the 7th character asked in words', () => {
  it('a healing fracture at a follow-up is D, not A', () => {
    const text = saying(
      'Ortho f/u visit, healing R Colles fx, closed, routine healing. which 7th character? we use A',
    );
    expect(text).toMatch(/^The 7th character is D: a visit in the healing or recovery phase/m);
    expect(text).toMatch(/A is only for the encounters of active treatment/);
  });
});

describe('body mass index', () => {
  it("a dietitian's BMI goes with the provider's obesity class: E66.811 and Z68.31", () => {
    const text = saying(
      "Dietitian documented BMI 31.2; physician wrote 'obesity, class 1'. can we code BMI?",
    );
    expect(text).toMatch(
      /^Yes: report E66\.811 for the obesity the provider documented, with Z68\.31 for BMI 31\.2/m,
    );
  });

  it('a BMI without a provider-documented condition is not coded', () => {
    expect(saying('BMI 27 in the nurse note, code it?')).toMatch(
      /BMI 27 is Z68\.27, but it is coded only when/,
    );
    expect([bmiCode(18), bmiCode(42.5), bmiCode(71)]).toEqual(['Z68.1', 'Z68.41', 'Z68.45']);
  });
});

describe('pairs the guidelines order', () => {
  it('a visit solely for chemotherapy lists Z51.11 first, then the cancer', () => {
    const text = saying(
      'Infusion visit solely for chemo for R breast ca. C50.911 first or Z51.11?',
      ['C50.911', 'Malignant neoplasm of unspecified site of right female breast'],
      ['Z51.11', 'Encounter for antineoplastic chemotherapy'],
    );
    expect(text).toMatch(/lists Z51\.11 first and the neoplasm \(C50\.911\) after it/);
  });

  it('hypertension with stage 3 CKD names I12.9', () => {
    const text = saying(
      'essential HTN, CKD stage 3a. I10 + N18.31?',
      ['I10', 'Essential (primary) hypertension'],
      ['N18.31', 'Chronic kidney disease, stage 3a'],
    );
    expect(text).toMatch(/report I12\.9 .* instead of I10/);
  });
});

describe('a combination code for chronic kidney disease is followed by the N18 code for its stage', () => {
  it('hypertensive CKD with the stage in the words: I12.9 then N18.31', () => {
    const text = saying('Pt has HTN and CKD stage 3a, I12.9?', ['I12.9', 'Hypertensive CKD']);
    expect(text).toMatch(/Add N18\.31 .* after I12\.9/);
  });

  it("a stage that is not the kidney's is not read as one; without a stage it is asked for", () => {
    const text = saying('DM2 with diabetic CKD and a stage 2 pressure ulcer of the sacrum. E11.22?', [
      'E11.22',
      'Type 2 diabetes mellitus with diabetic chronic kidney disease',
    ]);
    expect(text).toMatch(/E11\.22 needs an N18 code .* tell us the stage/);
    expect(text).not.toMatch(/N18\.2\b/);
  });

  it('an N18 code already asked needs no reminder', () => {
    const text = saying(
      'I13.0 and N18.4 for HTN, CHF and CKD 4?',
      ['I13.0', 'Hypertensive heart and CKD'],
      ['N18.4', 'CKD stage 4'],
    );
    expect(text).not.toMatch(/needs an N18|Add N18/);
  });
});
