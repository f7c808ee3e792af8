// The reported attack, end to end: a question whose From holds the attacker and a third party, mailed
// to the consult address. Whatever a reviewer does, no reply reaches either address.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliver, messageCount, newMailbox, openImap, waitFor } from '../helpers/mailstack.js';
import { startHarness, type Harness } from './pipeline-harness.js';

interface Summary {
  id: string;
  state: string;
  quarantineReason: string | null;
}

describe('a question whose From holds two addresses', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  it('is quarantined with the reason, and no approved reply ever reaches a second address', async () => {
    const [attacker, someone] = [newMailbox('attacker'), newMailbox('someone')];
    const messageId = `<hostile.${Date.now()}@evil.example>`;
    await deliver(
      h.consultAddress,
      [
        `From: <${attacker},${someone}>`,
        `To: ${h.consultAddress}`,
        'Subject: Thoracentesis with ultrasound - bill 76942 too?',
        `Message-ID: ${messageId}`,
        '',
        'On DOS 03/04/2025, 32555 with 76942-26: separately payable?',
        '',
      ].join('\r\n'),
    );
    const screened = (besides: string | null) =>
      waitFor(async () => {
        const row = await h.ctx.db
          .selectFrom('inbound_messages')
          .select('consult_id')
          .where('message_id', '=', messageId)
          .where('state', 'in', ['drafted', 'quarantined'])
          .executeTakeFirst();
        if (!row?.consult_id || String(row.consult_id) === besides) return undefined;
        return (await h.api<Summary>('GET', `/api/consults/${row.consult_id}`)).body;
      }, 'the message to be screened');
    // Whatever state it reached, a reviewer tries to answer it, as one would a draft.
    const tryToAnswer = async (consult: Summary) => {
      const approved = await h.api('POST', `/api/consults/${consult.id}/approve`);
      if (consult.state !== 'awaiting_review') expect(approved.status).toBe(409);
    };

    const consult = await screened(null);
    await tryToAnswer(consult);
    // Released by a reviewer, it is read again from its source, and is again no one address to answer.
    const released = await h.api('POST', `/api/consults/${consult.id}/release-quarantine`);
    const again = released.status === 200 ? await screened(consult.id) : consult;
    await tryToAnswer(again);

    await new Promise((r) => setTimeout(r, 3000)); // time for a send and a delivery, were there one
    for (const mailbox of [attacker, someone]) {
      const imap = await openImap(mailbox);
      expect(await messageCount(imap, 'INBOX'), `mail in ${mailbox}`).toBe(0);
      await imap.logout();
    }
    const reason = 'From holds 2 addresses: a reply could reach people who did not ask';
    expect(consult).toMatchObject({ state: 'quarantined', quarantineReason: reason });
    expect(again).toMatchObject({ state: 'quarantined', quarantineReason: reason });
  });
});
