// Every shared real-world message, delivered into the consult mailbox, ends as a drafted consult or
// in quarantine with a reason; none stops the pipeline, none is lost, none is processed twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/mail/parse.js';
import { deliver, messageCount, openImap, waitFor } from '../helpers/mailstack.js';
import { sharedEmails } from '../helpers/shared-emails.js';
import { startHarness, type Harness } from './pipeline-harness.js';

describe('real-world mail in the consult mailbox', () => {
  let h: Harness;
  const emails = sharedEmails();

  beforeAll(async () => {
    h = await startHarness({ web: false, sender: false });
  });
  afterAll(async () => {
    await h.stop();
  });

  async function rows() {
    return h.ctx.db
      .selectFrom('inbound_messages as m')
      .innerJoin('mailboxes as b', 'b.id', 'm.mailbox_id')
      .innerJoin('consults as c', 'c.id', 'm.consult_id')
      .select([
        'm.id',
        'm.state',
        'm.message_id',
        'm.screen_reason',
        'c.state as consultState',
        'c.quarantine_reason',
      ])
      .where('b.address', '=', h.consultAddress)
      .execute();
  }

  it(
    'ends each message as a draft awaiting review or in quarantine with a stated reason',
    { timeout: 300_000 },
    async () => {
      for (const email of emails) await deliver(h.consultAddress, email.raw);

      // Every delivered message leaves INBOX, and only after its source is stored.
      const imap = await openImap(h.consultAddress);
      await waitFor(
        async () =>
          (await messageCount(imap, 'INBOX')) === 0 &&
          (await messageCount(imap, 'Processed')) === emails.length,
        'the mailbox to be drained',
        60_000,
      );
      await imap.logout();

      const stored = await h.ctx.db
        .selectFrom('inbound_messages as m')
        .innerJoin('mailboxes as b', 'b.id', 'm.mailbox_id')
        .select('m.message_id')
        .where('b.address', '=', h.consultAddress)
        .execute();
      // Copies of one Message-ID are one message (several fixtures reuse ids); everything else is stored.
      const distinctIds = new Set(
        await Promise.all(emails.map(async (e) => (await parseMessage(e.raw)).messageId)),
      );
      expect(stored.length).toBe(distinctIds.size);
      expect(new Set(stored.map((r) => r.message_id)).size).toBe(stored.length);

      const final = await waitFor(
        async () => {
          const all = await rows();
          return (
            all.length === stored.length &&
            all.every((r) => ['drafted', 'quarantined'].includes(r.state)) &&
            all
          );
        },
        'every message to reach an end',
        240_000,
      );

      for (const r of final) {
        if (r.state === 'quarantined') {
          expect(r.consultState).toBe('quarantined');
          expect(r.quarantine_reason, r.message_id).toMatch(/\w{4,}/);
        } else {
          expect(['awaiting_review', 'drafting']).toContain(r.consultState);
        }
      }
      const drafts = await h.ctx.db
        .selectFrom('drafts')
        .select(['based_on_message_id'])
        .where(
          'based_on_message_id',
          'in',
          final.map((r) => r.id),
        )
        .execute();
      expect(drafts.length).toBe(final.filter((r) => r.state === 'drafted').length);
      const quarantined = final.filter((r) => r.state === 'quarantined').length;
      expect(quarantined).toBeGreaterThanOrEqual(
        emails.filter((e) => ['bounce', 'feedback-report', 'mdn'].includes(e.category)).length - 3,
      );
    },
  );
});
