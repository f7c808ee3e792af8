// `npm run eval -- answers [--verbose] [--kind K]`: every question of test/eval/answers/*.jsonl through
// the desk's drafting chain against the test database, graded on its key facts and wrong statements.
// The database is migrated and loaded with the shipped reference data first, as the test setup does.
import { createDb, createPool } from '../../../src/db/database.js';
import { migrateToLatest } from '../../../src/db/migrate.js';
import { ensureSampleLoaded } from '../../../src/refdata/sample.js';
import { testConfig } from '../../helpers/stack-env.js';
import { answerKindsOf, draftFor } from './draft-for.js';
import { gradeReply, summarise, type Graded } from './grade.js';
import { ANSWER_KINDS, loadQuestions, type AnswerKind } from './question-set.js';

/** Fixed "today": questions without a date of service pick their editions for this date. */
export const DRAFTING_DATE = '2026-12-03';

export async function runAnswersEval(args: readonly string[]): Promise<void> {
  const verbose = args.includes('--verbose');
  const kind = optionValue(args, '--kind');
  if (kind && !(ANSWER_KINDS as readonly string[]).includes(kind)) {
    console.error(`unknown kind "${kind}" (one of: ${ANSWER_KINDS.join(', ')})`);
    process.exitCode = 2;
    return;
  }
  const questions = loadQuestions()
    .map((l) => l.question)
    .filter((q) => !kind || q.kinds.includes(kind as AnswerKind));

  const config = testConfig();
  const db = createDb(createPool(config.databaseUrl, 2));
  const graded: Graded[] = [];
  try {
    await migrateToLatest(db);
    await ensureSampleLoaded(db, config.refdataDir);
    for (const q of questions) {
      const draft = await draftFor(db, q, DRAFTING_DATE);
      graded.push(
        gradeReply(q, {
          text: draft.text,
          bottomLine: draft.bottomLine,
          answerKinds: answerKindsOf(draft.findings),
        }),
      );
    }
  } finally {
    await db.destroy();
  }

  const kinds = kind ? [kind as AnswerKind] : ANSWER_KINDS;
  const misses = graded
    .filter((g) => g.missingFacts.length > 0 || g.wrongStatements.length > 0 || g.kindsUnanswered?.length)
    .map(({ kinds: _k, factsStated: _s, factsTotal: _t, ...miss }) => miss);
  const report = { draftingDate: DRAFTING_DATE, ...summarise(graded, kinds), ...(verbose ? { misses } : {}) };
  console.log(JSON.stringify(report, null, 2));
}

function optionValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  const inline = args.find((a) => a.startsWith(`${name}=`));
  return inline ? inline.slice(name.length + 1) : i >= 0 ? args[i + 1] : undefined;
}
