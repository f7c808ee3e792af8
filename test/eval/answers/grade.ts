// One desk reply graded against its question's key facts and wrong statements, and the tallies per
// kind and overall. Pure: the reply is already drafted.
import { flatten } from './bottom-line.js';
import { compilePattern, type AnswerKind, type AnswerQuestion } from './question-set.js';

export interface DeskReply {
  text: string;
  bottomLine: string;
  /** The kinds of `findings.answers`, or null while the desk produces no answers list. */
  answerKinds: string[] | null;
}

export interface Graded {
  id: string;
  kinds: AnswerKind[];
  factsStated: number;
  factsTotal: number;
  missingFacts: string[];
  wrongStatements: string[];
  /** Kinds asked for which `findings.answers` holds no answer (null: no answers list at all). */
  kindsUnanswered: AnswerKind[] | null;
  bottomLine: string;
}

export function gradeReply(q: AnswerQuestion, reply: DeskReply): Graded {
  const scope = { 'bottom-line': flatten(reply.bottomLine), draft: flatten(reply.text) };
  const missingFacts = q.keyFacts
    .filter((k) => !compilePattern(k.pattern).test(scope[k.where]))
    .map((k) => k.fact);
  const wrongStatements = q.mustNot
    .filter((w) => compilePattern(w.pattern).test(scope[w.where]))
    .map((w) => w.statement);
  return {
    id: q.id,
    kinds: q.kinds,
    factsStated: q.keyFacts.length - missingFacts.length,
    factsTotal: q.keyFacts.length,
    missingFacts,
    wrongStatements,
    kindsUnanswered: reply.answerKinds ? q.kinds.filter((k) => !reply.answerKinds?.includes(k)) : null,
    bottomLine: reply.bottomLine,
  };
}

export interface Tally {
  questions: number;
  /** Share of questions whose every key fact is stated. */
  allFactsShare: number;
  allFactsStated: number;
  factsStated: number;
  factsTotal: number;
  /** Must-not matches, summed over the questions. */
  wrongStatements: number;
  questionsWithWrongStatement: number;
  /** Questions of this kind that got an answer of this kind in `findings.answers` (null: no list). */
  answerOfKind: number | null;
}

export function tally(graded: readonly Graded[], kind?: AnswerKind): Tally {
  const all = graded.length;
  const complete = graded.filter((g) => g.missingFacts.length === 0).length;
  const listed = graded.filter((g) => g.kindsUnanswered !== null);
  return {
    questions: all,
    allFactsShare: all ? round(complete / all) : 0,
    allFactsStated: complete,
    factsStated: sum(graded.map((g) => g.factsStated)),
    factsTotal: sum(graded.map((g) => g.factsTotal)),
    wrongStatements: sum(graded.map((g) => g.wrongStatements.length)),
    questionsWithWrongStatement: graded.filter((g) => g.wrongStatements.length > 0).length,
    answerOfKind:
      listed.length === 0
        ? null
        : listed.filter((g) => (kind ? !g.kindsUnanswered?.includes(kind) : g.kindsUnanswered?.length === 0))
            .length,
  };
}

/** Figures overall and for each kind (a question counts under every kind it asks). */
export function summarise(graded: readonly Graded[], kinds: readonly AnswerKind[]) {
  const byKind = Object.fromEntries(
    kinds.map(
      (k) =>
        [
          k,
          tally(
            graded.filter((g) => g.kinds.includes(k)),
            k,
          ),
        ] as const,
    ),
  );
  return { overall: tally(graded), byKind };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const round = (x: number) => Math.round(x * 1000) / 1000;
