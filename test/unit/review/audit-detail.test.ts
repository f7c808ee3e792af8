import { describe, expect, it } from 'vitest';
import { idsAndCodesOnly, reasonCode, REMOVED } from '../../../src/repositories/audit.repository.js';

describe('what an audit entry may hold', () => {
  it('keeps ids, codes, states, counts, flags and ISO times', () => {
    const detail = {
      outboxId: '412',
      kind: 'reply',
      attempt: 3,
      responseCode: 451,
      replySent: false,
      reason: 'retries_exhausted',
      expiresAt: '2027-03-01T00:00:00.000Z',
      tokens: '3,4',
      draft: null,
    };
    expect(idsAndCodesOnly(detail)).toEqual(detail);
  });

  it('replaces any string that could carry text from mail', () => {
    const detail = idsAndCodesOnly({
      error: '550 5.1.1 <dana@clinic.example>: Recipient address rejected',
      address: 'dana@clinic.example',
      subject: 'Pt John Smith 32555',
      inboundId: '17',
    });
    expect(detail).toEqual({ error: REMOVED, address: REMOVED, subject: REMOVED, inboundId: '17' });
  });

  it('turns a quarantine reason into the code our own words begin with', () => {
    expect(reasonCode('unknown sender: not on the allowed list')).toBe('unknown-sender');
    expect(reasonCode('auto-reply (Auto-Submitted: auto-replied; owner=dana@clinic.example)')).toBe(
      'auto-reply',
    );
    expect(reasonCode('processing failed: Invalid header value "Pt Mary Jones"')).toBe('processing-failed');
    expect(reasonCode('oversize: 12582912 bytes is over the 10485760-byte limit')).toBe('oversize');
    expect(reasonCode('')).toBe('unspecified');
  });
});
