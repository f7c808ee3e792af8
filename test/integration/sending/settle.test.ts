// Replies a dead sender left in `sending` settle themselves against the real Dovecot and Postfix:
// found in the mailbox -> sent, never handed over -> sent again once, handed over and nowhere ->
// failed with an alert, mailbox unreadable -> left for the next look. None reaches the asker twice.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/logger.js';
import { listUnacknowledgedFailures } from '../../../src/sending/repositories/send-alerts.repository.js';
import { sendJob, type SendDeps } from '../../../src/sending/send.job.js';
import { NO_COPY_FOUND, settleAbandonedSends } from '../../../src/sending/send-settle.js';
import { outboxMessageOf } from '../../../src/sending/repositories/outbox.repository.js';
import { claimForSending } from '../../../src/sending/repositories/send-state.repository.js';
import { SenderPresence } from '../../../src/sending/sender-presence.js';
import { imapCopyFinder, type CopyFinder } from '../../../src/sending/sent-copies.js';
import { composeRaw, createSmtpSender } from '../../../src/sending/smtp-transport.js';
import { consultState } from '../../helpers/consult-state.js';
import { startFaultySmtp } from '../../helpers/faulty-smtp.js';
import { consultEnv, newMailbox, openImap, waitForMessages } from '../../helpers/mailstack.js';
import { recordingQueues } from '../../helpers/recording-queues.js';
import { createScratchDb, type ScratchDb } from '../../helpers/scratch-db.js';
import { testConfig } from '../../helpers/stack-env.js';
import { approvedConsult, auditActions, outboxRow } from './approved-consult.js';

/** A sender id no process holds: the claims below belong to a sender that died. */
const DEAD_SENDER = 7;

describe('settling sends a stopped sender left in sending', () => {
  let scratch: ScratchDb;
  const consultAddress = newMailbox('consult');
  const config = testConfig(consultEnv(consultAddress));
  const consult = { address: consultAddress, name: 'CodeDesk Test' };
  const queues = recordingQueues();
  const logger = createLogger('silent');
  const finder = imapCopyFinder(config.imap);
  const settle = (f: CopyFinder = finder) =>
    settleAbandonedSends(
      { db: scratch.db, finder: f, queues, logger },
      { copyWaitSeconds: 60, staleAfterSeconds: 300 },
    );

  beforeAll(async () => {
    scratch = await createScratchDb();
  });
  beforeEach(async () => {
    // Each spec judges only its own rows: what an earlier one left in `sending` is put aside.
    await scratch.db.updateTable('outbox').set({ state: 'failed' }).where('state', '=', 'sending').execute();
  });
  afterAll(async () => {
    await scratch.drop();
  });

  /** An approved reply claimed by `senderId`, as a crash leaves it; `handedOver` seconds ago when set. */
  async function claimed(asker: string, opts: { senderId?: number; handedOver?: number } = {}) {
    const { consultId, outboxId } = await approvedConsult(scratch.db, consultAddress, asker);
    const row = (await claimForSending(scratch.db, outboxId, opts.senderId ?? DEAD_SENDER))!;
    if (opts.handedOver !== undefined)
      await scratch.db
        .updateTable('outbox')
        .set({ handed_over_at: new Date(Date.now() - opts.handedOver * 1000) })
        .where('id', '=', outboxId)
        .execute();
    return { consultId, outboxId, row, raw: await composeRaw({ ...row, toAddress: asker }, consult) };
  }

  /** How many messages with this Message-ID the asker's INBOX holds. */
  async function askerCopies(asker: string, messageId: string): Promise<number> {
    const imap = await openImap(asker);
    try {
      const lock = await imap.getMailboxLock('INBOX');
      try {
        return ((await imap.search({ header: { 'Message-ID': messageId } })) || []).length;
      } finally {
        lock.release();
      }
    } finally {
      await imap.logout();
    }
  }

  it('marks sent, without sending again, a reply the server took before the sender died (its copy arrived)', async () => {
    const asker = newMailbox('asker');
    const { consultId, outboxId, row, raw } = await claimed(asker, { handedOver: 1 });
    // The server accepted the message, copy to the consult mailbox included; then the sender died.
    await createSmtpSender(config.smtp).send(
      { from: consultAddress, to: [asker], copyTo: consultAddress },
      raw,
    );
    await waitForMessages(consultAddress, 1);
    expect(await settle()).toMatchObject({ sent: 1, requeued: 0, failed: 0 });
    expect((await outboxRow(scratch.db, outboxId)).state).toBe('sent');
    expect(await consultState(scratch.db, consultId)).toBe('sent');
    expect(await auditActions(scratch.db, consultId)).toContain('send.sent');
    await waitForMessages(asker, 1);
    expect(await askerCopies(asker, row.messageId)).toBe(1);
  });

  it('marks sent a reply whose copy is in the Sent folder (a server that keeps one)', async () => {
    const { outboxId, raw } = await claimed(newMailbox('asker'), { handedOver: 120 });
    const imap = await openImap(consultAddress);
    await imap.mailboxCreate('Sent').catch(() => undefined);
    await imap.append('Sent', raw, ['\\Seen']);
    await imap.logout();
    expect(await settle()).toMatchObject({ sent: 1 });
    expect((await outboxRow(scratch.db, outboxId)).state).toBe('sent');
  });

  it("marks sent a reply whose server's answer to the final dot was lost, once its copy is found", async () => {
    const server = await startFaultySmtp('after-message');
    try {
      const { outboxId } = await approvedConsult(scratch.db, consultAddress, newMailbox('asker'));
      await expect(
        sendJob(
          { ...sendDeps(), smtp: createSmtpSender({ ...config.smtp, port: server.port }) },
          { outboxId },
        ),
      ).rejects.toThrow(/not retried/);
      const row = await outboxRow(scratch.db, outboxId);
      expect(row.state).toBe('sending'); // given up by its sender, to be settled by its copy
      // The server had taken it, and keeps a copy in Sent (as Gmail and Microsoft 365 do).
      const imap = await openImap(consultAddress);
      await imap.mailboxCreate('Sent').catch(() => undefined);
      await imap.append('Sent', await composeRaw(outboxMessageOf(row), consult), ['\\Seen']);
      await imap.logout();
      expect(await settle()).toMatchObject({ sent: 1 });
      expect((await outboxRow(scratch.db, outboxId)).state).toBe('sent');
      expect(server.messagesReceived()).toBe(1);
    } finally {
      await server.close();
    }
  });

  it('fails, with a desk alert, a reply handed over with no copy anywhere once the copy had time to arrive', async () => {
    const asker = newMailbox('asker');
    const fresh = await claimed(asker, { handedOver: 5 });
    const old = await claimed(asker, { handedOver: 120 });
    expect(await settle()).toMatchObject({ failed: 1, waiting: 1 });
    expect((await outboxRow(scratch.db, fresh.outboxId)).state).toBe('sending');
    const row = await outboxRow(scratch.db, old.outboxId);
    expect(row.state).toBe('failed');
    expect(row.last_error).toBe(NO_COPY_FOUND);
    expect(await consultState(scratch.db, old.consultId)).toBe('failed');
    expect((await listUnacknowledgedFailures(scratch.db)).map((a) => a.outboxId)).toContain(old.outboxId);
    expect(await askerCopies(asker, row.message_id)).toBe(0);
  });

  it('sends again, once, a reply whose final dot never went out', async () => {
    const asker = newMailbox('asker');
    const { consultId, outboxId, row } = await claimed(asker);
    queues.added.length = 0;
    expect(await settle()).toMatchObject({ requeued: 1 });
    expect((await outboxRow(scratch.db, outboxId)).state).toBe('queued');
    expect(await consultState(scratch.db, consultId)).toBe('approved');
    expect(queues.added).toContainEqual({ name: 'send', payload: { outboxId } });
    expect(await sendJob(sendDeps(), { outboxId })).toBe('done');
    await waitForMessages(asker, 1);
    expect(await askerCopies(asker, row.messageId)).toBe(1);
  });

  it('leaves alone a claim its live sender still holds', async () => {
    const presence = new SenderPresence(scratch.db, logger);
    await presence.start();
    try {
      const { outboxId } = await claimed(newMailbox('asker'), { senderId: presence.id });
      await settle();
      expect((await outboxRow(scratch.db, outboxId)).state).toBe('sending');
    } finally {
      await presence.stop();
    }
  });

  it('keeps a handed-over reply in sending while the mailbox cannot be read, and settles it once it can', async () => {
    const { outboxId } = await claimed(newMailbox('asker'), { handedOver: 120 });
    const down = imapCopyFinder({ ...config.imap, port: 1 });
    expect(await settle(down)).toMatchObject({ unknowable: 1, failed: 0, sent: 0 });
    expect((await outboxRow(scratch.db, outboxId)).state).toBe('sending');
    await settle();
    expect((await outboxRow(scratch.db, outboxId)).state).toBe('failed');
  });

  it('does not send a reply whose claim was settled before the final dot', async () => {
    const asker = newMailbox('asker');
    const { outboxId } = await approvedConsult(scratch.db, consultAddress, asker);
    const real = createSmtpSender(config.smtp);
    // The sweeper takes the claim back (as if this process had looked dead) while the message is on its way.
    const deps: SendDeps = {
      ...sendDeps(),
      smtp: {
        send: (envelope, raw, beforeFinalDot) =>
          real.send(envelope, raw, async () => {
            await scratch.db
              .updateTable('outbox')
              .set({ state: 'queued' })
              .where('id', '=', outboxId)
              .execute();
            await beforeFinalDot?.();
          }),
      },
    };
    expect(await sendJob(deps, { outboxId })).toBe('skipped');
    const row = await outboxRow(scratch.db, outboxId);
    expect(row.handed_over_at).toBeNull();
    // Nothing reached the server: a message it had taken would reach the consult mailbox's copy too.
    expect(await sendJob(sendDeps(), { outboxId })).toBe('done');
    await waitForMessages(asker, 1);
    expect(await askerCopies(asker, row.message_id)).toBe(1);
  });

  function sendDeps(): SendDeps {
    return {
      db: scratch.db,
      smtp: createSmtpSender(config.smtp),
      sentFolder: null,
      queues: null,
      consult,
      sending: config.sending,
      senderId: null,
      logger,
    };
  }
});
