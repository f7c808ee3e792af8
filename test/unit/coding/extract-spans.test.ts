import { describe, expect, it } from 'vitest';
import { Claims, SpanIndex, type Span } from '../../../src/coding/extract-spans.js';

/** A fixed pseudo-random sequence, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const overlapsAny = (spans: readonly Span[], start: number, end: number) =>
  spans.some((s) => s.start < end && start < s.end);

describe('SpanIndex', () => {
  it('answers "does [start, end) overlap a span?" as comparing it with every span would', () => {
    const next = random(7);
    for (let round = 0; round < 50; round++) {
      const spans = Array.from({ length: Math.floor(next() * 30) }, () => {
        const start = Math.floor(next() * 200);
        return { start, end: start + 1 + Math.floor(next() * 25) };
      });
      const index = new SpanIndex(spans);
      for (let q = 0; q < 100; q++) {
        const start = Math.floor(next() * 220);
        const end = start + 1 + Math.floor(next() * 10);
        expect(index.overlaps(start, end), `${start}-${end} in ${JSON.stringify(spans)}`).toBe(
          overlapsAny(spans, start, end),
        );
      }
    }
  });

  it('counts a span that only touches as no overlap, and a long span under a short one as one', () => {
    const index = new SpanIndex([
      { start: 0, end: 100 },
      { start: 10, end: 12 },
    ]);
    expect(index.overlaps(100, 105)).toBe(false);
    expect(index.overlaps(50, 51)).toBe(true);
    expect(new SpanIndex([]).overlaps(0, 1)).toBe(false);
  });
});

describe('Claims', () => {
  it('frees a place until a claim covers any of its characters', () => {
    const claims = new Claims(20);
    claims.claim(5, 8);
    expect(claims.isFree(0, 5)).toBe(true);
    expect(claims.isFree(7, 10)).toBe(false);
    expect(claims.isFree(8, 12)).toBe(true);
  });

  it('finds the nearest claim ending before a place, within reach', () => {
    const claims = new Claims(100);
    claims.claim(2, 4);
    claims.claim(10, 12);
    expect(claims.lastEndBefore(30, 60)).toBe(12);
    expect(claims.lastEndBefore(11, 60)).toBe(4);
    expect(claims.lastEndBefore(80, 60)).toBe(-1);
  });
});
