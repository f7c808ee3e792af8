import { describe, expect, it } from 'vitest';
import type { IndexSuggestion } from '../../../src/coding/icd-facts.types.js';
import { diagnosisRule } from '../../../src/answers/rules/diagnosis.js';
import { facts, question } from './diagnosis-fixtures.js';

const step = (code: string, path: string, source: IndexSuggestion['source'] = 'index'): IndexSuggestion => ({
  code,
  needsMore: false,
  path,
  source,
  column: null,
  score: 1,
});

/** Facts where the Alphabetic Index walk reached these codes, each billable. */
const walked = (...found: [IndexSuggestion, string][]) =>
  facts([], {
    indexWalk: {
      words: [],
      suggestions: found.map(([s]) => s),
      tabular: Object.fromEntries(
        found.map(([s, title]) => [s.code, { title, billable: true, children: [] }]),
      ),
    },
  });

describe('diagnosis order, when the codes come from the words of the question', () => {
  it('sepsis with a localized infection: the systemic infection first, the local one after (I.C.1.d.4)', () => {
    const f = walked(
      [step('A41.51', 'Sepsis, Escherichia coli'), 'Sepsis due to Escherichia coli [E. coli]'],
      [step('N39.0', 'Infection, urinary'), 'Urinary tract infection, site not specified'],
    );
    const out = diagnosisRule.answer(question('sepsis due to E coli, source UTI. which first?'), f);
    const order = out.find((a) => a.source.includes('I.C.1.d.4'));
    expect(order!.conclusion).toMatch(/A41\.51 \(the systemic infection\) goes first and N39\.0/);
    expect(order!.conclusion).toMatch(
      /no B95-B97 code is added for the organism, because A41.51 already names it/,
    );
  });

  it('treatment aimed only at the metastasis puts the secondary site first (I.C.2.b)', () => {
    const f = walked(
      [
        step('C18.7', 'Neoplasm, intestine, large, colon, sigmoid', 'neoplasm'),
        'Malignant neoplasm of sigmoid colon',
      ],
      [step('C78.7', 'Neoplasm, liver', 'neoplasm'), 'Secondary malignant neoplasm of liver'],
    );
    const out = diagnosisRule.answer(
      question('colon ca, now liver mets, liver-directed therapy. sequencing?'),
      f,
    );
    const order = out.find((a) => a.source.includes('I.C.2.b'));
    expect(order!.conclusion).toMatch(
      /treats only the secondary site, C78\.7 goes first and the primary \(C18\.7\)/,
    );
  });

  it('an adverse effect of a drug taken as prescribed: the effect first, the T code after (I.C.19.e.5.a)', () => {
    const f = walked([step('T36.0X5', 'Amoxicillin', 'drugs'), 'Adverse effect of penicillins']);
    const out = diagnosisRule.answer(question('rash from amoxicillin taken as prescribed. codes + order'), f);
    const order = out.find((a) => a.source.includes('I.C.19.e.5.a'));
    expect(order!.conclusion).toMatch(
      /nature of the effect .* first and T36\.0X5A \(7th character A while the effect is actively treated/,
    );
    expect(order!.conclusion).toMatch(/poisoning .* T code first/);
  });

  it('with no convention for the pair, the documentation decides which goes first', () => {
    const f = walked(
      [step('I10', 'Hypertension'), 'Essential (primary) hypertension'],
      [step('E78.5', 'Hyperlipidemia'), 'Hyperlipidemia, unspecified'],
    );
    const out = diagnosisRule.answer(question('hypertension and hyperlipidemia, which goes first?'), f);
    expect(out.some((a) => /No convention fixes the order of I10 and E78\.5/.test(a.conclusion))).toBe(true);
  });
});

describe('codes that go with the ones the words reach', () => {
  it('a diabetic on insulin: Z79.4 after the diabetes code (I.C.4.a.3)', () => {
    const f = walked([
      step('E11.40', 'Diabetes, type 2, with, neuropathy'),
      'Type 2 diabetes mellitus with diabetic neuropathy, unspecified',
    ]);
    const out = diagnosisRule.answer(
      question('Type 2 diabetic with peripheral neuropathy, on insulin. ICD-10?'),
      f,
    );
    const z = out.find((a) => a.source.includes('I.C.4.a.3'));
    expect(z!.conclusion).toMatch(/^Add Z79\.4 \(long-term \(current\) use of insulin\) after E11\.40/);
    expect(z!.conclusion).toMatch(/type 2 patient on insulin stays E11/);
  });

  it('a personal history of cancer: the Z85 code only once no treatment is directed to the site (I.C.2.d)', () => {
    const f = walked([
      step('Z85.3', 'History, personal, malignant neoplasm, breast'),
      'Personal history of malignant neoplasm of breast',
    ]);
    const out = diagnosisRule.answer(question('history of breast cancer, treatment completed. code?'), f);
    const history = out.find((a) => a.source.endsWith('I.C.2.d'));
    expect(history!.conclusion).toMatch(/^Z85\.3 fits a primary malignancy that was excised or eradicated/);
    expect(history!.conclusion).toMatch(/while treatment is still directed to the site, the cancer itself/);
  });
});
