// One role in a process of its own (workers/<role>.ts), as operators run it, for the tests that stop or
// kill it mid-work: on the given database, a Redis database of the suite's, and the stack's mail servers.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { consultEnv, waitFor } from './mailstack.js';
import { stackEnv } from './stack-env.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface RoleProcess {
  child: ChildProcess;
  output(): string;
  /** The exit code (null when ended by a signal). */
  exited: Promise<number | null>;
}

export interface RoleSetup {
  consultAddress: string;
  databaseUrl: string;
  redisUrl: string;
  /** The SMTP server replies go to (the stack's Postfix unless set). */
  smtpPort?: string;
  env?: NodeJS.ProcessEnv;
}

/** Starts the role and resolves once it says it is running (for a sender: its sweep of what a previous
 * run left has begun). */
export async function startRoleProcess(
  role: 'poller' | 'pipeline' | 'sender',
  setup: RoleSetup,
): Promise<RoleProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', `workers/${role}.ts`], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...consultEnv(setup.consultAddress),
      DATABASE_URL: setup.databaseUrl,
      REDIS_URL: setup.redisUrl,
      IMAP_HOST: '127.0.0.1',
      IMAP_PORT: stackEnv.IMAP_PORT,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: setup.smtpPort ?? stackEnv.SMTP_PORT,
      LOG_LEVEL: 'warn',
      ...setup.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const started = { child, output: () => output, exited };
  try {
    await waitFor(async () => output.includes(`${role} running`), `the ${role} to start`, 60_000);
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  return started;
}
