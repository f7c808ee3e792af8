// A sender asked to stop while an SMTP transaction is in flight waits for the server's answer (up to
// SHUTDOWN_GRACE_MS), so the reply is recorded as sent instead of ending as "outcome unknown".
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueues, type Queues } from '../../../src/queue/queues.js';
import { startFaultySmtp } from '../../helpers/faulty-smtp.js';
import { consultEnv, newMailbox, waitFor } from '../../helpers/mailstack.js';
import { createScratchDb, type ScratchDb } from '../../helpers/scratch-db.js';
import { stackEnv } from '../../helpers/stack-env.js';
import { approvedConsult, outboxRow } from './approved-consult.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
// A Redis database of its own: the sender process works only on this suite's send queue.
const REDIS_URL = (stackEnv.TEST_REDIS_URL ?? '').replace(/\/\d+$/, '') + '/13';

describe('stopping a sender in the middle of a send', () => {
  let scratch: ScratchDb;
  let queues: Queues;
  const consultAddress = newMailbox('consult');

  beforeAll(async () => {
    scratch = await createScratchDb();
    queues = createQueues(REDIS_URL);
    await queues.raw.send.obliterate({ force: true });
  });
  afterAll(async () => {
    await queues.raw.send.obliterate({ force: true });
    await queues.close();
    await scratch.drop();
  });

  /** Starts a sender, sends one reply through an SMTP server that answers the final dot after
   * `smtpDelayMs`, and sends SIGTERM once the message is there. */
  async function stopMidSend(smtpDelayMs: number, graceMs: number) {
    const smtp = await startFaultySmtp('slow-after-message', { delayMs: smtpDelayMs });
    const child = spawn(process.execPath, ['--import', 'tsx', 'workers/sender.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        ...consultEnv(consultAddress),
        DATABASE_URL: scratch.url,
        REDIS_URL,
        IMAP_HOST: '127.0.0.1',
        IMAP_PORT: stackEnv.IMAP_PORT,
        IMAP_SENT_FOLDER: '',
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(smtp.port),
        SHUTDOWN_GRACE_MS: String(graceMs),
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await waitFor(async () => output.includes('sender running'), `the sender to start:\n${output}`, 30_000);
      const { outboxId } = await approvedConsult(scratch.db, consultAddress, newMailbox('asker'));
      await queues.enqueue('send', { outboxId });
      await waitFor(async () => smtp.messagesReceived() === 1, 'the message to reach the server');
      const stopAt = Date.now();
      child.kill('SIGTERM');
      const code = await exited;
      return { code, stoppedAfterMs: Date.now() - stopAt, row: await outboxRow(scratch.db, outboxId), smtp };
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
    expect(row.state).toBe('sending'); // never resent: the sweeper marks it failed, outcome unknown
  }, 60_000);
});
