import { beforeAll, describe, expect, it } from 'vitest';
import { createQueues } from '../../../src/queue/queues.js';
import { buildApp } from '../../../src/review/app.js';
import { testConfig } from '../../helpers/stack-env.js';
import { apiSuite } from './helpers.js';
import { seedSignedIn } from './session.js';

describe('health, errors, sign-in limits and the queue dashboard', () => {
  const h = apiSuite();
  let admin: { cookie: string; csrf: string };
  beforeAll(async () => {
    admin = await seedSignedIn(h, 'Ada Admin', 'admin');
  });

  it('answers /healthz with 200 and every component, or 503 when one is down', async () => {
    const plain = await buildApp({ db: h.scratch.db, config: testConfig(), queues: null });
    const up = await plain.inject({ method: 'GET', url: '/healthz' });
    expect(up.statusCode).toBe(200);
    expect(up.json()).toEqual({ ok: true, components: { database: { ok: true } } });
    await plain.close();
    const down = await buildApp({
      db: h.scratch.db,
      config: testConfig(),
      queues: null,
      health: async () => ({
        ok: false,
        components: { database: { ok: true }, imap: { ok: false, detail: 'connection refused' } },
      }),
    });
    const res = await down.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(503);
    // Anonymous callers (load balancers) see ok/failed; the error text is for signed-in people.
    expect(res.json().components.imap).toEqual({ ok: false });
    const signedIn = await down.inject({ method: 'GET', url: '/healthz', headers: { cookie: admin.cookie } });
    expect(signedIn.json().components.imap).toEqual({ ok: false, detail: 'connection refused' });
    await down.close();
  });

  it('hides the message of an unexpected error behind a 500', async () => {
    const app = await buildApp({
      db: h.scratch.db,
      config: testConfig(),
      queues: null,
      health: async () => {
        throw new Error('secret detail');
      },
    });
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('secret detail');
    await app.close();
  });

  it('limits sign-in attempts from one address', async () => {
    const app = await buildApp({ db: h.scratch.db, config: testConfig(), queues: null });
    const codes: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await app.inject({
        method: 'POST',
        url: '/sign-in',
        payload: { email: 'x@desk.test', password: 'nope', _csrf: 'x' },
      });
      codes.push(res.statusCode);
    }
    expect(codes.slice(0, 10).every((c) => c === 403)).toBe(true);
    expect(codes.slice(10)).toEqual([429, 429]);
    await app.close();
  });

  const signInFrom = (
    app: Awaited<ReturnType<typeof buildApp>>,
    options: { remoteAddress?: string; forwardedFor?: string },
  ) =>
    app.inject({
      method: 'POST',
      url: '/sign-in',
      remoteAddress: options.remoteAddress,
      headers: options.forwardedFor ? { 'x-forwarded-for': options.forwardedFor } : {},
      payload: { email: 'x@desk.test', password: 'nope', _csrf: 'x' },
    });

  it('counts sign-in attempts across web nodes that share Redis', async () => {
    const config = testConfig();
    const queues = createQueues(config.redisUrl);
    const [nodeA, nodeB] = [
      await buildApp({ db: h.scratch.db, config, queues }),
      await buildApp({ db: h.scratch.db, config, queues }),
    ];
    try {
      const client = `198.51.100.${Math.floor(Math.random() * 250) + 1}`; // a fresh counter in the shared store
      const codes: number[] = [];
      for (let i = 0; i < 12; i++)
        codes.push((await signInFrom(i % 2 ? nodeB : nodeA, { remoteAddress: client })).statusCode);
      expect(codes.slice(0, 10).every((c) => c === 403)).toBe(true);
      expect(codes.slice(10)).toEqual([429, 429]);
    } finally {
      await nodeA.close();
      await nodeB.close();
      await queues.close();
    }
  });

  it("behind a trusted proxy, limits each client by its forwarded address, not the proxy's", async () => {
    const app = await buildApp({
      db: h.scratch.db,
      config: testConfig({ TRUST_PROXY: '127.0.0.1' }), // the proxy, as inject's requests come from it
      queues: null,
    });
    try {
      const first: number[] = [];
      const second: number[] = [];
      for (let i = 0; i < 10; i++)
        first.push((await signInFrom(app, { forwardedFor: '203.0.113.7' })).statusCode);
      for (let i = 0; i < 10; i++)
        second.push((await signInFrom(app, { forwardedFor: '203.0.113.8' })).statusCode);
      expect([...first, ...second].every((c) => c === 403)).toBe(true);
      expect((await signInFrom(app, { forwardedFor: '203.0.113.7' })).statusCode).toBe(429);
    } finally {
      await app.close();
    }
  });

  it('ignores X-Forwarded-For when no proxy is trusted', async () => {
    const app = await buildApp({ db: h.scratch.db, config: testConfig(), queues: null });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 11; i++)
        codes.push((await signInFrom(app, { forwardedFor: `203.0.113.${i + 20}` })).statusCode);
      expect(codes.at(-1)).toBe(429);
    } finally {
      await app.close();
    }
  });

  it('serves the BullMQ dashboard at /admin/queues to an admin when queues are configured', async () => {
    const config = testConfig();
    const queues = createQueues(config.redisUrl);
    const app = await buildApp({ db: h.scratch.db, config, queues });
    try {
      const page = await app.inject({
        method: 'GET',
        url: '/admin/queues',
        headers: { cookie: admin.cookie },
      });
      expect(page.statusCode).toBe(200);
      const api = await app.inject({
        method: 'GET',
        url: '/admin/queues/api/queues',
        headers: { cookie: admin.cookie },
      });
      expect(
        api
          .json()
          .queues.map((q: { name: string }) => q.name)
          .sort(),
      ).toEqual(['draft', 'ingest', 'send']);
      const anonymous = await app.inject({ method: 'GET', url: '/admin/queues/api/queues' });
      expect(anonymous.statusCode).toBe(303);

      // The dashboard's own buttons (no CSRF token) work from this origin, and only from it.
      const pause = (origin: string) =>
        app.inject({
          method: 'PUT',
          url: '/admin/queues/api/queues/send/pause',
          headers: { cookie: admin.cookie, origin, host: 'localhost:80' },
        });
      expect((await pause('https://evil.example')).statusCode).toBe(403);
      expect((await pause('http://localhost:80')).statusCode).toBeLessThan(300);
      await queues.raw.send.resume();
    } finally {
      await app.close();
      await queues.close();
    }
  });
});
