import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/logger.js';
import { RECIPIENT_REFUSED } from '../../../src/sending/recipient.js';
import { sendJob, type SendDeps, UNKNOWN_OUTCOME } from '../../../src/sending/send.job.js';
import { NO_COPY_FOUND, settleAbandonedSends } from '../../../src/sending/send-settle.js';
import { RELEASED_CLAIM } from '../../../src/sending/sender-presence.js';
import { imapCopyFinder } from '../../../src/sending/sent-copies.js';
import { createSmtpSender } from '../../../src/sending/smtp-transport.js';
import { startFaultySmtp } from '../../helpers/faulty-smtp.js';
import { consultEnv, messageCount, newMailbox, openImap, waitForMessages } from '../../helpers/mailstack.js';
import { createScratchDb, type ScratchDb } from '../../helpers/scratch-db.js';
import { testConfig } from '../../helpers/stack-env.js';
import { consultState } from '../../helpers/consult-state.js';
import { approvedConsult, auditActions, outboxRow } from './approved-consult.js';

describe('sending an approved reply', () => {
  let scratch: ScratchDb;
  const config = testConfig();
  const consult = { address: newMailbox('consult'), name: 'CodeDesk Test' };

  beforeAll(async () => {
    scratch = await createScratchDb();
  });
  afterAll(async () => {
    await scratch.drop();
  });

  const approved = (asker: string, padding = 0) =>
    approvedConsult(scratch.db, consult.address, asker, padding);

  function deps(port = config.smtp.port): SendDeps {
    return {
      db: scratch.db,
      smtp: createSmtpSender({ ...config.smtp, port }),
      sentFolder: null,
      queues: null,
      consult,
      sending: config.sending,
      senderId: null,
      logger: createLogger('silent'),
    };
  }

  it('delivers once, threaded under the question, however often the job runs', async () => {
    const asker = newMailbox('asker');
    const { consultId, outboxId } = await approved(asker);
    const d = deps();
    const results = await Promise.all([sendJob(d, { outboxId }), sendJob(d, { outboxId })]);
    expect(results.sort()).toEqual(['done', 'skipped']);
    expect(await sendJob(d, { outboxId })).toBe('skipped');

    const [raw] = await waitForMessages(asker, 1);
    const mail = await simpleParser(raw!);
    const row = await scratch.db
      .selectFrom('outbox')
      .selectAll()
      .where('id', '=', outboxId)
      .executeTakeFirstOrThrow();
    expect(mail.messageId).toBe(row.message_id);
    expect(mail.inReplyTo).toBe(row.in_reply_to);
    expect(mail.references).toEqual(['<root@clinic.example>', row.in_reply_to]);
    expect(mail.headers.get('auto-submitted')).toBe('no');
    expect(row.state).toBe('sent');
    expect(row.handed_over_at).toBeInstanceOf(Date);
    expect(await consultState(scratch.db, consultId)).toBe('sent');
    await new Promise((r) => setTimeout(r, 500));
    expect(await waitForMessages(asker, 1)).toHaveLength(1);
  });

  it('refuses a reply whose recipient is not exactly one address: failed, and neither address gets it', async () => {
    // A row as the old intake wrote it for `From: <attacker@...,someone@...>`, both real mailboxes here.
    const [attacker, someone] = [newMailbox('attacker'), newMailbox('someone')];
    const { consultId, outboxId } = await approved(`${attacker},${someone}`);
    expect(await sendJob(deps(), { outboxId })).toBe('done');
    const row = await scratch.db
      .selectFrom('outbox')
      .selectAll()
      .where('id', '=', outboxId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ state: 'failed', last_error: RECIPIENT_REFUSED });
    expect(await consultState(scratch.db, consultId)).toBe('failed');
    const audit = await scratch.db
      .selectFrom('audit_events')
      .select('action')
      .where('consult_id', '=', consultId)
      .execute();
    expect(audit.map((a) => a.action)).toContain('send.refused');
    await new Promise((r) => setTimeout(r, 1500)); // time for a delivery, were there one
    for (const mailbox of [attacker, someone]) {
      const imap = await openImap(mailbox);
      expect(await messageCount(imap, 'INBOX'), mailbox).toBe(0);
      await imap.logout();
    }
  });

  it('puts the reply back in the queue when the SMTP server cannot be reached, for a later retry', async () => {
    const { consultId, outboxId } = await approved(newMailbox('asker'));
    await expect(sendJob(deps(1), { outboxId })).rejects.toThrow();
    const row = await scratch.db
      .selectFrom('outbox')
      .selectAll()
      .where('id', '=', outboxId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ state: 'queued', attempts: 1 });
    expect(row.last_error).toBeTruthy();
    expect(await consultState(scratch.db, consultId)).toBe('approved');
  });

  // A short reply goes to the socket in one write; a long one waits on the socket's back-pressure.
  it.each([
    ['a short reply', 0],
    ['a reply larger than the socket buffers', 400_000],
  ])(
    'never resends %s whose connection dropped after the whole message went out: settled by its copy',
    async (_, padding) => {
      const server = await startFaultySmtp('after-message');
      try {
        const { consultId, outboxId } = await approved(newMailbox('asker'), padding);
        await expect(sendJob(deps(server.port), { outboxId })).rejects.toThrow(/not retried/);
        expect(await sendJob(deps(server.port), { outboxId })).toBe('skipped');
        expect(server.messagesReceived()).toBe(1);
        const given = await outboxRow(scratch.db, outboxId);
        expect(given).toMatchObject({ state: 'sending', claimed_by: RELEASED_CLAIM });
        expect(given.handed_over_at).toBeInstanceOf(Date);
        expect(given.last_error).toContain(UNKNOWN_OUTCOME);
        // This server keeps no copy and sent none to the consult mailbox: a person checks.
        const finder = imapCopyFinder(testConfig(consultEnv(consult.address)).imap);
        const logger = createLogger('silent');
        const options = { copyWaitSeconds: 0, staleAfterSeconds: 300 };
        await settleAbandonedSends({ db: scratch.db, finder, queues: null, logger }, options);
        const row = await outboxRow(scratch.db, outboxId);
        expect(row.state).toBe('failed');
        expect(row.last_error).toBe(NO_COPY_FOUND);
        expect(await consultState(scratch.db, consultId)).toBe('failed');
        expect(await auditActions(scratch.db, consultId)).toContain('send.unknown');
      } finally {
        await server.close();
      }
    },
  );

  it('retries a reply whose connection dropped before the message went out', async () => {
    const server = await startFaultySmtp('at-recipient');
    try {
      const { outboxId } = await approved(newMailbox('asker'));
      await expect(sendJob(deps(server.port), { outboxId })).rejects.toThrow(/will retry/);
      expect(server.messagesReceived()).toBe(0);
      const row = await scratch.db
        .selectFrom('outbox')
        .selectAll()
        .where('id', '=', outboxId)
        .executeTakeFirstOrThrow();
      expect(row.state).toBe('queued');
      expect(row.handed_over_at).toBeNull(); // the server never said "go ahead": certain it has nothing
    } finally {
      await server.close();
    }
  });

  it('fails a reply whose asker the server refuses, even though the copy to the consult mailbox was taken', async () => {
    const server = await startFaultySmtp('refuses-first-recipient');
    try {
      const { consultId, outboxId } = await approved(newMailbox('asker'));
      await expect(sendJob(deps(server.port), { outboxId })).rejects.toThrow(
        /refused the message permanently/,
      );
      expect(server.messagesAccepted()).toBe(1); // the copy: the server took the message for it alone
      const row = await scratch.db
        .selectFrom('outbox')
        .selectAll()
        .where('id', '=', outboxId)
        .executeTakeFirstOrThrow();
      expect(row.state).toBe('failed');
      expect(row.last_error).toMatch(/550/);
      expect(await consultState(scratch.db, consultId)).toBe('failed');
    } finally {
      await server.close();
    }
  });
});
