// Extraction: the question text in, every code, modifier, unit, date and setting out — pure, no I/O.
// Spans are offsets into the text given (the question after stripQuotedHistory). Every pass is linear in
// the text's length.
import type { Extraction, Mention } from './types.js';
import { findNoiseSpans } from './extract-noise.js';
import { findDates, pickDateOfService } from './extract-dates.js';
import { mergeRanges, rangeMembers, scanCodeTokens } from './extract-codes.js';
import { attachModifiers } from './extract-modifiers.js';
import { findStandaloneModifiers } from './extract-modifiers-standalone.js';
import { distinctiveModifiersFor } from './patterns/modifier-context.js';
import { attachUnits } from './extract-units.js';
import { detectSetting } from './extract-setting.js';
import { detectQuestionTypes } from './extract-question-type.js';
import { SpanIndex } from './extract-spans.js';

export interface ExtractOptions {
  /** ISO date used for dates written without a year ("DOS 3/4"). */
  today?: string;
}

function candidatesOf(mentions: readonly Mention[]): string[] {
  const seen = new Set<string>();
  for (const m of mentions) {
    if (m.kind === 'modifier' || m.kind === 'unknown') continue;
    if (m.kind === 'range' && m.from && m.to) rangeMembers(m.from, m.to).forEach((c) => seen.add(c));
    else if (m.kind === 'wildcard') {
      if (m.system === 'icd10cm' && m.from) seen.add(m.from);
    } else if (m.code) seen.add(m.code);
  }
  return [...seen];
}

export function extractMentions(text: string, opts: ExtractOptions = {}): Extraction {
  const dates = findDates(text, opts.today);
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
    candidates: candidatesOf(mentions),
    dateOfService: pickDateOfService(text, dates),
    setting: detectSetting(text),
    questionTypes: types,
    questionTypeConfidence: confidence,
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
