// The codes our diagnosis and PCS answers name from their own tables must be billable codes of the
// loaded code sets, and the near-code read must find a wrong PCS code's valid neighbours.
import { describe, expect, it } from 'vitest';
import { DEMENTIA_ETIOLOGY, IN_PREGNANCY } from '../../../src/answers/rules/diagnosis-companions.js';
import { SYMPTOMS } from '../../../src/answers/rules/diagnosis-symptoms.js';
import { referenceFacts } from '../../../src/coding/icd-facts.js';
import { referenceDb } from '../../helpers/reference-db.js';

describe('codes named by the diagnosis tables, against the ICD-10-CM FY2026 code set', () => {
  const db = referenceDb();

  const billable = async (codes: string[]) => {
    const rows = await db
      .selectFrom('icd10cm_codes')
      .select(['code_dotted', 'billable'])
      .where('code_dotted', 'in', codes)
      .where('billable', '=', true)
      .execute();
    return new Set(rows.map((r) => r.code_dotted));
  };

  it('every etiology, symptom and pregnancy code (with each trimester) is billable', async () => {
    const codes = [
      ...DEMENTIA_ETIOLOGY.map((e) => e.code).filter((c) => !c.endsWith('-')),
      ...SYMPTOMS.map(([, code]) => code),
      ...IN_PREGNANCY.flatMap((m) => [1, 2, 3].map((t) => `${m.stem}${t}`)),
      'U07.1',
      'Z33.1',
      'Z3A.01',
      'Z3A.24',
      'Z3A.49',
      'I12.9',
      'I12.0',
    ];
    const found = await billable(codes);
    expect(codes.filter((c) => !found.has(c))).toEqual([]);
  });

  it('a PCS code with a wrong qualifier brings the valid codes of its first six characters', async () => {
    const facts = await referenceFacts(db, {
      text: 'encoder gave 0SRC0J0 for R TKA',
      dos: '2026-03-01',
      icdCodes: [],
      pcsCodes: ['0SRC0J0'],
      walk: false,
      pcsSearch: false,
    });
    const near = facts!.tabular.pcsNear!['0SRC0J0']!.map((n) => n.code);
    expect(near.slice(0, 3)).toEqual(['0SRC0J9', '0SRC0JA', '0SRC0JZ']);
  });
});
