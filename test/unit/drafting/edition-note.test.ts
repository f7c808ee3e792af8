import { describe, expect, it } from 'vitest';
import { staleSentence } from '../../../src/drafting/edition-note.js';
import { findingsFixture } from './findings-fixture.js';

// The ex-01 findings: date of service 2025-03-04, PTP and MUE 2024 Q3, PFS RVU 2025 D (from 2025-10-01).
const f = findingsFixture('ex-01-thoracentesis-guidance');

describe('what the reply says about the editions it used', () => {
  it("an edition older than the date's is the newest we hold, and the one that applies is named", () => {
    expect(staleSentence(f)).toMatch(
      /We used NCCI PTP practitioner 2024 Q3 .*the newest we hold; the 2025 Q1 editions apply to this date of service/,
    );
  });

  it("a later release used because the date's own is not loaded is never called the newest we hold", () => {
    const sentence = staleSentence(f)!;
    expect(sentence).toMatch(
      /We used PFS RVU 2025 D, a later release than the one for this date of service \(2025 A\), which we do not hold/,
    );
    expect(sentence).not.toMatch(/PFS RVU 2025 D,? the newest/);
  });

  it('says nothing when every edition used is the one for the date', () => {
    const current = { ...f, editions: f.editions.filter((e) => e.dataset === 'pfs_rvu') };
    expect(
      staleSentence({ ...current, effectiveDate: '2025-11-15', dateOfService: '2025-11-15' }),
    ).toBeNull();
  });
});
