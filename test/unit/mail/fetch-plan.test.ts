import { describe, expect, it } from 'vitest';
import { lastUidOf, planFetches } from '../../../src/mail/fetch-plan.js';

const limits = { maxCount: 3, maxBytes: 1000, oversizeAbove: 5000 };

describe('planning the fetches of new messages from their sizes', () => {
  it('batches messages in UID order, at most maxCount and maxBytes a batch', () => {
    const sizes = [5, 4, 3, 2, 1].map((uid) => ({ uid, size: 300 }));
    expect(planFetches(sizes, limits)).toEqual([
      { kind: 'batch', uids: [1, 2, 3], bytes: 900 },
      { kind: 'batch', uids: [4, 5], bytes: 600 },
    ]);
    const heavy = [1, 2, 3].map((uid) => ({ uid, size: 600 }));
    expect(planFetches(heavy, limits).map((s) => s.kind === 'batch' && s.uids)).toEqual([[1], [2], [3]]);
  });

  it('fetches a message larger than a batch (and within the size limit) alone', () => {
    const sizes = [
      { uid: 1, size: 100 },
      { uid: 2, size: 4000 },
      { uid: 3, size: 100 },
    ];
    expect(planFetches(sizes, limits).map((s) => s.kind === 'batch' && s.uids)).toEqual([[1], [2], [3]]);
  });

  it('makes a message over the size limit a step of its own, between the batches around it', () => {
    const steps = planFetches(
      [
        { uid: 1, size: 10 },
        { uid: 2, size: 50_000_000 },
        { uid: 3, size: 10 },
      ],
      limits,
    );
    expect(steps).toEqual([
      { kind: 'batch', uids: [1], bytes: 10 },
      { kind: 'oversize', uid: 2, size: 50_000_000 },
      { kind: 'batch', uids: [3], bytes: 10 },
    ]);
    expect(steps.map(lastUidOf)).toEqual([1, 2, 3]);
  });
});
