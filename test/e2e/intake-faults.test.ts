// Fault proof for intake: questions arrive in four batches while the poller and the pipeline run as
// processes of their own, and each batch meets one fault at a random moment: SIGKILL of the pipeline,
// SIGKILL of the poller, a restart of Redis (its queues lost), a restart of PostgreSQL (every
// connection cut). Every question still ends as one consult with one machine draft. Figures printed.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, createPool } from '../../src/db/database.js';
import { createQueues } from '../../src/queue/queues.js';
import { deliver, newMailbox, waitFor } from '../helpers/mailstack.js';
import { seededRandom } from '../helpers/seeded-random.js';
import { startRoleProcess, type RoleProcess, type RoleSetup } from '../helpers/role-process.js';
import { restartPostgres, restartRedis } from '../helpers/stack-faults.js';
import { ownRedisUrl, stackEnv } from '../helpers/stack-env.js';

const QUESTIONS = Number(process.env.INTAKE_FAULT_QUESTIONS ?? 40);
const SEED = Number(process.env.INTAKE_FAULT_SEED ?? Date.now() % 1_000_000);
// A Redis database of its own: these processes work only on this suite's queues.
const REDIS_URL = ownRedisUrl(15);
const DATABASE_URL = stackEnv.TEST_DATABASE_URL ?? '';

const question = (n: number, consult: string) =>
  [
    `From: Coder ${n} <coder${n}@clinic.example>`,
    `To: ${consult}`,
    `Subject: 32555 with 76942, case ${n}`,
    `Message-ID: <fault.${SEED}.${n}@clinic.example>`,
    `Date: ${new Date().toUTCString()}`,
    '',
    `Can 32555 be billed with 76942-26 on DOS 03/04/2025? Case ${n}.`,
    '',
  ].join('\r\n');

describe('intake under faults', () => {
  const pool = createPool(DATABASE_URL, 3);
  pool.on('error', () => undefined); // PostgreSQL is restarted under this pool
  const db = createDb(pool);
  const processes: RoleProcess[] = [];

  async function clearQueues() {
    const queues = createQueues(REDIS_URL);
    for (const q of Object.values(queues.raw)) await q.obliterate({ force: true });
    await queues.close();
  }
  beforeAll(clearQueues);
  afterAll(async () => {
    for (const p of processes) p.child.kill('SIGKILL');
    await clearQueues();
    await db.destroy();
  });

  /** Each question of the mailbox: its consult, the consult's state and how many machine drafts it has. */
  async function outcome(consultAddress: string) {
    const { rows } = await sql<{
      message_id: string;
      consult_id: string | null;
      state: string | null;
      drafts: number;
    }>`
      select m.message_id, m.consult_id, c.state,
             (select count(*)::int from drafts d where d.consult_id = c.id and d.source = 'machine') as drafts
        from inbound_messages m
        join mailboxes b on b.id = m.mailbox_id
        left join consults c on c.id = m.consult_id
       where b.address = ${consultAddress}`.execute(db);
    return rows;
  }

  it(`ends each of ${QUESTIONS} questions as one consult with one machine draft`, async () => {
    const rand = seededRandom(SEED);
    const consultAddress = newMailbox('consult');
    const setup: RoleSetup = { consultAddress, databaseUrl: DATABASE_URL, redisUrl: REDIS_URL };
    const start = async (role: 'poller' | 'pipeline') => {
      const p = await startRoleProcess(role, setup);
      processes.push(p);
      return p;
    };
    const kill = async (p: RoleProcess) => {
      p.child.kill('SIGKILL');
      await p.exited;
    };
    let poller = await start('poller');
    let pipeline = await start('pipeline');

    const faults: [string, () => Promise<void>][] = [
      ['SIGKILL pipeline', async () => (await kill(pipeline), void (pipeline = await start('pipeline')))],
      ['SIGKILL poller', async () => (await kill(poller), void (poller = await start('poller')))],
      ['restart Redis', restartRedis],
      ['restart PostgreSQL', restartPostgres],
    ];
    const perBatch = Math.ceil(QUESTIONS / faults.length);
    // How far intake had got when each fault struck: questions stored, and drafted, so far.
    const atFaults: { stored: number; drafted: number }[] = [];
    for (const [b, [, fault]] of faults.entries()) {
      for (let n = b * perBatch; n < Math.min(QUESTIONS, (b + 1) * perBatch); n++)
        await deliver(consultAddress, question(n, consultAddress));
      await new Promise((r) => setTimeout(r, rand() * 600));
      const so = await outcome(consultAddress);
      atFaults.push({ stored: so.length, drafted: so.filter((r) => r.drafts > 0).length });
      await fault();
    }
    const lastFaultAt = Date.now();

    const settled = async () => {
      const rows = await outcome(consultAddress).catch(() => []);
      return rows.length === QUESTIONS && rows.every((r) => r.state === 'awaiting_review' && r.drafts >= 1);
    };
    await waitFor(settled, 'every question to have a consult with a draft', 240_000).catch(async (err) => {
      // What was left, and what the processes said, so a failure can be read without a rerun.
      const rows = await outcome(consultAddress).catch(() => []);
      const stuck = rows.filter((r) => r.state !== 'awaiting_review' || r.drafts < 1);
      console.error(`seed ${SEED}: ${rows.length} stored, unsettled: ${JSON.stringify(stuck)}`);
      for (const p of processes) console.error(p.output().slice(-4000));
      throw err;
    });
    const rows = await outcome(consultAddress);
    const consults = new Set(rows.map((r) => r.consult_id));
    const figures = {
      seed: SEED,
      faults: faults.map(([name], i) => ({ fault: name, ...atFaults[i] })),
      questions: QUESTIONS,
      stored: rows.length,
      consults: consults.size,
      machineDrafts: rows.reduce((s, r) => s + r.drafts, 0),
      questionsWithOtherThanOneDraft: rows.filter((r) => r.drafts !== 1).length,
      secondsToSettleAfterLastFault: Math.round((Date.now() - lastFaultAt) / 100) / 10,
    };
    console.log(`intake fault figures: ${JSON.stringify(figures)}`);
    expect(new Set(rows.map((r) => r.message_id)).size).toBe(QUESTIONS);
    expect(figures.consults).toBe(QUESTIONS);
    expect(figures.questionsWithOtherThanOneDraft).toBe(0);
  }, 600_000);
});
