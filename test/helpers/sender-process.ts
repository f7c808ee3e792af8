// A sender process of its own (workers/sender.ts), as operators run it, for the tests that stop or kill
// it mid-send: on a scratch database, a Redis database of the suite's, and the given mail servers.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { consultEnv, waitFor } from './mailstack.js';
import { stackEnv } from './stack-env.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface SenderProcess {
  child: ChildProcess;
  output(): string;
  /** The exit code (null when ended by a signal). */
  exited: Promise<number | null>;
}

export interface SenderSetup {
  consultAddress: string;
  databaseUrl: string;
  redisUrl: string;
  smtpPort: string;
  env?: NodeJS.ProcessEnv;
}

/** Starts a sender and resolves once it says it is running (its sweep of what a previous run left has begun). */
export async function startSenderProcess(setup: SenderSetup): Promise<SenderProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'workers/sender.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...consultEnv(setup.consultAddress),
      DATABASE_URL: setup.databaseUrl,
      REDIS_URL: setup.redisUrl,
      IMAP_HOST: '127.0.0.1',
      IMAP_PORT: stackEnv.IMAP_PORT,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: setup.smtpPort,
      LOG_LEVEL: 'warn',
      ...setup.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const sender = { child, output: () => output, exited };
  try {
    await waitFor(async () => output.includes('sender running'), 'the sender to start', 60_000);
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  return sender;
}
