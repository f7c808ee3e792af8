// Server faults on this clone's own local stack, for the fault tests: PostgreSQL or Redis stopped the
// hard way, then started again by the project's own `stack.sh up --fast` (which starts what is down).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import { waitFor } from './mailstack.js';
import { stackEnv } from './stack-env.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
// The servers' data lives behind `.stack/state`; a clone set up before that keeps it in `.stack/`.
const STATE = existsSync(path.join(ROOT, '.stack', 'state'))
  ? path.join(ROOT, '.stack', 'state')
  : path.join(ROOT, '.stack');

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function stackUp(): Promise<void> {
  const child = spawn('bash', [path.join(ROOT, 'src/stack/stack.sh'), 'up', '--fast'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`stack.sh up --fast exited with ${code}`);
}

/** PostgreSQL's fast shutdown (every client cut off mid-transaction), then started again. */
export async function restartPostgres(): Promise<void> {
  const pid = Number(readFileSync(path.join(STATE, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
  process.kill(pid, 'SIGINT');
  await waitFor(async () => !alive(pid), 'PostgreSQL to stop', 30_000);
  await stackUp();
}

/** Redis stopped without saving (the fast stack keeps no append-only file), so every queued job is
 * gone; `startRedis` brings it back empty. */
export async function stopRedis(): Promise<void> {
  const pidFile = path.join(STATE, 'run', 'redis.pid');
  const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').trim()) : 0;
  const redis = new Redis(`redis://127.0.0.1:${new URL(stackEnv.REDIS_URL ?? '').port}`, {
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  await redis.call('shutdown', 'nosave').catch(() => undefined);
  redis.disconnect();
  if (pid) await waitFor(async () => !alive(pid), 'Redis to stop', 30_000);
}

export const startRedis = stackUp;

export async function restartRedis(): Promise<void> {
  await stopRedis();
  await stackUp();
}
