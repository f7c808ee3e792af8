// A question reaches a draft (and so, once approved, a reply) only from one valid, and where required
// authenticated, sender. Everything else waits in quarantine with the reason, and nothing is drafted.
import { describe, expect, it } from 'vitest';
import { ingestSuite, type IngestHarness } from '../../helpers/ingest-harness.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');
const LEAK = 'a reply could reach people who did not ask';

describe('hostile senders at ingest', () => {
  const h = ingestSuite();

  async function expectQuarantined(
    arrived: Awaited<ReturnType<IngestHarness['arrive']>>,
    reason: string | RegExp,
  ) {
    expect(arrived.row.state).toBe('quarantined');
    expect(arrived.consult.state).toBe('quarantined');
    expect(arrived.consult.quarantine_reason).toMatch(reason);
    const drafts = await h.scratch.db
      .selectFrom('drafts')
      .select('id')
      .where('consult_id', '=', arrived.consult.id)
      .execute();
    expect(drafts).toEqual([]);
  }

  it.each([
    ['<attacker@evil.example,someone@clinic.example>', `From holds 2 addresses: ${LEAK}`],
    ['attacker@evil.example, someone@clinic.example', `From holds 2 addresses: ${LEAK}`],
    ['attacker@evil.example; someone@clinic.example', `From holds 2 addresses: ${LEAK}`],
    ['Team: attacker@evil.example, someone@clinic.example;', `From uses group syntax (name: ...;): ${LEAK}`],
    [
      '"someone@clinic.example" <attacker@evil.example>',
      "From display name shows an address other than the sender's",
    ],
    [
      '=?utf-8?Q?someone=40clinic.example=2C_x?= <attacker@evil.example>',
      "From display name shows an address other than the sender's",
    ],
    [
      `=?utf-8?B?${b64('x <attacker@evil.example>, y <someone@clinic.example>')}?=`,
      'no sender address in From',
    ],
    ['"attacker@evil.example,someone"@clinic.example', 'From address is not valid: a quoted local part'],
    ['<@evil.example:someone@clinic.example>', `From has a source route (<@host:...>): ${LEAK}`],
    ['someone@', 'From address is not valid: no domain'],
    ['Dana <dana@clinic.example> garbage', 'From has text beside the address'],
    ['attacker@evil.example@clinic.example', 'From address is not valid: more than one @'],
    [`Dana <${'a'.repeat(2000)}@clinic.example>`, 'From is 2022 characters long (the limit is 998)'],
  ])('quarantines From: %s', async (from, reason) => {
    await expectQuarantined(await h.arrive({ From: from, Subject: '32555 and 76942' }, 'Bundled?'), reason);
  });

  it('quarantines a From holding a NUL byte, and a message with two From headers', async () => {
    await expectQuarantined(
      await h.arrive({ From: 'dana@clinic.example\u0000attacker@evil.example', Subject: 'q' }, 'Bundled?'),
      'From holds control characters',
    );
    const twice = await h.arrive(
      { From: 'dana@clinic.example\r\nFrom: attacker@evil.example', Subject: 'q' }, // two header lines
      'x?',
    );
    await expectQuarantined(twice, `2 From headers: ${LEAK}`);
  });

  it('does not let an @domain allow-list entry match the end of a crafted From', async () => {
    const arrived = await h.arrive(
      { From: '<attacker@evil.example,someone@clinic.example>', Subject: 'q' },
      '32555?',
      { ALLOWED_SENDERS: '@clinic.example' },
    );
    await expectQuarantined(arrived, `From holds 2 addresses: ${LEAK}`);
  });

  describe('when senders must be authenticated', () => {
    const env = { REQUIRE_AUTHENTICATED_SENDERS: 'true', AUTHSERV_ID: 'mx.desk.example' };
    const from = { From: 'Dana <dana@clinic.example>', Subject: '20610 with 99213' };

    it('drafts a question whose DMARC passed at our server, and keeps the verdict with the message', async () => {
      const arrived = await h.arrive(
        {
          'Authentication-Results':
            'mx.desk.example; spf=pass smtp.mailfrom=clinic.example; dmarc=pass header.from=clinic.example',
          ...from,
        },
        'Can 20610 go with 99213-25?',
        env,
      );
      expect(arrived.row.state).toBe('drafted');
      expect(arrived.row.sender_auth).toEqual({
        verdict: 'pass',
        detail: 'dmarc=pass for clinic.example',
        authservId: 'mx.desk.example',
        dmarc: 'pass',
        spf: 'pass',
        dkim: null,
      });
    });

    it('quarantines a sender with no pass, and one whose pass was forged below our header or by another server', async () => {
      const none = await h.arrive(from, 'Can 20610 go with 99213-25?', env);
      await expectQuarantined(none, 'unverified sender (no Authentication-Results from mx.desk.example)');
      expect(none.row.sender_auth).toMatchObject({ verdict: 'none' });

      const forgedBelow = await h.arrive(
        {
          'Authentication-Results': 'mx.desk.example; spf=fail smtp.mailfrom=evil.example; dmarc=none',
          // The sender's own lines, below ours: a Received and a forged header in our server's name.
          Received:
            'from evil.example by mx.evil.example\r\nAuthentication-Results: mx.desk.example; dmarc=pass header.from=clinic.example',
          ...from,
        },
        'Can 20610 go with 99213-25?',
        env,
      );
      await expectQuarantined(forgedBelow, /^unverified sender \(no pass aligned with clinic\.example/);

      const otherServer = await h.arrive(
        { 'Authentication-Results': 'mx.evil.example; dmarc=pass header.from=clinic.example', ...from },
        'Can 20610 go with 99213-25?',
        env,
      );
      await expectQuarantined(
        otherServer,
        'unverified sender (no Authentication-Results from mx.desk.example)',
      );
    });

    it('quarantines a DMARC failure at our server even when authentication is not required', async () => {
      const failed = await h.arrive(
        { 'Authentication-Results': 'mx.desk.example; dmarc=fail header.from=clinic.example', ...from },
        'Can 20610 go with 99213-25?',
        { AUTHSERV_ID: 'mx.desk.example' },
      );
      await expectQuarantined(failed, 'unverified sender (dmarc=fail for clinic.example)');
    });
  });
});
