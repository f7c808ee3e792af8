// Small hand-made questions and facts for the answer rules' tests: a question is its text with the
// codes the asker wrote; facts hold only the rows a test needs.
import type { AskedCode } from '../../../src/coding/analyze-codes.js';
import type { CodeFinding } from '../../../src/coding/types.js';
import type { MueFact, RvuFact } from '../../../src/coding/lookup.types.js';
import { questionCues } from '../../../src/answers/question/cues.js';
import type { AnswerFacts, AnswerKind, AnswerQuestion } from '../../../src/answers/types.js';
import { rvu as lookupRvu } from '../../fixtures/questions/lookup-fixtures.js';

export function question(
  text: string,
  kinds: AnswerKind[],
  codes: (string | Partial<AskedCode>)[] = [],
  dateOfService: string | null = null,
): AnswerQuestion {
  const asked = codes.map((c): AskedCode => ({
    system: 'hcpcs',
    explicit: true,
    modifiers: [],
    units: null,
    ...(typeof c === 'string' ? { code: c } : { code: '', ...c }),
  }));
  return {
    text,
    kinds,
    codes: asked,
    modifiers: [...new Set(asked.flatMap((c) => c.modifiers))],
    loose: [],
    dateOfService,
    cues: questionCues(text),
  };
}

export function code(code: string, descriptor: string | null, more: Partial<CodeFinding> = {}): CodeFinding {
  return {
    code,
    system: /^\d/.test(code) ? 'cpt' : 'hcpcs',
    status: 'valid',
    deletedOn: null,
    edition: 'HCPCS Level II Jul 2024',
    descriptor,
    descriptorSource: descriptor ? 'cms' : null,
    billableChildren: [],
    globalDays: null,
    rvu: null,
    modifiers: [],
    units: null,
    ...more,
  };
}

export const mue = (code: string, value: number, mai: 1 | 2 | 3 = 3): MueFact => ({
  code,
  setting: 'practitioner',
  value,
  mai,
  rationale: null,
  edition: 'NCCI MUE practitioner 2024 Q3',
});

/** A code with no global period and no surgical indicators, unless a test says otherwise. */
export function rvu(code: string, more: Partial<RvuFact> = {}): RvuFact {
  return lookupRvu(code, { globalDays: 'XXX', multProc: '0', asstSurg: '0', ...more });
}

export function facts(more: Partial<AnswerFacts> = {}): AnswerFacts {
  return {
    effectiveDate: '2025-06-01',
    setting: 'practitioner',
    settingStated: false,
    codes: [],
    pairs: [],
    ptp: [],
    hospitalPtp: null,
    units: [],
    mue: [],
    addOns: [],
    rvu: [],
    editions: [
      {
        id: 1,
        dataset: 'hcpcs',
        label: 'HCPCS Level II Jul 2024',
        effectiveFrom: '2024-07-01',
        effectiveTo: null,
      },
      { id: 2, dataset: 'pfs_rvu', label: 'PFS RVU 2025 D', effectiveFrom: '2025-10-01', effectiveTo: null },
    ],
    ...more,
  };
}
