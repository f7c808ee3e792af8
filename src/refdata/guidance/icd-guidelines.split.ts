// The ICD-10-CM Official Guidelines (pdftotext -layout of CDC's PDF) -> paragraphs. Headings nest as
// the guidelines number them: Section I–IV, A., 1., a., 1) or (1), (a), (i); ids are written the way
// the guidelines cite themselves, "I.C.2.l.1". A heading counts only when it is the next one expected
// at its level (the next letter or number, or the first under its parent), so a wrapped sentence
// starting "a. " is read as text. Chapter headings of I.C carry their code ranges ("(C00-D49)").
// Page headers and the table of contents are left out, and the text after Section IV too. Pure.
import type { GuidanceParagraph } from './guidance.types.js';
import { ParagraphBuilder } from './paragraph-builder.js';

const SECTION = /^Section (I|II|III|IV)\.\s+([A-Z][a-z].*)$/;
const PAGE_HEADER = /^(ICD-10-CM Official Guidelines for Coding and Reporting|FY \d{4}|Page \d+ of \d+)$/;
const TOC_LINE = /\.{5,}/;
const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/** Levels below a Section, each with its marker and the order of its values. */
const LEVELS: { marker: RegExp; first: string; next: (v: string) => string | null }[] = [
  { marker: /^([A-Z])\.\s+(\S.*)$/, first: 'A', next: nextLetter },
  { marker: /^(\d{1,2})\.\s+(\S.*)$/, first: '1', next: (v) => String(Number(v) + 1) },
  { marker: /^([a-z])\.\s+(\S.*)$/, first: 'a', next: nextLetter },
  { marker: /^\(?(\d{1,2})\)\s*([A-Za-z].*)$/, first: '1', next: (v) => String(Number(v) + 1) },
  { marker: /^\(([a-z])\)\s*([A-Za-z].*)$/, first: 'a', next: nextLetter },
  { marker: /^\(([ivx]+)\)\s*([A-Za-z].*)$/, first: 'i', next: (v) => ROMANS[ROMANS.indexOf(v) + 1] ?? null },
];

function nextLetter(v: string): string {
  return String.fromCharCode(v.charCodeAt(0) + 1);
}

interface Node {
  value: string;
  title: string;
}

export function splitIcdGuidelines(layoutText: string): GuidanceParagraph[] {
  const lines = layoutText.split(/\r?\n/).map((l) => l.trim());
  const out = new ParagraphBuilder();
  let stack: Node[] = []; // [section, A, 1, a, 1), (a), (i)]
  let chapter = { title: '', ranges: null as string[] | null };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (PAGE_HEADER.test(line) || TOC_LINE.test(line)) continue;
    if (/^Appendix I\b/.test(line) && stack.length) break;
    const sec = SECTION.exec(line);
    if (sec) {
      let title = sec[2]!;
      if (/\b(for|and|of|chapter)$/.test(title)) title += ` ${lines[++i]}`; // a title wrapped in two lines
      stack = [{ value: sec[1]!, title: title.replace(/\s+/g, ' ') }];
      chapter = { title: `Section ${sec[1]}. ${stack[0]!.title}`, ranges: null };
      out.open(head(stack, chapter));
      continue;
    }
    if (!stack.length) continue;
    const heading = matchHeading(line, stack);
    if (!heading) {
      out.add(line);
      continue;
    }
    stack = [...stack.slice(0, heading.level + 1), { value: heading.value, title: heading.title }];
    if (stack.length === 3 && stack[0]!.value === 'I' && stack[1]!.value === 'C') {
      let text = heading.title;
      if (/,$/.test(text) || (text.includes('(') && !text.includes(')'))) text += ` ${lines[++i]}`;
      else if (!text.includes('(') && /^\(/.test(lines[i + 1] ?? '')) text += ` ${lines[++i]}`;
      else if (!text.includes('(') && /\([A-Z]\d\d/.test(lines[i + 1] ?? '')) text += ` ${lines[++i]}`;
      chapter = chapterOf(text);
      stack[2]!.title = chapter.title;
    }
    out.open(head(stack, chapter));
  }
  out.flush();
  return out.paragraphs;
}

/** The heading `line` opens, if it is the next one expected at its level; `level` indexes LEVELS. */
function matchHeading(line: string, stack: Node[]): { level: number; value: string; title: string } | null {
  // Deepest first: "(i)" after "(h)" is a letter, after a "(a)" heading with no "(h)" a roman one.
  for (let level = LEVELS.length - 1; level >= 0; level--) {
    const m = LEVELS[level]!.marker.exec(line);
    if (!m) continue;
    const depth = level + 1; // index in the stack
    const current = stack[depth];
    const expected = current
      ? LEVELS[level]!.next(current.value)
      : stack.length === depth
        ? LEVELS[level]!.first
        : null;
    const sibling = current && m[1] === expected;
    const firstChild = !current && stack.length === depth && m[1] === LEVELS[level]!.first;
    if (sibling || firstChild) return { level: depth - 1, value: m[1]!, title: m[2]!.replace(/\s+/g, ' ') };
  }
  return null;
}

function chapterOf(heading: string): { title: string; ranges: string[] | null } {
  const open = heading.indexOf('(');
  const title = (open < 0 ? heading : heading.slice(0, open)).replace(/\s+/g, ' ').trim();
  const codes =
    open < 0
      ? []
      : (heading.slice(open).match(/[A-Z]\d\d(?:\.\d{1,4})?(?:-[A-Z]\d\d(?:\.\d{1,4})?)?/g) ?? []);
  return { title, ranges: codes.length ? codes.map((c) => (c.includes('-') ? c : `${c}-${c}`)) : null };
}

function head(
  stack: Node[],
  chapter: { title: string; ranges: string[] | null },
): Omit<GuidanceParagraph, 'text'> {
  return {
    section: stack.map((n) => n.value).join('.'),
    title: stack[stack.length - 1]!.title,
    chapter: chapter.title,
    codeRanges: chapter.ranges,
  };
}
