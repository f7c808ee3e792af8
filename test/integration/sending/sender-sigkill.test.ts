// Fault proof for sends: the sender process is SIGKILLed at random moments while approved replies go
// out through the real Postfix, and restarted each time. Every reply ends sent or failed; none reaches
// the asker twice (counted by Message-ID in the asker's mailbox), none is lost, at most 5% are left for
// a person, and none is left in `sending` two minutes after the last restart. The figures are printed.
import { describe, expect, it } from 'vitest';
import { newMailbox, openImap, waitFor } from '../../helpers/mailstack.js';
import { seededRandom } from '../../helpers/seeded-random.js';
import { startRoleProcess, type RoleSetup } from '../../helpers/role-process.js';
import { ownRedisUrl, stackEnv } from '../../helpers/stack-env.js';
import { sendQueueSuite } from './send-queue-suite.js';
import { approvedConsult } from './approved-consult.js';

const REPLIES = Number(process.env.SIGKILL_REPLIES ?? 80);
const MAX_KILLS = 12;
const SEED = Number(process.env.SIGKILL_SEED ?? Date.now() % 1_000_000);
// A Redis database of its own: the sender processes work only on this suite's send queue.
const REDIS_URL = ownRedisUrl(14);

describe('SIGKILL of the sender while replies go out', () => {
  const suite = sendQueueSuite(REDIS_URL);

  const countIn = async (ids: string[], states: string[]) =>
    (
      await suite.scratch.db
        .selectFrom('outbox')
        .select('id')
        .where('id', 'in', ids)
        .where('state', 'in', states as never)
        .execute()
    ).length;

  /** Deliveries in the asker's INBOX, by Message-ID. */
  async function deliveries(asker: string): Promise<Map<string, number>> {
    const imap = await openImap(asker);
    const counts = new Map<string, number>();
    try {
      const lock = await imap.getMailboxLock('INBOX');
      try {
        if (!imap.mailbox || imap.mailbox.exists === 0) return counts;
        for await (const m of imap.fetch('1:*', { envelope: true })) {
          const id = m.envelope?.messageId ?? '';
          counts.set(id, (counts.get(id) ?? 0) + 1);
        }
      } finally {
        lock.release();
      }
    } finally {
      await imap.logout();
    }
    return counts;
  }

  /** Returns as soon as one of the replies is claimed (polled closely: a send lasts milliseconds). */
  async function claimOpen(ids: string[]): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && (await countIn(ids, ['sending'])) === 0)
      await new Promise((r) => setTimeout(r, 2));
  }

  it(`sends each of ${REPLIES} replies at most once, loses none, and leaves at most 5% for a person`, async () => {
    const rand = seededRandom(SEED);
    const consultAddress = newMailbox('consult');
    const asker = newMailbox('asker');
    const ids: string[] = [];
    for (let i = 0; i < REPLIES; i++)
      ids.push((await approvedConsult(suite.scratch.db, consultAddress, asker)).outboxId);
    for (const outboxId of ids) await suite.queues.enqueue('send', { outboxId });
    const setup: RoleSetup = {
      consultAddress,
      databaseUrl: suite.scratch.url,
      redisUrl: REDIS_URL,
      smtpPort: stackEnv.SMTP_PORT ?? '25',
    };

    let kills = 0;
    const strandedByKills = new Set<string>();
    while (kills < MAX_KILLS && (await countIn(ids, ['queued', 'sending'])) > 0) {
      const sender = await startRoleProcess('sender', setup);
      // Every other kill waits for a claim to be open, so it lands inside an SMTP transaction.
      if (kills % 2 === 1) await claimOpen(ids);
      await new Promise((r) => setTimeout(r, rand() * (kills % 2 === 1 ? 20 : 700)));
      sender.child.kill('SIGKILL');
      await sender.exited;
      kills++;
      const stranded = await suite.scratch.db
        .selectFrom('outbox')
        .select('id')
        .where('id', 'in', ids)
        .where('state', '=', 'sending')
        .execute();
      for (const r of stranded) strandedByKills.add(r.id);
    }

    const restartedAt = Date.now();
    const last = await startRoleProcess('sender', setup);
    try {
      await waitFor(async () => (await countIn(ids, ['sending'])) === 0, 'no reply in sending', 120_000);
      const settleMs = Date.now() - restartedAt;
      await waitFor(
        async () => (await countIn(ids, ['queued', 'sending'])) === 0,
        'every reply sent or failed',
        180_000,
      );
      const sentIds = await suite.scratch.db
        .selectFrom('outbox')
        .select(['message_id', 'state'])
        .where('id', 'in', ids)
        .execute();
      const sent = sentIds.filter((r) => r.state === 'sent');
      const failed = sentIds.filter((r) => r.state === 'failed');
      await waitFor(
        async () => [...(await deliveries(asker)).values()].reduce((a, b) => a + b, 0) >= sent.length,
        'the sent replies to reach the asker',
        60_000,
      );
      const delivered = await deliveries(asker);
      const audit = await suite.scratch.db
        .selectFrom('audit_events')
        .select(['action', 'detail'])
        .where('actor', '=', 'sweeper')
        .execute();
      const figures = {
        seed: SEED,
        replies: REPLIES,
        kills,
        strandedByKills: strandedByKills.size,
        sent: sent.length,
        settledFromCopy: audit.filter((a) => a.action === 'send.sent').length,
        requeuedBeforeFinalDot: audit.filter((a) => a.action === 'send.requeued').length,
        leftForPerson: failed.length,
        sentTwice: [...delivered.values()].filter((n) => n > 1).length,
        lost: sent.filter((r) => !delivered.has(r.message_id)).length,
        failedButDelivered: failed.filter((r) => delivered.has(r.message_id)).length,
        secondsToSettleAfterRestart: Math.round(settleMs / 100) / 10,
      };
      console.log(`sender SIGKILL figures: ${JSON.stringify(figures)}`);
      expect(figures.sentTwice).toBe(0);
      expect(figures.lost).toBe(0);
      expect(figures.sent + figures.leftForPerson).toBe(REPLIES);
      expect(figures.leftForPerson).toBeLessThanOrEqual(Math.floor(REPLIES * 0.05));
    } finally {
      last.child.kill('SIGKILL');
      await last.exited;
    }
  }, 600_000);
});
