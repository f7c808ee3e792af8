// The answer-level question set is itself checked: a broken line, an unknown kind, a pattern that does
// not compile or a must-not that the question's own words already match would make the figures lie.
import { describe, expect, it } from 'vitest';
import { flatten } from '../../eval/answers/bottom-line.js';
import { ANSWER_KINDS, compilePattern, loadQuestions } from '../../eval/answers/question-set.js';

const loaded = loadQuestions();
const questions = loaded.map((l) => l.question);
const cases = loaded.map((l) => [`${l.file}:${l.line} ${l.question.id}`, l.question] as const);

describe('the answer-level question set', () => {
  it('has at least 220 questions with unique ids', () => {
    expect(questions.length).toBeGreaterThanOrEqual(220);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
  });

  it.each(ANSWER_KINDS.map((k) => [k]))('has at least 14 questions of kind %s', (kind) => {
    expect(questions.filter((q) => q.kinds.includes(kind)).length).toBeGreaterThanOrEqual(14);
  });

  // A reply that only echoes the question ("as asked: 20610-50") must neither be credited nor blamed.
  it.each(cases)('%s: its own text states none of its key facts and none of its wrong statements', (_, q) => {
    const own = flatten(`${q.subject}\n${q.body}`);
    expect(q.keyFacts.filter((k) => compilePattern(k.pattern).test(own)).map((k) => k.fact)).toEqual([]);
    expect(q.mustNot.filter((w) => compilePattern(w.pattern).test(own)).map((w) => w.statement)).toEqual([]);
  });

  it.each(cases)('%s: its model answer states every key fact and no wrong statement', (_, q) => {
    const reference = flatten(q.reference);
    expect(q.keyFacts.filter((k) => !compilePattern(k.pattern).test(reference)).map((k) => k.fact)).toEqual(
      [],
    );
    expect(
      q.mustNot.filter((w) => compilePattern(w.pattern).test(reference)).map((w) => w.statement),
    ).toEqual([]);
  });

  it.each(cases)('%s: its date of service label is a real date', (_, q) => {
    if (q.dateOfService)
      expect(new Date(`${q.dateOfService}T00:00:00Z`).toISOString()).toContain(q.dateOfService);
  });
});
