// Small hand-made questions and facts for the diagnosis and PCS rule tests.
import { questionCues } from '../../../src/answers/question/cues.js';
import type { AnswerFacts, AnswerKind, AnswerQuestion } from '../../../src/answers/types.js';
import type { CodeFinding } from '../../../src/coding/types.js';

export function question(text: string, kinds: AnswerKind[] = ['diagnosis-selection']): AnswerQuestion {
  return { text, kinds, codes: [], modifiers: [], loose: [], dateOfService: null, cues: questionCues(text) };
}

export function icd(
  code: string,
  descriptor: string | null,
  status: CodeFinding['status'] = 'valid',
  system: CodeFinding['system'] = 'icd10cm',
): CodeFinding {
  return {
    code,
    system,
    status,
    deletedOn: null,
    edition: 'ICD-10-CM FY2026',
    descriptor,
    descriptorSource: 'cdc',
    billableChildren: [],
    globalDays: null,
    rvu: null,
    modifiers: [],
    units: null,
  };
}

export function facts(codes: CodeFinding[], extra: Partial<AnswerFacts> = {}): AnswerFacts {
  return {
    effectiveDate: '2026-03-01',
    setting: 'practitioner',
    settingStated: false,
    codes,
    pairs: [],
    ptp: [],
    units: [],
    mue: [],
    addOns: [],
    rvu: [],
    editions: [],
    tabular: { notes: [], ancestors: [], under: {}, placeholderFixes: {}, pcsTables: [] },
    ...extra,
    hospitalPtp: extra.hospitalPtp ?? null,
  };
}
