// `npm run eval -- guidance [--verbose]`: the rule questions of questions.jsonl (written for this
// evaluation, each with the section a coder would cite) through the guidance look-up against the test
// database; a question counts when that section, or a paragraph inside it ("ch. IX §C" holds
// "ch. IX §C.9"), is among the cited ones. Also the look-up's p50 time.
import { readFileSync } from 'node:fs';
import { findGuidance } from '../../../src/coding/guidance-lookup.js';
import { createDb, createPool } from '../../../src/db/database.js';
import { migrateToLatest } from '../../../src/db/migrate.js';
import { ensureSampleLoaded } from '../../../src/refdata/sample.js';
import { suggestCodes } from '../../../src/refdata/search.js';
import { testConfig } from '../../helpers/stack-env.js';

interface RuleQuestion {
  question: string;
  procedureCodes: string[];
  diagnosisCodes: string[];
  section: string;
}

/** Questions without a date of service are asked on this day (the 2026 editions are in force). */
const DATE_OF_SERVICE = '2026-06-01';

export const withinSection = (cited: string, section: string) =>
  cited === section || cited.startsWith(`${section}.`);

export async function runGuidanceEval(args: readonly string[]): Promise<void> {
  const questions = readFileSync(new URL('./questions.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as RuleQuestion);
  const config = testConfig();
  const db = createDb(createPool(config.databaseUrl, 2));
  const misses: { question: string; expected: string; cited: string[] }[] = [];
  const times: number[] = [];
  try {
    await migrateToLatest(db);
    await ensureSampleLoaded(db, config.refdataDir);
    for (const q of questions) {
      // As a draft does: a question naming no code points to its chapter by the codes its words suggest
      // (searched for the draft anyway, so not timed here).
      const named = q.procedureCodes.length + q.diagnosisCodes.length > 0;
      const suggestedCodes = named ? [] : await suggestCodes(db, q.question);
      const started = performance.now();
      const found = await findGuidance(db, { ...q, dateOfService: DATE_OF_SERVICE, suggestedCodes });
      times.push(performance.now() - started);
      const cited = found.map((g) => g.section);
      if (!cited.some((c) => withinSection(c, q.section)))
        misses.push({ question: q.question, expected: q.section, cited });
    }
  } finally {
    await db.destroy();
  }
  times.sort((a, b) => a - b);
  const hits = questions.length - misses.length;
  console.log(
    JSON.stringify(
      {
        questions: questions.length,
        sectionCited: hits,
        share: Number((hits / questions.length).toFixed(3)),
        lookupP50Ms: Number(times[Math.floor(times.length / 2)]!.toFixed(1)),
        ...(args.includes('--verbose') ? { misses } : {}),
      },
      null,
      2,
    ),
  );
}
