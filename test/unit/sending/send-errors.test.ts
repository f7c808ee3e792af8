import { describe, expect, it } from 'vitest';
import { withoutAddresses } from '../../../src/sending/send.job.js';

describe("a send job's error", () => {
  it("carries no e-mail address from the SMTP server's reply (it is logged and kept in Redis)", () => {
    const reply =
      "Can't send mail - all recipients were rejected: 550 5.1.1 <dana@clinic.example>: Recipient address rejected";
    expect(withoutAddresses(reply)).toBe(
      "Can't send mail - all recipients were rejected: 550 5.1.1 <[address]>: Recipient address rejected",
    );
  });
  it('keeps the rest of the reply readable', () => {
    expect(withoutAddresses('connect ECONNREFUSED 127.0.0.1:2525')).toBe(
      'connect ECONNREFUSED 127.0.0.1:2525',
    );
  });
});
