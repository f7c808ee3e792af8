// One poison-mail case of poison.bench.ts, in a process of its own so its memory figures are its own:
// the poller and the pipeline run here (as `npm start` runs them), the poison is delivered to a fresh
// consult mailbox, and a normal question right after it. Prints one JSON object.
// Usage: node --import tsx test/bench/poison-case.ts 50mb|10mb-text|4mb-nested-html
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import nodemailer from 'nodemailer';
import { createContext, type AppContext } from '../../src/app/context.js';
import { createHealthCheck } from '../../src/app/role-health.js';
import { startPipeline, startPoller } from '../../src/app/roles.js';
import { createLogger } from '../../src/logger.js';
import { consultEnv, newMailbox } from '../helpers/mailstack.js';
import { stackEnv, testConfig } from '../helpers/stack-env.js';
import { generatedQuestion } from './question-generator.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const MB = 1_000_000;
const round = (x: number, d = 0) => Math.round(x * 10 ** d) / 10 ** d;

function headers(kind: string, type: string): string {
  return (
    `From: Poison Sender <poison@clinic.example>\r\nTo: consult@example.test\r\nSubject: ${kind}\r\n` +
    `Message-ID: <poison.${kind}.${Date.now()}@clinic.example>\r\nContent-Type: ${type}\r\n\r\n`
  );
}

/** 50 MB (BENCH_POISON_MB): a question with a large scanned attachment, base64 in 76-character lines. */
function fiftyMegabytes(): Buffer {
  const size = Number(process.env.BENCH_POISON_MB ?? 50) * MB;
  const line = 'QUJD'.repeat(19) + '\r\n';
  return Buffer.from(
    headers(`${size / MB} MB message`, 'multipart/mixed; boundary=b') +
      '--b\r\nContent-Type: text/plain\r\n\r\nCan 32555 be billed with 76942? Chart attached.\r\n' +
      '--b\r\nContent-Type: application/pdf; name=chart.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n' +
      line.repeat(Math.ceil(size / line.length)) +
      '--b--\r\n',
  );
}

/** 10 MB of plain-text question, dense with codes. */
function tenMegabyteText(): Buffer {
  const line = 'Can 32555 be billed with 76942-26 on DOS 03/04/2025, dx J91.0, and 99214-25 x2?\r\n';
  return Buffer.from(
    headers('10 MB text', 'text/plain; charset=utf-8') + line.repeat(Math.ceil((10 * MB) / line.length)),
  );
}

/** 4 MB of HTML nested ever deeper, a code at every level. */
function fourMegabyteNestedHtml(): Buffer {
  const levels = Math.floor((4 * MB) / '<blockquote>32555 </blockquote>'.length);
  const html =
    '<html><body>' +
    '<blockquote>32555 '.repeat(levels) +
    'Is 76942 bundled?' +
    '</blockquote>'.repeat(levels) +
    '</body></html>\r\n';
  return Buffer.from(headers('4 MB nested HTML', 'text/html; charset=utf-8') + html);
}

/**
 * Delivers a file by LMTP from a child process, so the sender's copies of the message count neither in
 * this process's memory nor in its event loop: only the service's work on the message does.
 */
async function deliverFromChild(to: string, file: string): Promise<void> {
  const script = `
    const nodemailer = require('nodemailer');
    const [port, to, file] = process.argv.slice(1);
    nodemailer.createTransport({ host: '127.0.0.1', port: Number(port), lmtp: true, ignoreTLS: true })
      .sendMail({ envelope: { from: 'sender@clinic.example', to: [to] }, raw: { path: file } })
      .then(() => process.exit(0), (err) => { console.error(err); process.exit(1); });`;
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script, stackEnv.LMTP_PORT!, to, file], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`delivery failed (${code})`))));
  });
}

interface Figures {
  idleRssMb: number;
  peakRssMb: number;
  maxEventLoopStallMs: number;
  healthProbes: number;
  unhealthyProbes: number;
  slowestProbeMs: number;
}

/** Samples this process's RSS every 10 ms, its event-loop delay, and /healthz every 250 ms. */
function watch(ctx: AppContext): { stop(): Figures } {
  const idle = process.memoryUsage().rss;
  let peak = idle;
  const rss = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const check = createHealthCheck(ctx);
  const probes: { ok: boolean; ms: number }[] = [];
  let running = true;
  void (async () => {
    while (running) {
      const started = performance.now();
      const report = await check();
      probes.push({ ok: report.ok, ms: performance.now() - started });
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  return {
    stop() {
      running = false;
      clearInterval(rss);
      lag.disable();
      return {
        idleRssMb: round(idle / MB),
        peakRssMb: round(peak / MB),
        maxEventLoopStallMs: round(lag.max / 1e6),
        healthProbes: probes.length,
        unhealthyProbes: probes.filter((p) => !p.ok).length,
        slowestProbeMs: round(Math.max(...probes.map((p) => p.ms))),
      };
    },
  };
}

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error('timed out waiting for the pipeline');
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function poisonCase(file: string, bytes: number) {
  const address = newMailbox('poison');
  const ctx = createContext(
    testConfig({ ...consultEnv(address), IMAP_POLL_INTERVAL_MS: '200' }),
    createLogger('silent'),
  );
  startPipeline(ctx);
  startPoller(ctx);
  await new Promise((r) => setTimeout(r, 1500)); // connected and idle
  const w = watch(ctx);
  const normalId = `<normal.${Date.now()}@clinic.example>`;
  const started = performance.now();
  await deliverFromChild(address, file);
  const poisonDelivered = performance.now();
  // The normal question arrives as the service starts on the poison (its poller, then its ingest).
  const normalSent = Date.now();
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: Number(stackEnv.LMTP_PORT),
    lmtp: true,
    ignoreTLS: true,
  });
  await transport.sendMail({
    envelope: { from: 'asker@clinic.example', to: [address] },
    raw: generatedQuestion(1, normalId),
  });
  transport.close();
  const [normalDraft, [poison, poisonDone]] = await Promise.all([
    until(
      () =>
        ctx.db
          .selectFrom('inbound_messages as m')
          .innerJoin('drafts as d', 'd.based_on_message_id', 'm.id')
          .select('d.created_at')
          .where('m.message_id', '=', normalId)
          .executeTakeFirst(),
      120_000,
    ),
    until(
      () =>
        ctx.db
          .selectFrom('inbound_messages as m')
          .innerJoin('mailboxes as b', 'b.id', 'm.mailbox_id')
          .leftJoin('consults as c', 'c.id', 'm.consult_id')
          .select(['m.state', 'm.size', 'm.intake_notes', 'c.quarantine_reason'])
          .where('b.address', '=', address)
          .where('m.message_id', '!=', normalId)
          .where('m.state', 'in', ['drafted', 'quarantined', 'threaded'])
          .executeTakeFirst(),
      300_000,
    ).then((row) => [row, performance.now()] as const),
  ]);
  const figures = w.stop();
  await ctx.shutdown.run();
  return {
    bytes,
    deliverySeconds: round((poisonDelivered - started) / 1000, 2),
    poisonSecondsAfterDelivery: round((poisonDone - poisonDelivered) / 1000, 2),
    outcome: poison.quarantine_reason ? `${poison.state}: ${poison.quarantine_reason}` : poison.state,
    notes: poison.intake_notes,
    normalQuestionDraftedMs: normalDraft.created_at.getTime() - normalSent,
    ...figures,
  };
}

const CASES: Record<string, () => Buffer> = {
  '50mb': fiftyMegabytes,
  '10mb-text': tenMegabyteText,
  '4mb-nested-html': fourMegabyteNestedHtml,
};

const make = CASES[process.argv[2] ?? ''];
if (!make) throw new Error(`which case? ${Object.keys(CASES).join(', ')}`);
// Written out and let go before the service starts, so its memory is not counted as the service's.
const dir = await mkdtemp(path.join(tmpdir(), 'poison-'));
const file = path.join(dir, 'message.eml');
const bytes = await (async (raw: Buffer) => (await writeFile(file, raw), raw.length))(make());
(globalThis as { gc?: () => void }).gc?.(); // run with --expose-gc (poison.bench.ts does)
try {
  console.log(JSON.stringify(await poisonCase(file, bytes)));
} finally {
  await rm(dir, { recursive: true, force: true });
}
process.exit(0);
