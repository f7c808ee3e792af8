// Sign-in limits per account as well as per client address, holding while Redis is down.
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/review/app.js';
import { seedReviewer } from '../../fixtures/desk/seed.js';
import { recordingQueues } from '../../helpers/recording-queues.js';
import { testConfig } from '../../helpers/stack-env.js';
import { apiSuite } from './helpers.js';

let lastOctet = 1;
const freshAddress = () => `198.18.${Math.floor(lastOctet / 250)}.${(lastOctet++ % 250) + 1}`;

/** One sign-in through the form (its token first), from `remoteAddress`; returns the status. */
async function attempt(
  app: FastifyInstance,
  email: string,
  password: string,
  from: { remoteAddress?: string; forwardedFor?: string } = {},
) {
  const form = await app.inject({ method: 'GET', url: '/sign-in' });
  const pre = [form.headers['set-cookie']].flat().find((c) => String(c).startsWith('codedesk_signin='))!;
  const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)![1]!;
  return app.inject({
    method: 'POST',
    url: '/sign-in',
    remoteAddress: from.remoteAddress,
    headers: {
      cookie: String(pre).split(';')[0]!,
      ...(from.forwardedFor ? { 'x-forwarded-for': from.forwardedFor } : {}),
    },
    payload: { email, password, _csrf: csrf },
  });
}

describe('sign-in limits', () => {
  const h = apiSuite();

  it('locks an account after 10 failed passwords from ever-changing addresses, even for the right password', async () => {
    const dee = await seedReviewer(h.scratch.db, 'Dee Target');
    const codes: number[] = [];
    for (let i = 0; i < 10; i++)
      codes.push(
        (await attempt(h.app, dee.email, `guess ${i}`, { remoteAddress: freshAddress() })).statusCode,
      );
    expect(codes).toEqual(Array(10).fill(401));
    const locked = await attempt(h.app, dee.email, dee.password, { remoteAddress: freshAddress() });
    expect(locked.statusCode).toBe(429);
    expect(locked.body).toContain('Too many failed sign-ins for this account');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(60);
    // Another account is not affected, and the lockout does not depend on the account existing.
    const other = await seedReviewer(h.scratch.db, 'Eve Other');
    expect(
      (await attempt(h.app, other.email, other.password, { remoteAddress: freshAddress() })).statusCode,
    ).toBe(303);
  });

  it('forgets earlier failures once the account signs in', async () => {
    const fay = await seedReviewer(h.scratch.db, 'Fay Typo');
    for (let i = 0; i < 9; i++) await attempt(h.app, fay.email, 'typo', { remoteAddress: freshAddress() });
    expect(
      (await attempt(h.app, fay.email, fay.password, { remoteAddress: freshAddress() })).statusCode,
    ).toBe(303);
    for (let i = 0; i < 9; i++) await attempt(h.app, fay.email, 'typo', { remoteAddress: freshAddress() });
    expect((await attempt(h.app, fay.email, 'typo', { remoteAddress: freshAddress() })).statusCode).toBe(401);
  });

  it('limits a client behind the trusted proxy by its own address, however it rotates X-Forwarded-For', async () => {
    const app = await buildApp({
      db: h.scratch.db,
      config: testConfig({ TRUST_PROXY: '127.0.0.1' }),
      queues: null,
    });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 11; i++) {
        // The proxy appends the address it saw; what the client wrote before it is not believed.
        const forwardedFor = `${freshAddress()}, 203.0.113.50`;
        codes.push((await attempt(app, `nobody${i}@desk.test`, 'nope', { forwardedFor })).statusCode);
      }
      expect(codes.slice(0, 10)).toEqual(Array(10).fill(401));
      expect(codes[10]).toBe(429);
    } finally {
      await app.close();
    }
  });

  it('keeps counting in PostgreSQL while Redis cannot be reached', async () => {
    const queues = recordingQueues();
    // A Redis nobody listens on: only this app's limiter sees it, the shared server stays up.
    const config = testConfig({ REDIS_URL: 'redis://127.0.0.1:1/0' });
    const app = await buildApp({ db: h.scratch.db, config, queues });
    try {
      const client = freshAddress();
      const codes: number[] = [];
      for (let i = 0; i < 12; i++)
        codes.push(
          (await attempt(app, `nobody${i}@desk.test`, 'nope', { remoteAddress: client })).statusCode,
        );
      expect(codes.slice(0, 10)).toEqual(Array(10).fill(401));
      expect(codes.slice(10)).toEqual([429, 429]);

      const gus = await seedReviewer(h.scratch.db, 'Gus Locked');
      for (let i = 0; i < 10; i++) await attempt(app, gus.email, 'guess', { remoteAddress: freshAddress() });
      expect(
        (await attempt(app, gus.email, gus.password, { remoteAddress: freshAddress() })).statusCode,
      ).toBe(429);
    } finally {
      await app.close();
    }
  });
});
