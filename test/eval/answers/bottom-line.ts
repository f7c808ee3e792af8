// The BOTTOM LINE of a text draft: the lines after the heading, up to the first blank line that is
// followed by something other than another bullet (the context line, a heading, the sign-off).
const HEADING = /^\s*BOTTOM LINE\s*$/;
const BULLET_OR_CONTINUATION = /^(\s+|[-•*]\s)/;

/** The bottom line's text as written (bullets and wrapped lines kept), or '' when the draft has none. */
export function bottomLineOf(draftText: string): string {
  const lines = draftText.replace(/\r\n?/g, '\n').split('\n');
  const start = lines.findIndex((line) => HEADING.test(line));
  if (start < 0) return '';
  const kept: string[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      const next = lines.slice(i + 1).find((l) => l.trim() !== '');
      if (kept.length > 0 && (next === undefined || !BULLET_OR_CONTINUATION.test(next))) break;
      continue;
    }
    kept.push(line);
  }
  return kept.join('\n').trim();
}

/** One line of prose: wrapped lines joined, so a pattern matches across the draft's line breaks. */
export const flatten = (text: string): string => text.replace(/\s+/g, ' ').trim();
