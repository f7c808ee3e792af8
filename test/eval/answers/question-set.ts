// The answer-level question set: test/eval/answers/*.jsonl, one question a line. Each names the kinds
// it asks, the key facts a correct reply must state (regex sources, case-insensitive) and the wrong
// statements it must never make, with the public source of the answer in `notes`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const ANSWER_KINDS = [
  'definition',
  'bundling-PTP',
  'units-MUE',
  'drug-units',
  'modifier',
  'add-on',
  'surgical-rules',
  'global-period',
  'em-same-day',
  'diagnosis-selection',
  'icd10pcs',
  'coverage',
  'payment',
  'medicare-benefit',
] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

const regexSource = z.string().refine((source) => compiles(source), 'not a valid regular expression');

const keyFact = z
  .object({
    fact: z.string().min(1),
    pattern: regexSource,
    /** `bottom-line`: the answer itself; `draft`: anywhere in the reply's text. */
    where: z.enum(['bottom-line', 'draft']).default('bottom-line'),
  })
  .strict();

const wrongStatement = z
  .object({
    statement: z.string().min(1),
    pattern: regexSource,
    /** A wrong claim counts wherever the reply makes it, unless narrowed to the bottom line. */
    where: z.enum(['bottom-line', 'draft']).default('draft'),
  })
  .strict();

export const answerQuestionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    kinds: z.array(z.enum(ANSWER_KINDS)).min(1),
    subject: z.string(),
    body: z.string().min(1),
    /** A label only: the desk must read the date from the text, as it would from mail. */
    dateOfService: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    keyFacts: z.array(keyFact).min(1).max(4),
    mustNot: z.array(wrongStatement),
    /** Why the facts are right, with the public source by chapter and section. */
    notes: z.string().min(1),
    /** A model bottom line in our own words: every key fact matches it and no wrong statement does. */
    reference: z.string().min(1),
  })
  .strict();

export type AnswerQuestion = z.infer<typeof answerQuestionSchema>;
export type KeyFact = AnswerQuestion['keyFacts'][number];
export type WrongStatement = AnswerQuestion['mustNot'][number];

export interface LoadedQuestion {
  file: string;
  line: number;
  question: AnswerQuestion;
}

export const QUESTION_DIR = path.resolve(import.meta.dirname);

/** Patterns are matched case-insensitively against flattened text (one line, single spaces). */
export const compilePattern = (source: string): RegExp => new RegExp(source, 'i');

function compiles(source: string): boolean {
  try {
    compilePattern(source);
    return true;
  } catch {
    return false;
  }
}

/** Every question of every *.jsonl file in `dir`; throws on the first line that is not a valid question. */
export function loadQuestions(dir = QUESTION_DIR): LoadedQuestion[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  return files.flatMap((file) =>
    readFileSync(path.join(dir, file), 'utf8')
      .split('\n')
      .map((text, i) => ({ text, line: i + 1 }))
      .filter(({ text }) => text.trim() !== '')
      .map(({ text, line }) => {
        const parsed = answerQuestionSchema.safeParse(JSON.parse(text));
        if (!parsed.success) throw new Error(`${file}:${line}: ${parsed.error.message}`);
        return { file, line, question: parsed.data };
      }),
  );
}
