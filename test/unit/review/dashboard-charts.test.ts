import { describe, expect, it } from 'vitest';
import { barList, columnChart, niceTicks } from '../../../src/review/views/chart-model.js';
import { formatSeconds } from '../../../src/review/views/dashboard.presenter.js';
import { periodDays } from '../../../src/review/services/dashboard.service.js';

describe('dashboard charts', () => {
  it('put axis ticks at round steps that cover the largest value', () => {
    expect(niceTicks(5)).toEqual([0, 2, 4, 6]);
    expect(niceTicks(87)).toEqual([0, 50, 100]);
    expect(niceTicks(61)).toEqual([0, 20, 40, 60, 80]);
    expect(niceTicks(0.3)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  it('draw one column per point, heights in proportion, standing on the baseline', () => {
    const chart = columnChart(
      [
        { label: 'a', value: 2 },
        { label: 'b', value: 4 },
        { label: 'c', value: 0 },
      ],
      { width: 344, height: 228 },
    );
    expect(chart.columns).toHaveLength(3);
    const [a, b, c] = chart.columns;
    expect(b!.height).toBeCloseTo(2 * a!.height, 0);
    expect(c!.height).toBe(0);
    for (const col of chart.columns) expect(col.y + col.height).toBeCloseTo(chart.baseline, 0);
    expect(a!.x).toBeLessThan(b!.x);
    expect(chart.columns.map((col) => col.title)).toEqual(['a: 2', 'b: 4', 'c: 0']);
    expect(chart.yTicks.map((t) => t.label)).toEqual(['0', '1', '2', '3', '4']);
  });

  it('label every n-th day so that labels do not overlap', () => {
    const days = Array.from({ length: 30 }, (_, i) => ({ label: `d${i}`, value: i }));
    expect(columnChart(days, undefined, 3).xLabels.map((l) => l.label)).toEqual([
      'd0',
      'd3',
      'd6',
      'd9',
      'd12',
      'd15',
      'd18',
      'd21',
      'd24',
      'd27',
      'd29',
    ]);
  });

  it('list bars largest first, with widths in proportion', () => {
    const list = barList([
      { label: 'oversize', value: 1 },
      { label: 'unknown-sender', value: 4 },
      { label: 'bounce', value: 2 },
    ]);
    expect(list.bars.map((b) => [b.label, b.value])).toEqual([
      ['unknown-sender', '4'],
      ['bounce', '2'],
      ['oversize', '1'],
    ]);
    expect(list.bars[0]!.width).toBeCloseTo(2 * list.bars[1]!.width, 0);
    expect(list.bars[1]!.y).toBeGreaterThan(list.bars[0]!.y);
  });

  it('write durations short', () => {
    expect([4, 89, 95, 5400, 30 * 3600, 3 * 86_400].map(formatSeconds)).toEqual([
      '4 s',
      '89 s',
      '1.6 min',
      '1.5 h',
      '30.0 h',
      '3.0 d',
    ]);
    expect(formatSeconds(null)).toBe('—');
  });

  it('count the period in UTC days, today included', () => {
    expect(periodDays(3, new Date('2026-12-03T01:30:00Z'))).toEqual([
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
    ]);
  });
});
