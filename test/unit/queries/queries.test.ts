// The hot statements' SQL, checked in under src/queries so that a reviewer sees a query change in the
// diff (as immich does): each case's statements, captured without a server, must equal its block in
// the file. UPDATE_QUERIES=1 writes the files from what the code sends instead.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { captureQueries, type Captured, type QueryCase } from '../../helpers/recording-db.js';
import { casesOf, renderCase, renderFile } from '../../helpers/sql-file.js';
import { codingCases } from './coding.cases.js';
import { pipelineCases } from './pipeline.cases.js';
import { reviewCases } from './review.cases.js';
import { sendingCases } from './sending.cases.js';

const AREAS: Record<string, QueryCase[]> = {
  pipeline: pipelineCases,
  coding: codingCases,
  sending: sendingCases,
  review: reviewCases,
};
const update = process.env.UPDATE_QUERIES === '1';
const HOW = 'UPDATE_QUERIES=1 npx vitest run --project unit test/unit/queries';

describe.each(Object.keys(AREAS))('src/queries/%s.sql', (area) => {
  const path = new URL(`../../../src/queries/${area}.sql`, import.meta.url);
  const cases = AREAS[area]!;
  let captured: Captured[];
  let checkedIn: Map<string, string>;

  beforeAll(async () => {
    captured = await captureQueries(cases);
    if (update) writeFileSync(path, renderFile(captured));
    checkedIn = casesOf(existsSync(path) ? readFileSync(path, 'utf8') : '');
  });

  it.each(cases.map((c) => c.name))('%s', (name) => {
    const sent = renderCase(captured.find((c) => c.name === name)!);
    const file = checkedIn.get(name);
    expect(file, `${area}.sql has no statement for ${name}: ${HOW}`).toBeDefined();
    expect(sent, `${name} sends other SQL than ${area}.sql says: review the change, then ${HOW}`).toBe(file);
  });

  it('holds these cases only, in this order', () => {
    expect([...checkedIn.keys()], `${area}.sql lists other cases than the code: ${HOW}`).toEqual(
      cases.map((c) => c.name),
    );
  });
});
