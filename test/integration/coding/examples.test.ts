// extract -> lookupCodes (shared test database, loaded by the global setup) -> analyze on the shared
// example questions: the facts a reply must get right.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, createPool, type Database } from '../../../src/db/database.js';
import { analyze } from '../../../src/coding/analyze.js';
import { extractMentions } from '../../../src/coding/extract.js';
import { lookupCodes } from '../../../src/coding/lookup.js';
import { findingsFor } from '../../../src/pipeline/draft.job.js';
import type { Findings } from '../../../src/coding/types.js';
import { testConfig } from '../../helpers/stack-env.js';

interface Example {
  id: string;
  subject: string;
  body: string;
}

const examples = new Map<string, Example>(
  readFileSync(path.resolve(import.meta.dirname, '../../../../shared/questions/examples.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Example)
    .map((e) => [e.id, e]),
);

describe('the shared examples, analysed against the reference data', () => {
  let pool: pg.Pool;
  let db: Kysely<Database>;
  const findings = async (id: string): Promise<Findings> => {
    const { subject, body } = examples.get(id)!;
    const x = extractMentions({ subject, body }, { today: '2026-06-01' });
    const lookup = await lookupCodes(db, {
      codes: x.candidates,
      dateOfService: x.dateOfService ?? '2026-06-01',
      setting: x.setting ?? 'practitioner',
    });
    return analyze(x, lookup);
  };

  beforeAll(() => {
    pool = createPool(testConfig().databaseUrl, 2);
    db = createDb(pool);
  });
  afterAll(async () => {
    await db.destroy();
  });

  it("ex-01: 76942 is column 2 to 32555 with indicator 1, and the asker's 59 can bypass it", async () => {
    const f = await findings('ex-01');
    const pair = f.pairs.find((p) => p.column1 === '32555' && p.column2 === '76942');
    expect(pair).toMatchObject({ modifierIndicator: '1', setting: 'practitioner' });
    expect(pair!.bypassedBy).toContain('59');
    expect(f.dateOfService).toBe('2025-03-04');
    expect(f.editions.length).toBeGreaterThan(0);
  });

  it('ex-03: 32420 is reported deleted', async () => {
    const f = await findings('ex-03');
    expect(f.codes.find((c) => c.code === '32420')).toMatchObject({ status: 'deleted' });
  });

  it('ex-13: the phone number and extension give no code; 62328 and 77003 are looked up', async () => {
    const f = await findings('ex-13');
    const codes = f.codes.map((c) => c.code);
    expect(codes).not.toContain('32555');
    expect(codes).not.toContain('76942');
    expect(codes).not.toContain('555');
    expect(codes).toEqual(expect.arrayContaining(['62328', '77003']));
  });

  it('ex-09: the diagnosis codes are valid ICD-10-CM codes, and J90 is billable', async () => {
    const f = await findings('ex-09');
    for (const c of ['J91.0', 'C34.91', 'J90'])
      expect(f.codes.find((x) => x.code === c)).toMatchObject({ system: 'icd10cm', status: 'valid' });
  });
});

describe("the README's example, as the draft job reads it", () => {
  let db: Kysely<Database>;
  beforeAll(() => {
    db = createDb(createPool(testConfig().databaseUrl, 2));
  });
  afterAll(async () => {
    await db.destroy();
  });

  it('finds the codes in the subject and the PTP edit between them at the date in the body', async () => {
    const question = { subject: '32555 and 76942', question: 'Bundled on DOS 03/04/2025?' };
    const f = await findingsFor(db, question, '2026-06-01');
    expect(f.codes.map((c) => c.code)).toEqual(['32555', '76942']);
    expect(f.pairs.find((p) => p.column1 === '32555' && p.column2 === '76942')).toMatchObject({
      modifierIndicator: '1',
      active: true,
    });
    expect(f.dateOfService).toBe('2025-03-04');
    expect(f.suggestions).toEqual([]);
    expect(f.codesOmitted).toBe(0);
  });

  it("reads a follow-up's subject only when the follow-up names no code", async () => {
    const subject = '32555 and 76942';
    const own = await findingsFor(db, { subject, question: 'And 20610?', followUp: true }, '2026-06-01');
    expect(own.codes.map((c) => c.code)).toEqual(['20610']);
    const same = await findingsFor(db, { subject, question: 'With XS?', followUp: true }, '2026-06-01');
    expect(same.codes.map((c) => c.code)).toEqual(['32555', '76942']);
  });
});
