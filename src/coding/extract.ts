// Extraction: the question (subject and body) in, every code, modifier, unit, date and setting out — pure,
// no I/O. Each mention tells its part, and its span is an offset into that part's text (extract-parts.ts).
// Every pass is linear in the text's length, and the text read is capped (extract-limits.ts).
import type { Extraction, Mention } from './types.js';
import { findNoiseSpans } from './extract-noise.js';
import { findDates, pickDateOfService } from './extract-dates.js';
import { mergeRanges, scanCodeTokens } from './extract-codes.js';
import { attachModifiers } from './extract-modifiers.js';
import { findStandaloneModifiers } from './extract-modifiers-standalone.js';
import { distinctiveModifiersFor } from './patterns/modifier-context.js';
import { attachUnits } from './extract-units.js';
import { detectSetting } from './extract-setting.js';
import { detectQuestionTypes } from './extract-question-type.js';
import { SpanIndex } from './extract-spans.js';
import { joinParts, locateMentions, type QuestionParts } from './extract-parts.js';
import { capCodes } from './extract-cap.js';
import { MAX_BODY_CHARS, MAX_CODES } from './extract-limits.js';

export type { QuestionParts } from './extract-parts.js';

export interface ExtractOptions {
  /** ISO date used for dates written without a year ("DOS 3/4"). */
  today?: string;
  /**
   * The message joined an existing consult. Its subject is the thread's ("Re: 32555 and 76942"), and the
   * codes in it are the first question's: they count only when the body names no code of its own
   * ("What if we add modifier 59?" asks about them; "And 64484 x2?" asks about 64484).
   */
  followUp?: boolean;
  /** Distinct codes kept per question (default MAX_CODES). */
  maxCodes?: number;
  /** Characters of the body read (default MAX_BODY_CHARS). */
  maxChars?: number;
}

/** Every pass over one text; mention offsets are into that text. */
function extractText(
  text: string,
  today?: string,
): Omit<Extraction, 'candidates' | 'codesOmitted' | 'textOmitted'> {
  const dates = findDates(text, today);
  const noise = [...findNoiseSpans(text), ...dates];
  const codes = mergeRanges(text, scanCodeTokens(text, new SpanIndex(noise)));
  const distinctive = distinctiveModifiersFor(text);
  const glued = attachModifiers(text, codes, distinctive);
  attachUnits(text, codes);
  const taken = new SpanIndex([...noise, ...codes, ...glued]);
  const standalone = findStandaloneModifiers(text, taken, distinctive, glued);
  const mentions = [...codes, ...standalone].sort((a, b) => a.start - b.start);
  const { types, confidence } = detectQuestionTypes(text, mentions);
  return {
    mentions,
    dateOfService: pickDateOfService(text, dates),
    setting: detectSetting(text),
    questionTypes: types,
    questionTypeConfidence: confidence,
  };
}

const namesCode = (mentions: readonly Mention[]): boolean =>
  mentions.some((m) => m.kind !== 'modifier' && m.kind !== 'unknown');

/** A question's mentions and look-up candidates; a bare string is a body without a subject. */
export function extractMentions(question: string | QuestionParts, opts: ExtractOptions = {}): Extraction {
  const parts = typeof question === 'string' ? { subject: '', body: question } : question;
  if (opts.followUp && parts.subject) {
    const own = extractMentions(parts.body, { ...opts, followUp: false });
    if (namesCode(own.mentions)) return own;
  }
  const joined = joinParts(parts, opts.maxChars ?? MAX_BODY_CHARS);
  const found = extractText(joined.text, opts.today);
  const capped = capCodes(locateMentions(found.mentions, joined), opts.maxCodes ?? MAX_CODES);
  return {
    ...found,
    mentions: capped.mentions,
    candidates: capped.candidates,
    codesOmitted: capped.codesOmitted,
    textOmitted: joined.omitted,
  };
}

/** Every modifier the asker wrote, glued or standalone, in order, without repeats. */
export function askedModifiers(extraction: Pick<Extraction, 'mentions'>): string[] {
  const out: string[] = [];
  for (const m of extraction.mentions) {
    const mods = m.kind === 'modifier' ? [m.code ?? ''] : m.modifiers;
    for (const mod of mods) if (mod && !out.includes(mod)) out.push(mod);
  }
  return out;
}
