import { describe, expect, it } from 'vitest';
import { clearProcedure, suggestionsToShow } from '../../../src/refdata/search-gate.js';
import type { SearchMatch } from '../../../src/refdata/search.types.js';

const match = (code: string, score: number, over: Partial<SearchMatch> = {}): SearchMatch => ({
  code,
  system: 'cpt',
  description: code,
  descriptorSource: 'lay_summary',
  score,
  reason: 'words',
  coveredWords: [0, 1],
  contentWords: 2,
  weakCovered: 0,
  leadCovered: 1,
  leadUnasked: 0,
  procedureAsked: false,
  abbreviationWords: [],
  questionWeight: 12,
  ...over,
});

describe('the codes a draft shows for a question asked in words', () => {
  it('only matches close to the best one: a runner-up far behind is left out', () => {
    const shown = suggestionsToShow([match('93000', 1.09), match('G0403', 0.95), match('93010', 1.0)]);
    expect(shown.map((s) => s.code)).toEqual(['93000', '93010']);
  });

  it('none when no match scores well enough', () => {
    expect(suggestionsToShow([match('10005', 0.5)])).toEqual([]);
  });

  it('none when the question\'s only subject is one common word ("this drug")', () => {
    const common = { coveredWords: [0], contentWords: 1, questionWeight: 4.4 };
    expect(suggestionsToShow([match('J3490', 1.15, { system: 'hcpcs', ...common })])).toEqual([]);
  });

  it("only codes of the best match's system: a diagnosis sharing a procedure's words stays out", () => {
    const shown = suggestionsToShow([
      match('55250', 1.05),
      match('Z98.52', 0.98, { system: 'icd10cm', procedureAsked: true }),
    ]);
    expect(shown.map((s) => s.code)).toEqual(['55250']);
  });

  it('a diagnosis holding all the words of a question that names no procedure stands beside the procedure', () => {
    const ingrown = { procedureAsked: false, system: 'icd10cm' as const };
    const shown = suggestionsToShow([match('11750', 1.07), match('L60.0', 0.98, ingrown)]);
    expect(shown.map((s) => s.code)).toEqual(['11750', 'L60.0']);
  });

  it('a match naming the asked thing only in its trailing detail stays out (a ventilator that also concentrates oxygen)', () => {
    const hcpcs = (leadCovered: number) => ({ system: 'hcpcs' as const, leadCovered });
    const shown = suggestionsToShow([match('E1390', 1.05, hcpcs(2)), match('E0467', 1.03, hcpcs(0))]);
    expect(shown.map((s) => s.code)).toEqual(['E1390']);
  });

  it('a match covering other words of the question than the best one does is about something else', () => {
    const title = (coveredWords: number[]) => ({ system: 'icd10cm' as const, coveredWords });
    // "Benign essential hypertension": "benign essential" hematuria covers two words, as I10 does
    const shown = suggestionsToShow([match('I10', 0.91, title([1, 2])), match('R31.1', 0.84, title([0, 1]))]);
    expect(shown.map((s) => s.code)).toEqual(['I10']);
  });

  it('a diagnosis naming more the question never said than the best is another condition; its own children stay', () => {
    const title = (leadUnasked: number) => ({ system: 'icd10cm' as const, leadUnasked });
    const ckd = suggestionsToShow([match('N18.4', 1.25, title(0)), match('I12.9', 1.19, title(2))]);
    expect(ckd.map((s) => s.code)).toEqual(['N18.4']);
    const gallstones = suggestionsToShow([match('K80.0', 1.3, title(0)), match('K80.00', 1.25, title(1))]);
    expect(gallstones.map((s) => s.code)).toEqual(['K80.0', 'K80.00']);
  });

  it('a question describing a procedure done never sees only diagnoses ("TSH blood test": not thyrotoxicosis)', () => {
    expect(suggestionsToShow([match('E05.80', 0.66, { system: 'icd10cm', procedureAsked: true })])).toEqual(
      [],
    );
  });

  it('a match must cover the subject a coder abbreviated ("strep test": not a rapid HIV test)', () => {
    const hiv = { system: 'hcpcs' as const, abbreviationWords: [0], coveredWords: [1, 2] };
    expect(suggestionsToShow([match('G0435', 0.7, hiv)])).toEqual([]);
  });

  it('a HCPCS description adding unasked words to its lead phrase gives way to a plainer one near it', () => {
    const hcpcs = (leadUnasked: number) => ({ system: 'hcpcs' as const, leadUnasked });
    // "Lumbar sacral orthosis": not the cervical-thoracic-lumbar-sacral one, though it scores higher
    const shown = suggestionsToShow([match('L1001', 1.1, hcpcs(2)), match('L0628', 1.03, hcpcs(0))]);
    expect(shown.map((s) => s.code)).toEqual(['L0628']);
  });

  it('diagnosis siblings each adding a qualifier are judged against the best, not the plainest', () => {
    const title = (leadUnasked: number) => ({ system: 'icd10cm' as const, leadUnasked });
    const shown = suggestionsToShow([match('E66.01', 0.8, title(3)), match('E66.2', 0.8, title(2))]);
    expect(shown.map((s) => s.code)).toEqual(['E66.01', 'E66.2']);
  });

  it('a HCPCS description whose lead phrase names none of the question is never shown', () => {
    const hcpcs = { system: 'hcpcs' as const, leadCovered: 0 };
    expect(suggestionsToShow([match('G0019', 0.88, hcpcs)])).toEqual([]);
  });

  it('a sibling holding fewer of the question\'s words than the best ("initial") stays out', () => {
    const shown = suggestionsToShow([
      match('G0438', 1.22, { system: 'hcpcs', weakCovered: 2 }),
      match('G0439', 1.16, { system: 'hcpcs', weakCovered: 1 }),
    ]);
    expect(shown.map((s) => s.code)).toEqual(['G0438']);
  });

  it('the best title plus words the question never said stays out (combined systolic and diastolic)', () => {
    const title = (description: string) => ({ system: 'icd10cm' as const, description });
    const shown = suggestionsToShow([
      match('I50.22', 1.24, title('Chronic systolic (congestive) heart failure')),
      match(
        'I50.42',
        1.17,
        title('Chronic combined systolic (congestive) and diastolic (congestive) heart failure'),
      ),
      match('I50.20', 1.15, title('Unspecified systolic (congestive) heart failure')),
    ]);
    expect(shown.map((s) => s.code)).toEqual(['I50.22', 'I50.20']);
  });

  it("a code under the best one is its billable form and stays (K35.30 under K35.3's title)", () => {
    const title = (description: string) => ({ system: 'icd10cm' as const, description });
    const shown = suggestionsToShow([
      match('K35.3', 1.3, title('Acute appendicitis with localized peritonitis')),
      match(
        'K35.30',
        1.28,
        title('Acute appendicitis with localized peritonitis, without perforation or gangrene'),
      ),
    ]);
    expect(shown.map((s) => s.code)).toEqual(['K35.3', 'K35.30']);
  });
});

describe('the procedure a description clearly names, to answer for', () => {
  it('is the best match when it leads the next clearly', () => {
    expect(clearProcedure([match('32555', 1.16), match('32557', 0.8)])?.code).toBe('32555');
  });

  it('is none for a near tie, CPT and HCPCS judged together (G0289 beside 29881)', () => {
    expect(clearProcedure([match('G0289', 0.76, { system: 'hcpcs' }), match('29881', 0.73)])).toBeNull();
  });

  it('is none when a diagnosis outranks it: the question may be about the condition', () => {
    expect(clearProcedure([match('L60.0', 1.1, { system: 'icd10cm' }), match('11750', 0.9)])).toBeNull();
  });
});
