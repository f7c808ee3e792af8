// Collects a section's lines into stored paragraphs: lines joined (a line ending in a hyphen joins
// without a space), spaces collapsed, long text cut at sentence ends. Shared by both splitters.
import type { GuidanceParagraph } from './guidance.types.js';
import { chunkBySentence } from './sentences.js';

/** Paragraphs longer than this are cut at sentence ends (a cited paragraph stays readable). */
export const MAX_PARAGRAPH_CHARS = 1200;

export function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (!out) out = line;
    else if (/[A-Za-z]-$/.test(out)) out += line;
    else out += ` ${line}`;
  }
  return out.replace(/\s+/g, ' ').trim();
}

export class ParagraphBuilder {
  readonly paragraphs: GuidanceParagraph[] = [];
  private lines: string[] = [];
  private head: Omit<GuidanceParagraph, 'text'> | null = null;

  /** Starts a new section; the lines gathered so far go to the previous one. */
  open(head: Omit<GuidanceParagraph, 'text'>): void {
    this.flush();
    this.head = head;
  }

  add(line: string): void {
    if (this.head) this.lines.push(line);
  }

  /** Ends the current section (the text after it belongs to none until the next `open`). */
  flush(): void {
    const text = joinLines(this.lines);
    if (this.head && text)
      for (const chunk of chunkBySentence(text, MAX_PARAGRAPH_CHARS))
        this.paragraphs.push({ ...this.head, text: chunk });
    this.lines = [];
    this.head = null;
  }
}
