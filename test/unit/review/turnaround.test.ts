import { describe, expect, it } from 'vitest';
import { formatMinutes, turnaround } from '../../../src/review/core/turnaround.js';

const received = new Date('2026-03-02T09:00:00Z');
const after = (minutes: number) => new Date(received.getTime() + minutes * 60_000);

describe('turnaround against a 4-hour target', () => {
  it('is on time for the first three quarters of the target', () => {
    expect(turnaround(received, after(179), 4)).toEqual({
      status: 'on_time',
      ageMinutes: 179,
      minutesLeft: 61,
    });
  });
  it('is due soon from 75% of the target', () => {
    expect(turnaround(received, after(180), 4).status).toBe('due_soon');
  });
  it('is late once the target has passed, with negative minutes left', () => {
    expect(turnaround(received, after(250), 4)).toEqual({
      status: 'late',
      ageMinutes: 250,
      minutesLeft: -10,
    });
  });
  it('never reports a negative age when clocks disagree', () => {
    expect(turnaround(received, after(-5), 4).ageMinutes).toBe(0);
  });
});

describe('formatMinutes', () => {
  it('shows hours and padded minutes, and drops the sign', () => {
    expect(formatMinutes(125)).toBe('2 h 05 min');
    expect(formatMinutes(-42)).toBe('42 min');
  });
});
