// Plain-text layout for the text/plain part: 72 columns leaves room for quoting ("> ") in replies and
// stays under the 78-character line limit of RFC 5322 section 2.1.1.

export const TEXT_WIDTH = 72;

// Bullets ("- ", "* ", "1. ") and leading spaces set the hanging indent of continuation lines.
const LEAD = /^(\s*)([-*]\s+|\d+[.)]\s+)?/;

/** Wraps one line at word boundaries; a word longer than the width (a URL) stays whole. */
export function wrapLine(line: string, width = TEXT_WIDTH): string[] {
  const trimmed = line.trimEnd();
  if (trimmed.length <= width) return [trimmed];
  const lead = LEAD.exec(trimmed)?.[0] ?? '';
  const hang = ' '.repeat(lead.length);
  const words = trimmed
    .slice(lead.length)
    .split(/\s+/)
    .filter((w) => w.length > 0);
  const out: string[] = [];
  let current = lead;
  let prefixOnly = true;
  for (const word of words) {
    const candidate = prefixOnly ? current + word : `${current} ${word}`;
    if (candidate.length <= width || prefixOnly) {
      current = candidate;
      prefixOnly = false;
      continue;
    }
    out.push(current);
    current = hang + word;
  }
  out.push(current);
  return out;
}

/** Wraps every line of a block and tidies blank lines left by template control blocks. */
export function wrapText(text: string, width = TEXT_WIDTH): string {
  // A line at a time with indexOf, not split + flatMap: a reply's text part is hundreds of mostly short
  // or blank lines, and this ran on every draft (it was half the time of rendering one).
  const tidy: string[] = [];
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    start = end + 1;
    for (const piece of wrapLine(line, width)) {
      // wrapLine trims line ends, so a blank line is an empty one
      if (piece === '' && (tidy.length === 0 || tidy[tidy.length - 1] === '')) continue;
      tidy.push(piece);
    }
  }
  while (tidy.length > 0 && tidy[tidy.length - 1] === '') tidy.pop();
  return `${tidy.join('\n')}\n`;
}
