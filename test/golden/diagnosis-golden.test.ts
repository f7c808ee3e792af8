// Golden drafts for diagnosis (ICD-10-CM) and ICD-10-PCS questions: the draft job's own chain against the
// test database; the text must match a reviewed file in expected/. `UPDATE_GOLDEN=1` rewrites them.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, createPool, type Database } from '../../src/db/database.js';
import { chooseReplyKind, draftReply } from '../../src/drafting/draft-reply.js';
import { findingsFor } from '../../src/pipeline/draft.job.js';
import { testConfig } from '../helpers/stack-env.js';

const DRAFT_DATE = '2026-11-22';
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const EXPECTED_DIR = new URL('./expected/', import.meta.url);

interface Question {
  id: string;
  subject: string;
  body: string;
}

const questions: Question[] = readFileSync(
  new URL('./questions/diagnosis-pcs.jsonl', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Question);

let db: Kysely<Database>;
beforeAll(() => {
  db = createDb(createPool(testConfig().databaseUrl, 2));
});
afterAll(async () => {
  await db?.destroy();
});

describe('golden drafts for diagnosis and PCS questions', () => {
  it.each(questions.map((q) => [q.id, q] as const))('%s', async (id, q) => {
    const findings = await findingsFor(db, { subject: q.subject, question: q.body }, DRAFT_DATE);
    const draft = draftReply({
      kind: chooseReplyKind(findings),
      consult: { token: `CD-${id.toUpperCase()}`, subject: q.subject, askerName: null },
      findings,
      phiFlags: [],
    });
    const expected = new URL(`${id}.txt`, EXPECTED_DIR);
    if (UPDATE) writeFileSync(expected, draft.text);
    expect(draft.text).toBe(readFileSync(expected, 'utf8'));
  });
});
