import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../src/review/core/highlight.js';

describe('segmentText', () => {
  const text = 'Bill 99213-25 with 20610?';

  it('cuts the question into plain and marked pieces that join back to the text', () => {
    const segs = segmentText(text, [
      { start: 19, end: 24, label: 'cpt 20610' },
      { start: 5, end: 13, label: 'cpt 99213' },
    ]);
    expect(segs).toEqual([
      { text: 'Bill ', mark: null },
      { text: '99213-25', mark: 'cpt 99213' },
      { text: ' with ', mark: null },
      { text: '20610', mark: 'cpt 20610' },
      { text: '?', mark: null },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });

  it('keeps the widest of overlapping spans and ignores spans outside the text', () => {
    const segs = segmentText(text, [
      { start: 5, end: 10, label: 'inner' },
      { start: 5, end: 13, label: 'outer' },
      { start: 20, end: 99, label: 'out of range' },
    ]);
    expect(segs.filter((s) => s.mark).map((s) => s.mark)).toEqual(['outer']);
  });

  it('returns the whole text as one piece when there are no mentions', () => {
    expect(segmentText(text, [])).toEqual([{ text, mark: null }]);
  });
});
