import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageSize, PAGE_MAX } from '../../../src/review/core/page-cursor.js';

const position = { order: 'opened', key: '2026-12-03T09:15:42.123456Z', id: '4711' } as const;

describe('consult list cursors', () => {
  it('give back the position they were made from, microseconds included', () => {
    expect(decodeCursor(encodeCursor(position), 'opened')).toEqual(position);
  });

  it('are opaque URL-safe text', () => {
    expect(encodeCursor(position)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('are refused for another order than the one that made them', () => {
    expect(() => decodeCursor(encodeCursor(position), 'updated')).toThrow(/cursor/);
  });

  it('are refused when tampered with or made up', () => {
    const forged = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    for (const bad of [
      'not-a-cursor',
      forged(['opened', "2026-12-03'; drop table consults; --", '1']),
      forged(['opened', position.key, '1 or 1=1']),
      forged(['opened', '2026-12-03T09:15:42Z', '1']),
      forged({ order: 'opened' }),
    ])
      expect(() => decodeCursor(bad, 'opened'), bad).toThrow(/cursor/);
  });

  it('size pages at 50 by default and at most 500', () => {
    expect(pageSize(undefined)).toBe(50);
    expect(pageSize(7)).toBe(7);
    expect(pageSize(10_000)).toBe(PAGE_MAX);
    expect(PAGE_MAX).toBe(500);
  });
});
