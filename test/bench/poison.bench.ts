// Poison mail (issue 15): a 50 MB message, a 10 MB text question and a 4 MB deeply nested HTML question.
// Each case runs in a process of its own (poison-case.ts), with the poller and the pipeline running in
// it as `npm start` runs them, and reports: how long the poison took from delivery to its final state
// (and what that state was), the process's RSS when idle and at its peak, the longest event-loop
// stall, whether /healthz stayed healthy (probed every 250 ms), and how long after it was sent a
// normal question, delivered right after the poison, was drafted (the target: within a second).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createDb, createPool } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { ensureSampleLoaded } from '../../src/refdata/sample.js';
import { testConfig } from '../helpers/stack-env.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

function runCase(name: string): Promise<Record<string, unknown>> {
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', 'test/bench/poison-case.ts', name],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve, reject) =>
    child.once('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n').pop()!))
        : reject(new Error(`${name} exited ${code}`)),
    ),
  );
}

export default async function poisonBench() {
  const db = createDb(createPool(testConfig().databaseUrl, 2));
  await migrateToLatest(db);
  await ensureSampleLoaded(db, testConfig().refdataDir);
  await db.destroy();
  return {
    fiftyMegabyteMessage: await runCase('50mb'),
    tenMegabyteTextQuestion: await runCase('10mb-text'),
    fourMegabyteNestedHtmlQuestion: await runCase('4mb-nested-html'),
  };
}
