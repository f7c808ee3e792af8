// `npm start`'s entry point: every role in one process, ready line, health, graceful stop on SIGTERM.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { consultEnv, newMailbox } from '../helpers/mailstack.js';
import { stackEnv } from '../helpers/stack-env.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

describe('starting CodeDesk', () => {
  it('runs every role, says where it is ready, reports health and stops cleanly on SIGTERM', async () => {
    const env = {
      ...process.env,
      ...stackEnv,
      ...consultEnv(newMailbox('consult')),
      DATABASE_URL: stackEnv.TEST_DATABASE_URL,
      REDIS_URL: stackEnv.TEST_REDIS_URL,
      WEB_PORT: '0',
      LOG_LEVEL: 'warn',
    };
    const child = spawn(process.execPath, ['--import', 'tsx', 'workers/main.ts'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not ready in time:\n${output}`)), 90_000);
      child.stdout.on('data', () => {
        const m = /CodeDesk ready at (http:\/\/\S+)/.exec(output);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
    });
    const health = await fetch(`${url}/healthz`);
    const body = (await health.json()) as { components: Record<string, { ok: boolean }> };
    expect(Object.keys(body.components)).toEqual(expect.arrayContaining(['database', 'redis', 'mailbox']));
    expect(body.components.database!.ok).toBe(true);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 120_000);
});
