// A sender asked to stop while an SMTP transaction is in flight waits for the server's answer (up to
// SHUTDOWN_GRACE_MS), so the reply is recorded as sent instead of ending as "outcome unknown".
import { describe, expect, it } from 'vitest';
import { startFaultySmtp } from '../../helpers/faulty-smtp.js';
import { newMailbox, waitFor } from '../../helpers/mailstack.js';
import { startRoleProcess } from '../../helpers/role-process.js';
import { ownRedisUrl } from '../../helpers/stack-env.js';
import { sendQueueSuite } from './send-queue-suite.js';
import { approvedConsult, outboxRow } from './approved-consult.js';

// A Redis database of its own: the sender process works only on this suite's send queue.
const REDIS_URL = ownRedisUrl(13);

describe('stopping a sender in the middle of a send', () => {
  const suite = sendQueueSuite(REDIS_URL);
  const consultAddress = newMailbox('consult');

  /** Starts a sender, sends one reply through an SMTP server that answers the final dot after
   * `smtpDelayMs`, and sends SIGTERM once the message is there. */
  async function stopMidSend(smtpDelayMs: number, graceMs: number) {
    const smtp = await startFaultySmtp('slow-after-message', { delayMs: smtpDelayMs });
    const sender = await startRoleProcess('sender', {
      consultAddress,
      databaseUrl: suite.scratch.url,
      redisUrl: REDIS_URL,
      smtpPort: String(smtp.port),
      env: { IMAP_SENT_FOLDER: '', SHUTDOWN_GRACE_MS: String(graceMs) },
    });
    const child = sender.child;
    try {
      const { outboxId } = await approvedConsult(suite.scratch.db, consultAddress, newMailbox('asker'));
      await suite.queues.enqueue('send', { outboxId });
      await waitFor(async () => smtp.messagesReceived() === 1, 'the message to reach the server');
      const stopAt = Date.now();
      child.kill('SIGTERM');
      const code = await sender.exited;
      return {
        code,
        stoppedAfterMs: Date.now() - stopAt,
        row: await outboxRow(suite.scratch.db, outboxId),
        smtp,
      };
    } finally {
      child.kill('SIGKILL');
      await smtp.close();
    }
  }

  it('waits longer than the old fixed 15 s for the server to accept, and records the reply as sent', async () => {
    const { code, stoppedAfterMs, row, smtp } = await stopMidSend(16_000, 30_000);
    expect(code).toBe(0);
    expect(smtp.messagesAccepted()).toBe(1);
    expect(row.state).toBe('sent');
    expect(stoppedAfterMs).toBeGreaterThan(14_000);
  }, 60_000);

  it('exits once SHUTDOWN_GRACE_MS has passed, leaving the send for the sweeper to judge', async () => {
    const { code, stoppedAfterMs, row } = await stopMidSend(8_000, 1_000);
    expect(code).toBe(1);
    expect(stoppedAfterMs).toBeLessThan(5_000);
    expect(row.state).toBe('sending'); // handed over: never resent blindly, settled by its copy (settle.test.ts)
  }, 60_000);
});
