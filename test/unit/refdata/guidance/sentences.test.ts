import { describe, expect, it } from 'vitest';
import { chunkBySentence, sentenceEnds } from '../../../../src/refdata/guidance/sentences.js';

describe('sentence ends', () => {
  it('ends a sentence at a period before a capital', () => {
    const text = 'Report one code. Do not report both.';
    expect(sentenceEnds(text)).toEqual([16]);
  });

  it('does not end one at abbreviations, section ids or list markers', () => {
    const text =
      'Chest tubes (e.g. CPT codes 32550, 32551) include it. See Section I.C.2. Neoplasms for more. Use the U.S. list.';
    expect(sentenceEnds(text)).toHaveLength(2);
    expect(text.slice(0, sentenceEnds(text)[0])).toMatch(/include it\.$/);
    expect(text.slice(0, sentenceEnds(text)[1])).toMatch(/for more\.$/);
  });
});

describe('chunks cut at sentence ends', () => {
  const sentence = (n: number) => `Sentence number ${n} says the e.g. rule of section I.B.${n} plainly.`;
  const text = Array.from({ length: 40 }, (_, i) => sentence(i + 1)).join(' ');

  it('keeps a short text whole', () => {
    expect(chunkBySentence('One. Two.', 100)).toEqual(['One. Two.']);
  });

  it('cuts a long text into chunks of whole sentences that together are the text', () => {
    const chunks = chunkBySentence(text, 300);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.join(' ')).toBe(text);
    for (const chunk of chunks) {
      expect(chunk).toMatch(/^Sentence number \d+ /);
      expect(chunk).toMatch(/plainly\.$/);
      expect(chunk.length).toBeLessThanOrEqual(300);
    }
  });

  it('keeps a sentence longer than the limit whole', () => {
    const long = `A ${'very '.repeat(80)}long sentence. Then a short one.`;
    expect(chunkBySentence(long, 100)).toEqual([
      `A ${'very '.repeat(80)}long sentence.`,
      'Then a short one.',
    ]);
  });
});
