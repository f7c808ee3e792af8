// `npm run eval -- search [--verbose]`: the word search on test/eval/search/*.jsonl (questions asked in
// words, with the codes a coder would choose, or none), through the gate a draft uses, against the test
// database loaded with the shipped reference data. Also prints how the figures move with the gate's
// least score (`calibration`) and the search's time per question.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createDb, createPool } from '../../../src/db/database.js';
import { migrateToLatest } from '../../../src/db/migrate.js';
import { ensureSampleLoaded } from '../../../src/refdata/sample.js';
import { searchByWords } from '../../../src/refdata/search.js';
import { SHOW_RULE, suggestionsToShow } from '../../../src/refdata/search-gate.js';
import type { SearchMatch } from '../../../src/refdata/search.types.js';
import { testConfig } from '../../helpers/stack-env.js';
import { gradeSearch, unrelatedShown, type SearchOutcome, type SearchQuestion } from './score-search.js';

const dir = import.meta.dirname;
const CALIBRATION_SCORES = [0.5, 0.6, 0.7, 0.8, 0.9];
const CALIBRATION_NEAR_BEST = [0.8, 0.85, 0.9, 0.95];

function loadSearchQuestions(): SearchQuestion[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n'))
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SearchQuestion);
}

const outcomesAt = (raw: [SearchQuestion, SearchMatch[]][], rule = SHOW_RULE): SearchOutcome[] =>
  raw.map(([question, matches]) => ({ question, shown: suggestionsToShow(matches, rule) }));

export async function runSearchEval(args: readonly string[]): Promise<void> {
  const verbose = args.includes('--verbose');
  const config = testConfig();
  const db = createDb(createPool(config.databaseUrl, 2));
  const raw: [SearchQuestion, SearchMatch[]][] = [];
  const ms: number[] = [];
  try {
    await migrateToLatest(db);
    await ensureSampleLoaded(db, config.refdataDir);
    for (const q of loadSearchQuestions()) {
      const started = performance.now();
      raw.push([q, await searchByWords(db, q.q, { limit: 20 })]);
      ms.push(performance.now() - started);
    }
  } finally {
    await db.destroy();
  }
  ms.sort((a, b) => a - b);
  const outcomes = outcomesAt(raw);
  const calibration = CALIBRATION_SCORES.flatMap((minScore) =>
    CALIBRATION_NEAR_BEST.map((nearBest) => {
      const g = gradeSearch(outcomesAt(raw, { ...SHOW_RULE, minScore, nearBest }));
      const { top1, top5, rightlyNoSuggestion, draftsWithUnrelatedCode, listPrecision, codePrecision } = g;
      return {
        minScore,
        nearBest,
        top1,
        top5,
        rightlyNoSuggestion,
        draftsWithUnrelatedCode,
        listPrecision,
        codePrecision,
      };
    }),
  );
  const misses = outcomes
    .filter(
      (o) =>
        unrelatedShown(o).length ||
        (o.question.codes.length && !o.shown.some((s) => o.question.codes.includes(s.code))),
    )
    .map((o) => ({
      q: o.question.q,
      want: o.question.codes,
      shown: o.shown.map((s) => `${s.code} ${s.score} (${s.reason})`),
    }));
  const at = (p: number) => Math.round(ms[Math.min(ms.length - 1, Math.floor(ms.length * p))]! * 10) / 10;
  const report = {
    rule: SHOW_RULE,
    ...gradeSearch(outcomes),
    searchMs: { p50: at(0.5), p90: at(0.9) },
    calibration,
    ...(verbose ? { misses } : {}),
  };
  console.log(JSON.stringify(report, null, 2));
}
