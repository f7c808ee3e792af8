import { describe, expect, it } from 'vitest';
import { TEXT_WIDTH, wrapLine, wrapText } from '../../../src/drafting/text-wrap.js';

describe('text wrap', () => {
  const long = 'word '.repeat(40).trim();

  it('keeps a short line as it is', () => {
    expect(wrapLine('Hello Dana,')).toEqual(['Hello Dana,']);
  });

  it('breaks a long line at word boundaries within 72 columns', () => {
    const lines = wrapLine(long);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(TEXT_WIDTH);
    expect(lines.join(' ')).toBe(long);
  });

  it('hangs the continuation of a bullet under its text', () => {
    const [first, second] = wrapLine(`  - ${long}`);
    expect(first?.startsWith('  - word')).toBe(true);
    expect(second?.startsWith('    word')).toBe(true);
  });

  it('leaves a word longer than the width (a URL) whole on its own line', () => {
    const url = `https://example.org/${'a'.repeat(90)}`;
    expect(wrapLine(`see ${url} now`)).toEqual(['see', url, 'now']);
  });

  it('collapses runs of blank lines and ends with one newline', () => {
    expect(wrapText('\n\nA\n\n\n\nB  \n\n')).toBe('A\n\nB\n');
  });
});
