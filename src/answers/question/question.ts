// The question as the rules read it: the asker's codes in the order asked, every modifier, the kinds
// asked and the cues in the words.
import { askedCodes } from '../../coding/analyze-codes.js';
import type { Extraction } from '../../coding/types.js';
import type { AnswerQuestion } from '../types.js';
import { questionCues } from './cues.js';
import { askedKinds } from './kinds.js';

export function buildQuestion(text: string, extraction: Extraction): AnswerQuestion {
  const codes = [...askedCodes(extraction).values()].filter((c) => c.explicit);
  const loose = extraction.mentions.filter((m) => m.kind === 'modifier' && m.code).map((m) => m.code!);
  const modifiers = [...new Set([...codes.flatMap((c) => c.modifiers), ...loose])];
  const cues = questionCues(text);
  return {
    text,
    kinds: askedKinds(text, extraction.questionTypes, codes, cues),
    codes,
    modifiers,
    loose: [...new Set(loose)],
    dateOfService: extraction.dateOfService,
    cues,
  };
}
