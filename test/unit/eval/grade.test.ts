import { describe, expect, it } from 'vitest';
import { gradeReply, summarise } from '../../eval/answers/grade.js';
import type { AnswerQuestion } from '../../eval/answers/question-set.js';

const question: AnswerQuestion = {
  id: 'dr-01',
  kinds: ['drug-units', 'units-MUE'],
  subject: 'Kenalog 40',
  body: 'J3301 units for 40 mg?',
  keyFacts: [
    { fact: '40 mg is 4 units', pattern: '\\b4 units\\b', where: 'bottom-line' },
    { fact: 'names the HCPCS file', pattern: 'HCPCS', where: 'draft' },
  ],
  mustNot: [{ statement: 'one unit for 40 mg', pattern: '\\b1 unit\\b', where: 'draft' }],
  notes: 'J3301 is per 10 mg (HCPCS).',
  reference: 'J3301 is per 10 mg: 40 mg is 4 units (HCPCS).',
};

const text = (bottom: string, rest: string) => `BOTTOM LINE\n${bottom}\n\nTHE CODES\n${rest}`;

describe('grading a desk reply', () => {
  it('finds a bottom-line fact only in the bottom line, a draft fact anywhere, across line breaks', () => {
    const reply = {
      text: text('- 40 mg is 4\n  units.', 'HCPCS Jul 2024'),
      bottomLine: '- 40 mg is 4\n  units.',
    };
    const g = gradeReply(question, { ...reply, answerKinds: null });
    expect(g).toMatchObject({ factsStated: 2, factsTotal: 2, missingFacts: [], wrongStatements: [] });
  });

  it('lists a fact stated outside the bottom line as missing, and a wrong statement anywhere', () => {
    const reply = { text: text('- J3301 descriptor.', '4 units; 1 unit'), bottomLine: '- J3301 descriptor.' };
    const g = gradeReply(question, { ...reply, answerKinds: ['drug-units'] });
    expect(g.missingFacts).toEqual(['40 mg is 4 units', 'names the HCPCS file']);
    expect(g.wrongStatements).toEqual(['one unit for 40 mg']);
    expect(g.kindsUnanswered).toEqual(['units-MUE']);
  });

  it('tallies each kind over the questions that ask it, and overall', () => {
    const good = gradeReply(question, {
      text: text('- 4 units', 'HCPCS'),
      bottomLine: '- 4 units',
      answerKinds: null,
    });
    const bad = gradeReply(
      { ...question, id: 'dr-02', kinds: ['drug-units'] },
      { text: text('- none', '1 unit'), bottomLine: '- none', answerKinds: null },
    );
    const { overall, byKind } = summarise([good, bad], ['drug-units', 'units-MUE']);
    expect(overall).toMatchObject({ questions: 2, allFactsShare: 0.5, factsStated: 2, factsTotal: 4 });
    expect(overall).toMatchObject({ wrongStatements: 1, answerOfKind: null });
    expect(byKind['drug-units']).toMatchObject({ questions: 2, allFactsStated: 1 });
    expect(byKind['units-MUE']).toMatchObject({ questions: 1, allFactsShare: 1, wrongStatements: 0 });
  });
});
