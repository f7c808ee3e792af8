import { describe, expect, it } from 'vitest';
import { diagnosisRule } from '../../../src/answers/rules/diagnosis.js';
import { facts, icd, question } from './diagnosis-fixtures.js';

const tabular = (over: Partial<NonNullable<ReturnType<typeof facts>['tabular']>>) => ({
  tabular: { notes: [], ancestors: [], under: {}, placeholderFixes: {}, pcsTables: [], ...over },
});

describe('diagnosis selection: codes checked in the Tabular List', () => {
  it('a category is not billable: its codes are listed, and the words of the question choose one', () => {
    const j44 = icd('J44', 'Other chronic obstructive pulmonary disease', 'not_billable');
    const under = {
      J44: [
        {
          code: 'J44.0',
          title: 'Chronic obstructive pulmonary disease with (acute) lower respiratory infection',
          billable: true,
        },
        {
          code: 'J44.1',
          title: 'Chronic obstructive pulmonary disease with (acute) exacerbation',
          billable: true,
        },
        { code: 'J44.9', title: 'Chronic obstructive pulmonary disease, unspecified', billable: true },
      ],
    };
    const [a] = diagnosisRule.answer(
      question('COPD exacerbation, doctor wrote J44'),
      facts([j44], tabular({ under })),
    );
    expect(a!.conclusion).toMatch(/J44 .* is a category, not a billable code/);
    expect(a!.conclusion).toContain('J44.0');
    expect(a!.conclusion).toMatch(/point to J44\.1/);
    expect(a!.source).toContain('I.A.3');
  });

  it('a code missing its 7th character is invalid; "initial encounter, closed" chooses A', () => {
    const s = icd('S52.501', 'Unspecified fracture of the lower end of right radius', 'not_billable');
    const base = 'Unspecified fracture of the lower end of right radius, ';
    const under = {
      'S52.501': [
        { code: 'S52.501A', title: `${base}initial encounter for closed fracture`, billable: true },
        {
          code: 'S52.501B',
          title: `${base}initial encounter for open fracture type I or II`,
          billable: true,
        },
        {
          code: 'S52.501D',
          title: `${base}subsequent encounter for closed fracture with routine healing`,
          billable: true,
        },
      ],
    };
    const [a] = diagnosisRule.answer(
      question('S52.501 for the ER visit, initial encounter, closed?'),
      facts([s], tabular({ under })),
    );
    expect(a!.conclusion).toMatch(/needs its 7th character/);
    expect(a!.conclusion).toMatch(/point to S52\.501A/);
    expect(a!.source).toContain('I.A.5');
    expect(a!.warning).toBe(true);
  });

  it('a 7-character subdivision that is not an encounter character is a plain category (Z86.010)', () => {
    const z = icd('Z86.010', 'Personal history of colon polyps', 'not_billable');
    const under = {
      'Z86.010': [
        { code: 'Z86.0100', title: 'Personal history of colon polyps, unspecified', billable: true },
        {
          code: 'Z86.0101',
          title: 'Personal history of adenomatous and serrated colon polyps',
          billable: true,
        },
      ],
    };
    const [a] = diagnosisRule.answer(question('Z86.010 still ok?'), facts([z], tabular({ under })));
    expect(a!.conclusion).toMatch(/is a category/);
    expect(a!.conclusion).not.toMatch(/7th character/);
  });

  it('a code written without its placeholder X is invalid, and the full code is named', () => {
    const t = icd('T39.11A', null, 'unknown', 'unknown');
    const fix = {
      code: 'T39.1X1A',
      title: 'Poisoning by 4-Aminophenol derivatives, accidental (unintentional), initial encounter',
      billable: true,
    };
    const [a] = diagnosisRule.answer(
      question('Claim rejected for T39.11A'),
      facts([t], tabular({ placeholderFixes: { 'T39.11A': fix } })),
    );
    expect(a!.conclusion).toMatch(/lacks the placeholder X.*T39\.1X1A/);
    expect(a!.source).toContain('I.A.4');
  });

  it('the unspecified side when the question says left, at a follow-up: the left-side subsequent code', () => {
    const s = icd('S93.409A', 'Sprain of unspecified ligament of unspecified ankle, initial encounter');
    const under = {
      'S93.40': [
        {
          code: 'S93.402A',
          title: 'Sprain of unspecified ligament of left ankle, initial encounter',
          billable: true,
        },
        {
          code: 'S93.402D',
          title: 'Sprain of unspecified ligament of left ankle, subsequent encounter',
          billable: true,
        },
      ],
    };
    const [a] = diagnosisRule.answer(
      question('Left ankle sprain, follow up visit - we billed S93.409A'),
      facts([s], tabular({ under })),
    );
    expect(a!.conclusion).toMatch(/report S93\.402D/);
    expect(a!.source).toContain('I.B.13');
  });

  it('"is that right?" is not a side', () => {
    const m = icd('M17.10', 'Unilateral primary osteoarthritis, unspecified knee');
    const under = {
      'M17.1': [{ code: 'M17.11', title: 'Unilateral primary osteoarthritis, right knee', billable: true }],
    };
    const out = diagnosisRule.answer(
      question('M17.10 for knee OA, is that right?'),
      facts([m], tabular({ under })),
    );
    expect(out.map((a) => a.conclusion).join(' ')).not.toContain('M17.11');
  });
});

describe('diagnosis selection: pairs and order', () => {
  it('hypertension with CKD is hypertensive CKD: I12 instead of I10, N18 after it', () => {
    const out = diagnosisRule.answer(
      question('HTN and CKD stage 4: I10 and N18.4 ok?'),
      facts([
        icd('I10', 'Essential (primary) hypertension'),
        icd('N18.4', 'Chronic kidney disease, stage 4 (severe)'),
      ]),
    );
    const a = out.find((x) => x.source.includes('I.C.9.a.2'))!;
    expect(a.conclusion).toMatch(/I12.*instead of I10.*N18\.4 after it/);
    expect(a.source).toContain('I.C.9.a.2');
  });

  it('severe sepsis is never first: the infection goes first', () => {
    const out = diagnosisRule.answer(
      question('R65.20 and A41.9, which is primary?'),
      facts([
        icd('R65.20', 'Severe sepsis without septic shock'),
        icd('A41.9', 'Sepsis, unspecified organism'),
      ]),
    );
    expect(out.find((x) => x.source.includes('I.C.1.d'))!.conclusion).toMatch(
      /A41\.9\) goes first and R65\.20/,
    );
  });

  it('a Tabular List note naming another asked code: Excludes1 means not reported together', () => {
    const notes = [
      {
        code: 'C34',
        type: 'excludes1' as const,
        text: 'malignant carcinoid tumor of the bronchus and lung (C7A.090)',
      },
    ];
    const out = diagnosisRule.answer(
      question('C34.90 with C7A.090?'),
      facts(
        [
          icd('C34.90', 'Malignant neoplasm of unspecified part of unspecified bronchus or lung'),
          icd('C7A.090', 'Malignant carcinoid tumor of the bronchus and lung'),
        ],
        tabular({ notes }),
      ),
    );
    const a = out.find((x) => x.conclusion.includes('Excludes1'))!;
    expect(a.conclusion).toMatch(/C34\.90 has an Excludes1 note for C7A\.090/);
    expect(a.source).toContain('I.A.12.a');
  });

  it("with no convention for the pair, the order is the documentation's: not settled, provider documentation needed", () => {
    const out = diagnosisRule.answer(
      question('K21.9 and R13.10, which goes first?'),
      facts([
        icd('K21.9', 'Gastro-esophageal reflux disease without esophagitis'),
        icd('R13.10', 'Dysphagia, unspecified'),
      ]),
    );
    const a = out.find((x) => x.conclusion.startsWith('No convention'))!;
    expect(a.settled).toBe(false);
    expect(a.needs).toMatch(/provider/);
  });
});

describe('diagnosis selection: a diagnosis asked in words', () => {
  it('each index path leads to a code checked in the Tabular List', () => {
    const f = facts([], {
      indexWalk: {
        words: ['malignant', 'pleural', 'effusion'],
        suggestions: [
          {
            code: 'J91.0',
            needsMore: false,
            path: 'Effusion, pleura, malignant',
            source: 'index',
            column: null,
            score: 1,
          },
        ],
        tabular: { 'J91.0': { title: 'Malignant pleural effusion', billable: true, children: [] } },
      },
    });
    const [a] = diagnosisRule.answer(question('ICD-10 for malignant pleural effusion?'), f);
    expect(a!.conclusion).toMatch(/Effusion, pleura, malignant -> J91\.0, billable/);
    expect(a!.settled).toBe(true);
  });

  it('nothing found: no code is offered, and the documented diagnosis is asked for', () => {
    const f = facts([], { indexWalk: { words: ['thing'], suggestions: [], tabular: {} } });
    const [a] = diagnosisRule.answer(question('What ICD-10 for the thing the doctor wrote?'), f);
    expect(a!.codes).toEqual([]);
    expect(a!.settled).toBe(false);
  });
});
