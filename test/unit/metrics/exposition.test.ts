import { describe, expect, it } from 'vitest';
import { formatValue, renderExposition, type Family } from '../../../src/metrics/exposition.js';
import { HistogramTally } from '../../../src/metrics/histogram.js';

describe('the Prometheus text format', () => {
  it('writes HELP and TYPE before the samples of each family, one sample per line', () => {
    const body = renderExposition([
      {
        type: 'gauge',
        name: 'codedesk_consults',
        help: 'Consults by state.',
        samples: [
          { labels: { state: 'awaiting_review' }, value: 3 },
          { labels: { state: 'sent' }, value: 12 },
        ],
      },
      {
        type: 'counter',
        name: 'codedesk_messages_ingested_total',
        help: 'Messages.',
        samples: [{ value: 15 }],
      },
    ]);
    expect(body).toBe(
      [
        '# HELP codedesk_consults Consults by state.',
        '# TYPE codedesk_consults gauge',
        'codedesk_consults{state="awaiting_review"} 3',
        'codedesk_consults{state="sent"} 12',
        '# HELP codedesk_messages_ingested_total Messages.',
        '# TYPE codedesk_messages_ingested_total counter',
        'codedesk_messages_ingested_total 15',
        '',
      ].join('\n'),
    );
  });

  it('escapes backslashes, quotes and newlines in label values, and backslashes and newlines in help', () => {
    const body = renderExposition([
      {
        type: 'counter',
        name: 'x_total',
        help: 'a \\ b\nc',
        samples: [{ labels: { reason: 'say "hi"\\\nthere' }, value: 1 }],
      },
    ]);
    expect(body).toContain('# HELP x_total a \\\\ b\\nc\n');
    expect(body).toContain('x_total{reason="say \\"hi\\"\\\\\\nthere"} 1\n');
  });

  it('writes cumulative buckets, +Inf, sum and count for a histogram', () => {
    const tally = new HistogramTally([1, 5, 30]);
    for (const v of [0.4, 2, 3, 45]) tally.observe(v);
    const body = renderExposition([
      { type: 'histogram', name: 'codedesk_time_to_draft_seconds', help: 'h', series: [tally.series()] },
    ]);
    expect(body.split('\n').slice(2, -1)).toEqual([
      'codedesk_time_to_draft_seconds_bucket{le="1"} 1',
      'codedesk_time_to_draft_seconds_bucket{le="5"} 3',
      'codedesk_time_to_draft_seconds_bucket{le="30"} 3',
      'codedesk_time_to_draft_seconds_bucket{le="+Inf"} 4',
      'codedesk_time_to_draft_seconds_sum 50.4',
      'codedesk_time_to_draft_seconds_count 4',
    ]);
  });

  it('adds windows counted elsewhere to a histogram, keeping labels', () => {
    const tally = new HistogramTally([10, 100]);
    tally.add({ counts: [2, 3], sum: 120, count: 4 });
    tally.add({ counts: [1, 1], sum: 5, count: 1 });
    expect(tally.series({ kind: 'reply' })).toEqual({
      labels: { kind: 'reply' },
      bounds: [10, 100],
      counts: [3, 4],
      sum: 125,
      count: 5,
    });
    expect(() => tally.add({ counts: [1], sum: 1, count: 1 })).toThrow();
    expect(() => new HistogramTally([5, 1])).toThrow();
  });

  it('spells special values as Prometheus does', () => {
    expect([NaN, Infinity, -Infinity, 0.25, 7].map(formatValue)).toEqual([
      'NaN',
      '+Inf',
      '-Inf',
      '0.25',
      '7',
    ]);
  });

  it('refuses names Prometheus would refuse, and a family given twice', () => {
    const gauge = (name: string, labels?: Record<string, string>): Family => ({
      type: 'gauge',
      name,
      help: 'h',
      samples: [{ labels, value: 1 }],
    });
    expect(() => renderExposition([gauge('codedesk-consults')])).toThrow(/metric name/);
    expect(() => renderExposition([gauge('ok', { 'bad-label': 'x' })])).toThrow(/label name/);
    expect(() => renderExposition([gauge('ok', { __name__: 'x' })])).toThrow(/label name/);
    expect(() => renderExposition([gauge('ok'), gauge('ok')])).toThrow(/twice/);
  });
});
