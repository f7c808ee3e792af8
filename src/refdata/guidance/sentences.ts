// Sentence-safe cutting of long paragraphs: a chunk ends only where a sentence ends, so a cited
// paragraph never starts or stops mid-sentence. Pure.

/** Words whose period does not end a sentence ("e.g. CPT code", "Section I.C.2. Neoplasms"). */
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'vs',
  'dr',
  'no',
  'nos',
  'nec',
  'u.s',
  'st',
  'approx',
  'fig',
]);

/** Offsets just after each sentence end in `text` (never the end of the text itself). */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  const re = /[.?!]["”’)]*(?=\s+["“(]?[A-Z0-9])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(0, m.index);
    const word = /([A-Za-z0-9.]+)$/.exec(before)?.[1] ?? '';
    if (text[m.index] === '.' && !endsSentence(word)) continue;
    ends.push(m.index + m[0].length);
  }
  return ends;
}

function endsSentence(word: string): boolean {
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (/^[A-Za-z]$/.test(word)) return false; // an initial or a list letter: "A. Introduction"
  if (/^\d+$/.test(word)) return false; // "Section 1." and "1." list numbers are not sentences
  if (/^[A-Za-z0-9]+(\.[A-Za-z0-9]+)+$/.test(word)) return false; // "I.C.2" section ids, "U.S"
  return true;
}

/** Cuts `text` into chunks of about `maxChars` at sentence ends; a longer sentence stays whole. */
export function chunkBySentence(text: string, maxChars: number): string[] {
  if (text.length <= maxChars) return [text];
  const chunks: string[] = [];
  let start = 0;
  let lastEnd = -1;
  for (const end of [...sentenceEnds(text), text.length]) {
    if (end - start > maxChars && lastEnd > start) {
      chunks.push(text.slice(start, lastEnd).trim());
      start = lastEnd;
    }
    lastEnd = end;
  }
  const rest = text.slice(start).trim();
  if (rest) chunks.push(rest);
  return chunks;
}
