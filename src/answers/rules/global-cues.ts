// The words that place a service in or around a surgery's global period: later days, visits, planned
// stages, complications and returns to the OR, the other side, split care. Shared by the rules that
// answer global-period questions with codes and in words.
import type { AnswerQuestion } from '../types.js';

export const LATER =
  /\bs\/p\b|\bpost-?op\w*|\b\d+\s*(?:days?|d|weeks?|wks?|months?)\s+(?:out|after|later|post|since|s\/p|ago)\b|\bfollow[- ]?up\b|\bf\/u\b|\bcame\s+back\b|\bback\s+(?:on|in|today|for)\b|\breturn(?:ed|s)?\b|\bnext\s+(?:day|morning|week)\b|\byesterday\b|\bduring\s+the\s+global\b|\bin\s+the\s+global\b/i;
export const VISIT = /\bE\/?M\b|\bE&M\b|\bvisit\b|\boffice\s+visit\b|\bseen\b|\bconsult\b/i;
export const UNRELATED =
  /\bunrelated\b|\bnew\s+(?:problem|complaint)\b|\bdifferent\s+(?:problem|issue|condition|complaint)\b|\bseparate\s+(?:problem|concern|issue)\b|\bother\s+(?:problem|issue|side)\b/i;
export const DECISION = /\bdecision\s+(?:for|to\s+(?:do|operate|proceed|perform))|\bdecided\s+(?:on|to)\b/i;
export const PLANNED =
  /\bplanned\b|\bstaged\b|\bsecond\s+stage\b|\banticipated\b|\bmore\s+extensive\b|\bre-?excision\b|\bwider\s+(?:re-?)?excision\b|\bpositive\s+margins?\b/i;
// A later operation described in words ("came back for evacuation of a hematoma in the OR").
export const LATER_PROCEDURE =
  /\bre-?excision\b|\bwider\s+excision\b|\bevacuation\b|\bwashout\b|\b(?:return(?:ed)?|back)\s+to\s+(?:the\s+)?(?:OR|operating)|\bin\s+the\s+OR\b|\b(?:other|second|left|right)\s+eye\b|\b(?:LE|RE)\s+cataract\b/i;
export const OTHER_SIDE = /\b(?:other|second|left|right)\s+(?:eye|knee|hip|shoulder|side)\b|\b(?:LE|RE)\b/i;
export const COMPLICATION =
  /\bcomplication\b|\bdehiscence\b|\bhematoma\b|\bseroma\b|\babscess\b|\bbleed\w*|\binfect\w*|\bwashout\b|\breturn(?:ed)?\s+to\s+(?:the\s+)?(?:OR|operating)\b|\bback\s+to\s+(?:the\s+)?OR\b/i;
export const OR_WORDS =
  /\b(?:OR|operating\s+room|theat(?:er|re))\b|\bback\s+to\s+surgery\b|\bunder\s+(?:general\s+)?anesthesia\b/;
export const NOT_OR =
  /\b(?:no|not|without)\s+(?:\w+\s+){0,3}(?:OR|operating\s+room)\b|\bin\s+the\s+(?:office|clinic)\b|\bat\s+the\s+bedside\b/i;
export const inOr = (text: string): boolean => OR_WORDS.test(text) && !NOT_OR.test(text);
export const SPLIT =
  /\b(?:optometrist|OD|another|other|outside|different)\b[^.?!]{0,60}\bpost-?op\w*\s+care\b|\bpost-?op\w*\s+care\b[^.?!]{0,60}\b(?:optometrist|another|other|outside|different)\b|\btransfer\s+of\s+care\b|\bco-?manage\w*/i;

// Words that put a service on another day than the surgery; "follow-up" or "came back" alone do not.
export const OTHER_DAY =
  /\bs\/p\b|\bpost-?op\w*|\b\d+\s*(?:days?|d|weeks?|wks?)\s+(?:after|later|post|s\/p|ago)\b|\bnext\s+(?:day|morning)\b|\byesterday\b|\bduring\s+the\s+global\b|\bin\s+the\s+global\b/i;

/** The question is about a service on a later day than the surgery (or the day before it). */
export const aboutLaterService = (q: AnswerQuestion): boolean =>
  q.cues.dates.length > 1 || q.cues.daysLater !== null || LATER.test(q.text);

/** Stricter: the service is plainly on another day (PTP edits and 0-day globals turn on this). */
export const onAnotherDay = (q: AnswerQuestion): boolean =>
  q.cues.dates.length > 1 || q.cues.daysLater !== null || OTHER_DAY.test(q.text);

/** The later operation as the asker names it ("the evacuation"), else "the later procedure". */
export function laterInWords(text: string): string {
  const named =
    /\b(evacuation|washout|re-?excision|wider\s+(?:re-?)?excision|debridement|drainage|revision)\b/i.exec(
      text,
    );
  return named ? `the ${named[1]!.toLowerCase()} (its own code)` : 'the later procedure';
}

const DATE_AT = /\b(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b/g;

/** The code whose own date (the date written nearest to it) is the earliest, when two or more of the
 *  codes each have a different date: "11043 on 4/1 ... 15734 for 4/15" -> 11043 is the first surgery. */
export function firstByDate(text: string, codes: readonly string[]): string | null {
  const dates = [...text.matchAll(DATE_AT)].map((m) => {
    const [y, mo, d] = m[4] ? [m[4], m[5]!, m[6]!] : [m[3]!.length === 2 ? `20${m[3]}` : m[3]!, m[1]!, m[2]!];
    return { at: m.index, iso: `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}` };
  });
  if (dates.length < 2) return null;
  const dated = codes.flatMap((code) => {
    const at = text.indexOf(code);
    if (at < 0) return [];
    const near = [...dates].sort((a, b) => Math.abs(a.at - at) - Math.abs(b.at - at))[0]!;
    return [{ code, iso: near.iso }];
  });
  if (new Set(dated.map((d) => d.iso)).size < 2) return null;
  return [...dated].sort((a, b) => a.iso.localeCompare(b.iso))[0]!.code;
}
