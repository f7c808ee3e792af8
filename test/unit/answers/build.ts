// Hand-made questions and facts for the rule tests: a question is its text (extracted for real), facts
// are only what each test needs, with neutral defaults for the rest.
import { extractMentions } from '../../../src/coding/extract.js';
import type { CodeFinding, PairFinding, UnitFinding } from '../../../src/coding/types.js';
import type { RvuFact } from '../../../src/coding/lookup.types.js';
import { buildQuestion } from '../../../src/answers/question/question.js';
import type { AnswerFacts, AnswerQuestion } from '../../../src/answers/types.js';
import { rvu as lookupRvu } from '../../fixtures/questions/lookup-fixtures.js';
import { facts as answerFacts } from './fixtures.js';

export function ask(text: string): AnswerQuestion {
  return buildQuestion(text, extractMentions(text, { today: '2026-12-03' }));
}

/** A 2026 rate unless a test says otherwise. */
export function rvu(code: string, fields: Partial<RvuFact> = {}): RvuFact {
  return lookupRvu(code, { conversionFactor: 33.4009, edition: 'PFS RVU 2026 C', ...fields });
}

export function code(c: string, fields: Partial<CodeFinding> = {}): CodeFinding {
  const r = fields.rvu === undefined ? rvu(c, { globalDays: fields.globalDays ?? '000' }) : fields.rvu;
  return {
    code: c,
    system: /^\d{4}[0-9FTU]$/.test(c)
      ? 'cpt'
      : /^[A-Z]\d{2}/.test(c) && c.includes('.')
        ? 'icd10cm'
        : 'hcpcs',
    status: 'valid',
    deletedOn: null,
    edition: 'PFS RVU 2026 C',
    descriptor: null,
    descriptorSource: null,
    billableChildren: [],
    globalDays: r?.globalDays ?? null,
    rvu: r,
    modifiers: [],
    units: null,
    ...fields,
  };
}

export function pair(column1: string, column2: string, fields: Partial<PairFinding> = {}): PairFinding {
  return {
    column1,
    column2,
    modifierIndicator: '1',
    effective: null,
    deleted: null,
    setting: 'practitioner',
    bypassedBy: [],
    edition: 'NCCI PTP practitioner 2026 Q4',
    active: true,
    rationale: null,
    meaning: '',
    ...fields,
  };
}

export function units(c: string, mue: number, mai: 1 | 2 | 3, given: number | null): UnitFinding {
  return {
    code: c,
    units: given,
    mue,
    mai,
    edition: 'NCCI MUE practitioner 2026 Q4',
    maiMeaning: '',
    exceeds: given !== null && given > mue,
  };
}

/** Facts for the question's own codes (with their modifiers and units as asked), plus what is given. */
export function facts(
  q: AnswerQuestion,
  given: Partial<AnswerFacts> & { codes?: CodeFinding[] } = {},
): AnswerFacts {
  const codes = (given.codes ?? q.codes.map((c) => code(c.code))).map((c) => {
    const asked = q.codes.find((a) => a.code === c.code);
    return asked ? { ...c, modifiers: asked.modifiers, units: asked.units } : c;
  });
  return answerFacts({
    effectiveDate: '2026-12-03',
    rvu: codes.flatMap((c) => (c.rvu ? [c.rvu] : [])),
    editions: [],
    ...given,
    codes,
  });
}
