import { describe, expect, it } from 'vitest';
import { backoffMs } from '../../../src/sending/send-backoff.js';
import { failureOf } from '../../../src/sending/send.job.js';

const sending = { maxAttempts: 4, retryDelayMs: 60_000, copyToSelf: true };
const smtp = (responseCode?: number, afterMessage = false) =>
  Object.assign(new Error('smtp'), { responseCode, afterMessage });

describe('what a failed send attempt leads to', () => {
  it('retries a 4xx or a connection lost before the message went out, waiting twice as long each time', () => {
    const first = failureOf(smtp(451), 1, sending);
    const third = failureOf(smtp(undefined, false), 3, sending);
    expect(first).toMatchObject({ outcome: 'retry' });
    expect(third).toMatchObject({ outcome: 'retry' });
    expect([1, 2, 3, 4].map((n) => backoffMs(60_000, n))).toEqual([60_000, 120_000, 240_000, 480_000]);
  });

  it('gives up once the configured attempts are spent', () => {
    expect(failureOf(smtp(451), 4, sending)).toEqual({ outcome: 'failed', reason: 'retries_exhausted' });
  });

  it('fails at once on a 5xx (RFC 5321 §4.2.1), and never retries an unknown outcome', () => {
    expect(failureOf(smtp(550), 1, sending)).toEqual({ outcome: 'failed', reason: 'permanent' });
    expect(failureOf(smtp(undefined, true), 1, sending)).toEqual({
      outcome: 'failed',
      reason: 'unknown_outcome',
    });
  });
});
