// Plain-text layout for the text/plain part: 72 columns leaves room for quoting ("> ") in replies and
// stays under the 78-character line limit of RFC 5322 section 2.1.1.

export const TEXT_WIDTH = 72;

// Bullets ("- ", "* ", "1. ") and leading spaces set the hanging indent of continuation lines.
const LEAD = /^(\s*)([-*]\s+|\d+[.)]\s+)?/;

/** Wraps one line at word boundaries; a word longer than the width (a URL) stays whole. */
export function wrapLine(line: string, width = TEXT_WIDTH): string[] {
  const trimmed = line.replace(/\s+$/, '');
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
  const lines = text.split(/\r?\n/).flatMap((line) => wrapLine(line, width));
  const tidy: string[] = [];
  for (const line of lines) {
    const blank = line.trim().length === 0;
    if (blank && (tidy.length === 0 || tidy[tidy.length - 1] === '')) continue;
    tidy.push(blank ? '' : line);
  }
  while (tidy.length > 0 && tidy[tidy.length - 1] === '') tidy.pop();
  return `${tidy.join('\n')}\n`;
}
