// The asker's own words in a plain-text mail body: quoted history ("On ... wrote:", "> ", Outlook
// "-----Original Message-----" / "From:" blocks, forwarded headers) and signatures ("-- ", "Sent from my
// iPhone", "Thanks,\nName") are cut off, so their codes and numbers never reach extraction.
//
// Returns `question` = text.slice(offset, offset + question.length) exactly: mention spans found in the
// question map back to the original body by adding `offset`. Linear in the body's length; only its first
// MAX_SCANNED_CHARS are read.

/** Characters of the mail body searched for the asker's own words: a bottom-posted reply's new text sits
 *  under the quote, which in a long thread runs to tens of KB. */
export const MAX_SCANNED_CHARS = 262_144;

export interface QuestionText {
  question: string;
  offset: number;
}

interface Line {
  text: string;
  start: number;
}

const WROTE =
  /^\s*(?:On\s.{4,200}?\bwrote|Le\s.{4,200}?\ba\s+écrit|Am\s.{4,200}?\bschrieb|El\s.{4,200}?\bescribió)\s*:\s*$/i;
const WROTE_START = /^\s*On\s.+\d/i;
const SEPARATOR =
  /^\s*(?:-{2,}\s*(?:Original|Forwarded)\s+Message\s*-{2,}|_{10,}|Begin\s+forwarded\s+message:|-{5,}\s*Forwarded\s+message\s*-{5,})\s*$/i;
const HEADER_FROM = /^\s*\*?(?:From|De|Von)\s*:\*?\s+\S/i;
const HEADER_NEXT = /^\s*\*?(?:Sent|Date|To|Subject|Cc|Envoyé|Gesendet)\s*:/i;
const SIG_DELIMITER = /^--\s?$/;
const SENT_FROM =
  /^\s*(?:Sent\s+from\s+my\s+\w+|Sent\s+from\s+(?:Mail|Outlook|Yahoo|Gmail)|Get\s+Outlook\s+for\s+\w+|Sent\s+via\s+\w+)/i;
/** Lines of a signature block under a closing ("Thanks,\nDana\nCoder II\next 17004"). */
const SIGNATURE_LINES = 6;
const CLOSING =
  /^\s*(?:thanks(?:\s+(?:so\s+much|again|in\s+advance))?|thank\s+you(?:\s+(?:so\s+much|in\s+advance))?|thx|tia|regards|best(?:\s+regards|\s+wishes)?|kind\s+regards|warm\s+regards|sincerely|cheers|respectfully|many\s+thanks|v\/r)\s*(?:[,.!-]\s*)?(?:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s*)?$/i;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ text: part.endsWith('\r') ? part.slice(0, -1) : part, start });
    start += part.length + 1;
  }
  return lines;
}

const isQuoted = (l: Line): boolean => /^\s*>/.test(l.text);

/** Index of the first line that starts history or a signature, at or after `from`. */
function cutIndex(lines: Line[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const t = lines[i]!.text;
    const next = lines[i + 1]?.text ?? '';
    if (isQuoted(lines[i]!) || SEPARATOR.test(t) || SIG_DELIMITER.test(t) || SENT_FROM.test(t)) return i;
    if (WROTE.test(t) || (WROTE_START.test(t) && /wrote:\s*$/i.test(next) && !/wrote:\s*$/i.test(t)))
      return i;
    if (HEADER_FROM.test(t) && lines.slice(i + 1, i + 5).some((l) => HEADER_NEXT.test(l.text))) return i;
    // A closing ("Thanks,\nDana") only counts when what follows is a short signature block.
    if (t.trim().length <= 40 && CLOSING.test(t)) {
      const rest = lines.slice(i + 1, cutAfterSignature(lines, i + 1, i + 1 + SIGNATURE_LINES + 1));
      if (rest.length <= SIGNATURE_LINES && rest.every((l) => l.text.trim().length <= 60)) return i;
    }
  }
  return lines.length;
}

/** The end of a signature block: where quoted history starts, the end of the text, or `until` (a block
 *  longer than a signature need not be read to its end: a mail of many "Thanks" lines stays linear). */
function cutAfterSignature(lines: Line[], from: number, until: number): number {
  for (let i = from; i < Math.min(lines.length, until); i++) {
    const t = lines[i]!.text;
    if (
      isQuoted(lines[i]!) ||
      SEPARATOR.test(t) ||
      WROTE.test(t) ||
      WROTE_START.test(t) ||
      HEADER_FROM.test(t)
    )
      return i;
  }
  return Math.min(lines.length, until);
}

const FORWARD = /^\s*(?:-{2,}\s*Forwarded\s+message\s*-{2,}|Begin\s+forwarded\s+message:)\s*$/i;
/** A note this short above a forwarded message ("see below", "FYI") is not the question itself. */
const SHORT_NOTE = 80;
/** Outlook forwards the same way it quotes ("-----Original Message-----" or a bare From:/Sent: block), so
 *  a short cover note that points below and names no code of its own marks the block under it as the question. */
const COVER_NOTE =
  /\b(?:below|forward(?:ed|ing)?|fwd|fyi|see\s+attached|from\s+(?:our|my|the)\s+(?:doc(?:tor)?|dr|physician|surgeon|provider|coder|team|np|pa))\b/i;
const CODE_LIKE = /\b(?:\d{4}[0-9FT]|[A-Z]\d{2}(?:\.\w+)?|[A-Z]\d{4})\b/i;

/** Index of the line where a forwarded message starts, or -1. */
function forwardStart(lines: Line[], note: string): number {
  const gmail = lines.findIndex((l) => FORWARD.test(l.text));
  if (gmail >= 0) return gmail;
  if (!COVER_NOTE.test(note) || CODE_LIKE.test(note)) return -1;
  return lines.findIndex(
    (l, i) =>
      SEPARATOR.test(l.text) ||
      (HEADER_FROM.test(l.text) && lines.slice(i + 1, i + 5).some((n) => HEADER_NEXT.test(n.text))),
  );
}

export function stripQuotedHistory(mail: string, maxChars = MAX_SCANNED_CHARS): QuestionText {
  const text = mail.length > maxChars ? mail.slice(0, maxChars) : mail;
  const own = ownWords(text);
  if (own.question.length >= SHORT_NOTE) return own;
  const lines = splitLines(text);
  const forward = forwardStart(lines, own.question);
  if (forward < 0) return own;
  // Skip the forwarded message's header block (From:, Date:, Subject:, To:) and read its body.
  let body = HEADER_FROM.test(lines[forward]!.text) ? forward : forward + 1;
  while (body < lines.length && (HEADER_FROM.test(lines[body]!.text) || HEADER_NEXT.test(lines[body]!.text)))
    body++;
  const inner = ownWords(text.slice(lines[body]?.start ?? text.length));
  const offset = (lines[body]?.start ?? text.length) + inner.offset;
  return inner.question ? { question: inner.question, offset } : own;
}

function ownWords(text: string): QuestionText {
  const lines = splitLines(text);
  // Bottom-posted replies start with the quote: skip it (and its "wrote:" header) to reach the new text.
  let first = 0;
  while (
    first < lines.length &&
    (isQuoted(lines[first]!) || lines[first]!.text.trim() === '' || WROTE.test(lines[first]!.text))
  )
    first++;
  if (first === lines.length) first = 0;
  const last = cutIndex(lines, first);
  const startOffset = lines[first]?.start ?? 0;
  const endOffset = last < lines.length ? lines[last]!.start : text.length;
  const raw = text.slice(startOffset, endOffset);
  const lead = raw.length - raw.trimStart().length;
  const question = raw.trim();
  return { question, offset: startOffset + lead };
}
