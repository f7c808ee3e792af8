// ICD-10-CM diagnosis selection: each asked code checked in the Tabular List (billable, 7th character,
// placeholder X, side), the conventions and notes that settle a pair and its order, the Alphabetic
// Index walk for a diagnosis asked in words, and denial codes told apart from diagnoses.
import type { CodeFinding } from '../../coding/types.js';
import { ICD_GUIDELINES } from '../sources.js';
import { listing } from '../text.js';
import type { Answer, AnswerFacts, AnswerQuestion, AnswerRule } from '../types.js';
import { codeAnswers } from './diagnosis-codes.js';
import { companionAnswers } from './diagnosis-companions.js';
import { denialAnswers, denialCodesIn } from './diagnosis-denials.js';
import { indexAnswers } from './diagnosis-index.js';
import { pairAnswers, writingAnswers } from './diagnosis-sequencing.js';
import { bmiAnswers } from './diagnosis-bmi.js';
import { seventhCharacterAnswers } from './diagnosis-seventh.js';
import { symptomAnswers } from './diagnosis-symptoms.js';
import { bare, chooseByWords, choosingWords } from './diagnosis-words.js';
import { redundantAnswers } from './diagnosis-redundant.js';

const ICD_SHAPE = /^[A-TV-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?$/;

/** The asker's ICD-10-CM codes (unknown ones that look like one too), never a remittance code. */
function diagnosisCodes(q: AnswerQuestion, f: AnswerFacts): CodeFinding[] {
  const denials = new Set(denialCodesIn(q));
  return f.codes.filter(
    (c) =>
      (c.system === 'icd10cm' || (c.system === 'unknown' && ICD_SHAPE.test(c.code))) &&
      !denials.has(bare(c.code)),
  );
}

/** Two or more asked codes of one category offered as alternatives: the one the question's words fit. */
function alternatives(q: AnswerQuestion, valid: CodeFinding[], words: string[]): Answer[] {
  if (!/\bor\b|\bvs\.?\b|\bversus\b|\//i.test(q.text)) return [];
  const out: Answer[] = [];
  const byCategory = new Map<string, CodeFinding[]>();
  for (const c of valid)
    byCategory.set(c.code.slice(0, 3), [...(byCategory.get(c.code.slice(0, 3)) ?? []), c]);
  for (const group of byCategory.values()) {
    if (group.length < 2) continue;
    const options = group.map((c) => ({ code: c.code, title: c.descriptor ?? '', billable: true }));
    const pick = chooseByWords(options, words);
    const vague = group.filter((c) => /\bunspecified\b/i.test(c.descriptor ?? ''));
    const specific = group.filter((c) => !vague.includes(c));
    if (pick)
      out.push(
        alt(
          group,
          `Of ${listing(
            group.map((c) => c.code),
            'and',
          )}, the question's words fit ${pick.code} (${pick.title}).${/unspecified/i.test(pick.title) ? ' An unspecified code is right only when the record lacks the detail; query the provider when it can be had.' : ''}`,
          pick.code.startsWith('S') || pick.code.startsWith('T')
            ? `${ICD_GUIDELINES}, I.A.5, I.B.13 and I.C.19`
            : `${ICD_GUIDELINES}, I.A.9.b and I.B.18`,
        ),
      );
    else if (vague.length && specific.length)
      out.push(
        alt(
          group,
          `Report the more specific ${listing(
            specific.map((c) => c.code),
            'or',
          )} when the documentation supports it; ${listing(
            vague.map((c) => c.code),
            'or',
          )} (unspecified) is for a record that lacks that detail.`,
          `${ICD_GUIDELINES}, I.A.9.b and I.B.18`,
        ),
      );
  }
  return out;
}

const alt = (group: CodeFinding[], conclusion: string, source: string): Answer => ({
  kind: 'diagnosis-selection',
  codes: group.map((c) => c.code),
  conclusion,
  rule: 'Choose the code whose title matches the documented detail; unspecified codes are for records that lack it.',
  source,
  settled: true,
});

function billableLine(valid: CodeFinding[]): Answer[] {
  if (!valid.length) return [];
  const each = valid.map((c) => `${c.code} (${c.descriptor ?? 'title not loaded'})`);
  return [
    {
      kind: 'diagnosis-selection',
      codes: valid.map((c) => c.code),
      conclusion: `${listing(each)} ${valid.length === 1 ? 'is a valid, billable code' : 'are valid, billable codes'} in the ICD-10-CM code set in force.`,
      rule: 'A billable code is reported to its full number of characters and to the detail documented.',
      source: `${ICD_GUIDELINES}, I.B.2; CDC ICD-10-CM ${valid[0]!.edition ?? ''}`.trim(),
      settled: true,
    },
  ];
}

export const diagnosisRule: AnswerRule = {
  kind: 'diagnosis-selection',
  name: 'ICD-10-CM diagnosis selection',
  answer(q: AnswerQuestion, f: AnswerFacts): Answer[] {
    const asked = q.kinds.includes('diagnosis-selection');
    const codes = diagnosisCodes(q, f);
    const words = choosingWords(q.text);
    const perCode = codes.flatMap((c) => codeAnswers(c, f, q.text, words));
    const denials = denialAnswers(q);
    if (!asked) return [...denials, ...perCode];
    const questioned = new Set(perCode.flatMap((a) => a.codes));
    // The validity rule already states each code's title when a definition is asked.
    const valid = codes.filter(
      (c) => c.status === 'valid' && !questioned.has(c.code) && !q.kinds.includes('definition'),
    );
    const usable = codes.filter((c) => c.status === 'valid').map((c) => c.code);
    const redundant = redundantAnswers(codes.filter((c) => c.status === 'valid'));
    // A remittance question is not a diagnosis to look up; with codes asked, the walk adds nothing.
    const walked = denials.length
      ? []
      : indexAnswers(
          f,
          words,
          codes.map((c) => c.code),
        );
    // The codes the Index leads to stand in for the asker's when the question names none.
    const ordered = usable.length ? usable : walked.flatMap((a) => a.codes);
    return [
      ...denials,
      ...perCode,
      ...redundant,
      ...billableLine(valid),
      ...alternatives(
        q,
        codes.filter((c) => c.status === 'valid'),
        words,
      ),
      ...walked,
      ...pairAnswers(q, f, ordered),
      ...companionAnswers(q, ordered),
      ...symptomAnswers(q, usable),
      ...seventhCharacterAnswers(q, words, usable),
      ...bmiAnswers(q),
      ...writingAnswers(q, usable),
    ];
  },
};
