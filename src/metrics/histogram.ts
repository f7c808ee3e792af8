// A histogram kept as running totals: windows of observations counted in SQL are added to it, so a
// scrape reads only what happened since the last one (tallies.ts).
import type { HistogramSeries } from './exposition.js';

export class HistogramTally {
  private readonly counts: number[];
  private sum = 0;
  private count = 0;

  constructor(readonly bounds: readonly number[]) {
    if (bounds.some((b, i) => i > 0 && b <= bounds[i - 1]!)) throw new Error('bucket bounds must increase');
    this.counts = bounds.map(() => 0);
  }

  /** Adds one window: cumulative counts per bound (values <= bound), with the window's sum and count. */
  add(window: { counts: readonly number[]; sum: number; count: number }): void {
    if (window.counts.length !== this.bounds.length) throw new Error('one count per bucket bound');
    window.counts.forEach((n, i) => (this.counts[i]! += n));
    this.sum += window.sum;
    this.count += window.count;
  }

  observe(value: number): void {
    this.add({ counts: this.bounds.map((b) => (value <= b ? 1 : 0)), sum: value, count: 1 });
  }

  series(labels?: Record<string, string>): HistogramSeries {
    return { labels, bounds: this.bounds, counts: [...this.counts], sum: this.sum, count: this.count };
  }
}
