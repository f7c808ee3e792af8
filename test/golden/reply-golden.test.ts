// Golden replies: every shared example question runs the draft job's own chain (extract -> look up ->
// analyze -> draft) against the test database, and the text part must match a reviewed file in expected/.
// `UPDATE_GOLDEN=1 npx vitest run test/golden` rewrites the files; read every diff before committing.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stripQuotedHistory } from '../../src/mail/question-text.js';
import { createDb, createPool, type Database } from '../../src/db/database.js';
import { chooseReplyKind, draftReply } from '../../src/drafting/draft-reply.js';
import { detectPhi } from '../../src/mail/phi.js';
import { findingsFor } from '../../src/pipeline/draft.job.js';
import { testConfig } from '../helpers/stack-env.js';

// Fixed draft date: questions without a date of service pick their editions for "today".
const DRAFT_DATE = '2026-11-22';
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const EXPECTED_DIR = new URL('./expected/', import.meta.url);
const OUTPUT_DIR = new URL('../../test-output/golden/', import.meta.url);

interface Example {
  id: string;
  subject: string;
  body: string;
}

const config = testConfig();
const examples: Example[] = readFileSync(
  new URL('../questions/examples.jsonl', `file://${config.refdataDir}/`),
  'utf8',
)
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => JSON.parse(line) as Example);

let db: Kysely<Database>;

beforeAll(() => {
  db = createDb(createPool(config.databaseUrl, 2));
  mkdirSync(OUTPUT_DIR, { recursive: true });
});

afterAll(async () => {
  await db?.destroy();
});

describe('golden replies for the shared example questions', () => {
  it.each(examples.map((e) => [e.id, e] as const))('%s', async (id, example) => {
    const { question } = stripQuotedHistory(example.body);
    const findings = await findingsFor(db, { subject: example.subject, question }, DRAFT_DATE);
    const draft = draftReply({
      kind: chooseReplyKind(findings),
      consult: { token: `CD-${id.toUpperCase()}`, subject: example.subject, askerName: null },
      findings,
      phiFlags: detectPhi(`${example.subject}\n${question}`).map((f) => ({ kind: f.kind })),
    });
    // For a human look: the HTML part, the flags and the findings behind the text.
    writeFileSync(new URL(`${id}.html`, OUTPUT_DIR), draft.html);
    writeFileSync(
      new URL(`${id}.json`, OUTPUT_DIR),
      JSON.stringify({ flags: draft.flags, findings }, null, 2),
    );

    const expectedFile = new URL(`${id}.txt`, EXPECTED_DIR);
    if (UPDATE) writeFileSync(expectedFile, draft.text);
    expect(draft.text).toBe(readFileSync(expectedFile, 'utf8'));
  });
});
