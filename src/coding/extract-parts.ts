// The question's two parts read as one text, the subject first, then a blank line, then the body: a
// subject such as "32555 and 76942" is part of the question ("Bundled on DOS 03/04/2025?"), and each part
// gives context to the other. Mentions are then told apart again, with offsets into their own part.
import { TOKEN_IN_SUBJECT } from '../lifecycle/consult-token.js';
import { SUBJECT_PREFIX } from '../mail/thread.js';
import { MAX_SUBJECT_CHARS } from './extract-limits.js';
import type { Mention } from './types.js';

export interface QuestionParts {
  subject: string;
  /** The asker's own words (after stripQuotedHistory). */
  body: string;
}

export interface JoinedText {
  text: string;
  subjectLength: number;
  /** Where the body starts in `text`. */
  bodyStart: number;
  /** Characters of either part beyond its limit, not read. */
  omitted: number;
}

/** A blank line: no range, unit or sentence cue reads across it. */
const SEPARATOR = '\n\n';
const TOKENS = new RegExp(TOKEN_IN_SUBJECT.source, 'gi');
const PREFIX_AT = new RegExp(SUBJECT_PREFIX.source.replace(/^\^/, ''), 'iy');
/** A cut backs up to a space this near, so no code is cut in half. */
const CUT_REACH = 64;

/** "Re: Fwd: RE[2]: 32555 [CD-7KQ2MX]" -> "                 32555            ": prefixes and our consult token are
 *  no codes; they are blanked, not removed, so every offset still points into the subject as given. */
export function maskSubject(subject: string): string {
  const masked = subject.replace(TOKENS, (token) => ' '.repeat(token.length));
  let end = 0;
  for (;;) {
    PREFIX_AT.lastIndex = end;
    const prefix = PREFIX_AT.exec(masked);
    if (!prefix?.[0]) break;
    end += prefix[0].length;
  }
  return ' '.repeat(end) + masked.slice(end);
}

/** The first `max` characters, ending at a space when one is near. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  return text.slice(0, space >= max - CUT_REACH ? space : max);
}

export function joinParts(parts: QuestionParts, maxBodyChars: number): JoinedText {
  const masked = maskSubject(parts.subject);
  const subjectRead = cut(masked, MAX_SUBJECT_CHARS);
  const body = cut(parts.body, maxBodyChars);
  const omitted = masked.length - subjectRead.length + parts.body.length - body.length;
  const subject = subjectRead.trimEnd();
  if (!subject.trim()) return { text: body, subjectLength: 0, bodyStart: 0, omitted };
  const bodyStart = subject.length + SEPARATOR.length;
  return { text: subject + SEPARATOR + body, subjectLength: subject.length, bodyStart, omitted };
}

/** Each mention with its part and its offsets into that part's own text. */
export function locateMentions(mentions: readonly Mention[], joined: JoinedText): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.end <= joined.subjectLength) out.push({ ...m, part: 'subject' });
    else if (m.start >= joined.bodyStart)
      out.push({ ...m, start: m.start - joined.bodyStart, end: m.end - joined.bodyStart, part: 'body' });
    // A span across the blank line would point into neither part; ranges stop at a blank line, so none is made.
  }
  return out;
}
