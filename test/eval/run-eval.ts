// `npm run eval [-- --verbose] [files...]`: extraction accuracy on the labelled question sets, as JSON.
// Without files: the project's labelled set, the shared examples and the hold-out set (written blind to the
// extractor's rules, so it shows how the rules carry to mail they were not tuned on). Figures are printed
// over all sets together and for each set on its own (`bySet`, keyed by file name).
// `npm run eval -- answers [--verbose] [--kind K]`: the answer-level evaluation (see answers/run-answers.ts).
// `npm run eval -- guidance [--verbose]`: the guidance citations of rule questions (guidance/run-guidance.ts).
// `npm run eval -- search [--verbose]`: the word search on questions asked in words (see search/run-search.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { newScorecard, scoreQuestion, summarise, type Labelled } from './scorecard.js';

const root = path.resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);

// The answers mode needs the database: loaded only when asked for, so the extraction mode stays pure.
if (args[0] === 'answers') await (await import('./answers/run-answers.js')).runAnswersEval(args.slice(1));
else if (args[0] === 'guidance')
  await (await import('./guidance/run-guidance.js')).runGuidanceEval(args.slice(1));
else if (args[0] === 'search') await (await import('./search/run-search.js')).runSearchEval(args.slice(1));
else runExtractionEval();

function runExtractionEval(): void {
  const verbose = args.includes('--verbose');
  const files = args.filter((a) => !a.startsWith('--'));
  const sources = files.length
    ? files
    : [
        path.join(root, 'test/fixtures/questions/labelled.jsonl'),
        path.resolve(root, '../shared/questions/examples.jsonl'),
        path.join(root, 'test/fixtures/questions/holdout.jsonl'),
      ];

  const overall = newScorecard();
  const bySet: Record<string, Record<string, unknown>> = {};
  for (const file of sources) {
    const card = newScorecard();
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.trim()) scoreQuestion(JSON.parse(line) as Labelled, [overall, card], verbose);
    }
    // Each set's figures on their own; the misses are listed once, under the overall figures.
    bySet[path.basename(file, '.jsonl')] = summarise(card, false);
  }
  console.log(JSON.stringify({ ...summarise(overall, verbose), bySet }, null, 2));
}
