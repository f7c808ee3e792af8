// The Medicare NCCI Policy Manual (CMS's text of the PDF, all chapters) -> paragraphs. A chapter's
// body starts at a line "Chapter IX" followed by its title and code range ("CPT Codes 70000 - 79999");
// lettered sections ("C. Non-interventional Diagnostic Imaging") and their numbered items ("9. When a
// central venous catheter ...") become "ch. IX §C" and "ch. IX §C.9". Page footers, the tables of
// contents and the Introduction's background are left out. Pure.
import type { GuidanceParagraph } from './guidance.types.js';
import { ParagraphBuilder } from './paragraph-builder.js';

const CHAPTER = /^Chapter ([IVX]+)$/;
const CODE_RANGE = /^(?:CPT|HCPCS Level II) Codes ([0-9A-Z]{5})\s*[-–]\s*([0-9A-Z]{5})$/i;
const SECTION = /^([A-Z])\.\s*(\S.*)$/;
const ITEM = /^(\d{1,2})\.\s+\S/;
const FOOTER = /^(Revision Date \(Medicare\):.*|(Intro|[IVX]+)-\d+|Page \d+|January 1, \d{4})$/;
const TOC_LINE = /\.{5,}|…/;

const nextLetter = (l: string) => String.fromCharCode(l.charCodeAt(0) + 1);

export function splitNcciManual(source: string): GuidanceParagraph[] {
  const lines = source.split(/\r?\n/).map((l) => l.trim());
  const out = new ParagraphBuilder();
  let chapter: { id: string; title: string; ranges: string[] | null } | null = null;
  let section: { letter: string; title: string } | null = null;
  let item = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (FOOTER.test(line) || TOC_LINE.test(line)) continue;
    const ch = CHAPTER.exec(line);
    if (ch && lines[i + 1] && !TOC_LINE.test(lines[i + 1]!)) {
      out.flush();
      const title = lines[i + 1]!;
      const range = CODE_RANGE.exec(lines[i + 2] ?? '');
      chapter = {
        id: ch[1]!,
        title: `Chapter ${ch[1]} – ${title}`,
        ranges: range ? [`${range[1]}-${range[2]}`] : null,
      };
      section = null;
      i += range ? 2 : 1;
      continue;
    }
    if (!chapter) continue;
    if (/^CHAPTER [IVX]+$/.test(line)) {
      // The next chapter's cover page and table of contents: nothing to keep until its body.
      out.flush();
      chapter = null;
      continue;
    }
    const sec = SECTION.exec(line);
    if (sec && sec[1] === (section ? nextLetter(section.letter) : 'A')) {
      let title = sec[2]!;
      if (/^\(.*\)$/.test(lines[i + 1] ?? '')) title += ` ${lines[++i]}`; // "(Misuse of Code Edit Rationale)"
      section = { letter: sec[1]!, title };
      item = 0;
      out.open(head(chapter, section, null));
      continue;
    }
    const num = ITEM.exec(line);
    if (section && num && Number(num[1]) === item + 1) {
      item += 1;
      out.open(head(chapter, section, item));
      out.add(line.replace(/^\d{1,2}\.\s+/, ''));
      continue;
    }
    out.add(line);
  }
  out.flush();
  return out.paragraphs;
}

function head(
  chapter: { id: string; title: string; ranges: string[] | null },
  section: { letter: string; title: string },
  item: number | null,
): Omit<GuidanceParagraph, 'text'> {
  return {
    section: `ch. ${chapter.id} §${section.letter}${item === null ? '' : `.${item}`}`,
    title: section.title,
    chapter: chapter.title,
    codeRanges: chapter.ranges,
  };
}
