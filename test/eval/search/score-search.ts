// Grading of the word search (pure): each labelled question's shown suggestions against the codes a
// coder would choose. A shown code is related when it is one of those codes or starts with one of the
// question's `related` prefixes (its family: "3255" for the pleural drainage codes, "J9" for pleural
// diagnoses); any other shown code is unrelated. A question labelled with no codes should show none.
import type { CodeSuggestion } from '../../../src/refdata/refdata.types.js';

export interface SearchQuestion {
  q: string;
  /** The codes a coder would choose; empty when the right draft shows no suggestion. */
  codes: string[];
  related?: string[];
}

export interface SearchOutcome {
  question: SearchQuestion;
  shown: Pick<CodeSuggestion, 'code' | 'score' | 'reason'>[];
}

const isRight = (q: SearchQuestion, code: string) => q.codes.includes(code);
const isRelated = (q: SearchQuestion, code: string) =>
  isRight(q, code) || [...q.codes, ...(q.related ?? [])].some((p) => code.startsWith(p));

export const unrelatedShown = (o: SearchOutcome) => o.shown.filter((s) => !isRelated(o.question, s.code));

const share = (n: number, of: number) => (of ? Math.round((n / of) * 1000) / 1000 : null);

export function gradeSearch(outcomes: readonly SearchOutcome[]) {
  const answerable = outcomes.filter((o) => o.question.codes.length > 0);
  const none = outcomes.filter((o) => o.question.codes.length === 0);
  const top1 = answerable.filter((o) => o.shown[0] && isRight(o.question, o.shown[0].code)).length;
  const top5 = answerable.filter((o) => o.shown.slice(0, 5).some((s) => isRight(o.question, s.code))).length;
  const withList = outcomes.filter((o) => o.shown.length > 0);
  const shownCodes = withList.flatMap((o) => o.shown.map((s) => isRelated(o.question, s.code)));
  const unrelated = outcomes.filter((o) => unrelatedShown(o).length > 0);
  return {
    questions: outcomes.length,
    answerable: answerable.length,
    top1: share(top1, answerable.length),
    top5: share(top5, answerable.length),
    noSuggestionQuestions: none.length,
    rightlyNoSuggestion: share(none.filter((o) => o.shown.length === 0).length, none.length),
    answerableWithoutList: share(answerable.filter((o) => o.shown.length === 0).length, answerable.length),
    draftsWithUnrelatedCode: unrelated.length,
    unrelatedRate: share(unrelated.length, outcomes.length),
    /** Of the drafts that show a list: the share whose list holds a right code. */
    listPrecision: share(
      withList.filter((o) => o.shown.some((s) => isRight(o.question, s.code))).length,
      withList.length,
    ),
    /** Of all codes shown: the share related to their question. */
    codePrecision: share(shownCodes.filter(Boolean).length, shownCodes.length),
  };
}
