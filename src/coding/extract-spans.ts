// Spans of the question text, and the two ways extraction asks "is this place already taken?" without
// comparing each candidate with every span found so far (which made a long question quadratic).

export interface Span {
  start: number;
  end: number;
}

/** A fixed set of spans (noise, codes), sorted once; each overlap question is a binary search. */
export class SpanIndex {
  private readonly starts: number[];
  /** maxEnd[i]: the furthest end among the first i + 1 spans by start. */
  private readonly maxEnd: number[];

  constructor(spans: readonly Span[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((s) => s.start);
    this.maxEnd = [];
    let furthest = -1;
    for (const s of sorted) this.maxEnd.push((furthest = Math.max(furthest, s.end)));
  }

  /** True when [start, end) overlaps a span: one that starts before `end` and ends after `start`. */
  overlaps(start: number, end: number): boolean {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.maxEnd[lo - 1]! > start;
  }
}

/** Places claimed one at a time (dates, modifiers): a claim looks at and marks only its own characters. */
export class Claims {
  private readonly taken: Uint8Array;
  private readonly ends: Uint8Array;

  constructor(length: number) {
    this.taken = new Uint8Array(length + 1);
    this.ends = new Uint8Array(length + 1);
  }

  isFree(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.taken[i]) return false;
    return true;
  }

  claim(start: number, end: number): void {
    this.taken.fill(1, start, end);
    this.ends[end] = 1;
  }

  /** The nearest end of a claim at or before `at`, looking back at most `reach` characters; -1 if none. */
  lastEndBefore(at: number, reach: number): number {
    for (let i = at; i >= Math.max(0, at - reach); i--) if (this.ends[i]) return i;
    return -1;
  }
}
