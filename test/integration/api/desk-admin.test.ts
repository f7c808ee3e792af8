import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueues } from '../../../src/queue/queues.js';
import { buildApp } from '../../../src/review/app.js';
import { seedConsult, seedReviewer } from '../../fixtures/desk/seed.js';
import { testConfig } from '../../helpers/stack-env.js';
import { apiHarness, type ApiHarness } from './helpers.js';
import { signInAs } from './session.js';
import { consultState } from '../../helpers/consult-state.js';

describe('admin, quarantine, health and sign-in limits', () => {
  let h: ApiHarness;
  let admin: { cookie: string; csrf: string };
  beforeAll(async () => {
    h = await apiHarness();
    const a = await seedReviewer(h.scratch.db, 'Ada Admin', 'admin');
    admin = await signInAs(h.app, a.email, a.password);
  });
  afterAll(async () => h.close());

  const post = (url: string, payload: Record<string, unknown> = {}) =>
    h.app.inject({
      method: 'POST',
      url,
      headers: { cookie: admin.cookie },
      payload: { _csrf: admin.csrf, ...payload },
    });

  it('lets an admin add a reviewer who can then sign in, and disable them, which ends their sessions', async () => {
    const add = await post('/admin/reviewers', {
      name: 'Cy New',
      email: 'cy@desk.test',
      password: 'a long enough password',
    });
    expect(add.statusCode).toBe(303);
    const cy = await signInAs(h.app, 'cy@desk.test', 'a long enough password');
    expect(cy.res.statusCode).toBe(303);
    const row = await h.scratch.db
      .selectFrom('reviewers')
      .select('id')
      .where('email', '=', 'cy@desk.test')
      .executeTakeFirstOrThrow();
    expect((await post(`/admin/reviewers/${row.id}/disable`)).statusCode).toBe(303);
    const after = await h.app.inject({ method: 'GET', url: '/', headers: { cookie: cy.cookie } });
    expect(after.statusCode).toBe(303);
    expect((await signInAs(h.app, 'cy@desk.test', 'a long enough password')).res.statusCode).toBe(401);
  });

  it('creates an API token shown once, with its scope and expiry, which works until it is revoked', async () => {
    const page = await post('/admin/tokens', { name: 'ci-bot', scope: 'read', days: '30' });
    expect(page.body).toMatch(/<td>ci-bot<\/td><td>read<\/td>/);
    const token = /id="new-token">([^<]+)</.exec(page.body)![1]!;
    const stored = await h.scratch.db
      .selectFrom('api_tokens')
      .select(['id', 'token_hash'])
      .where('name', '=', 'ci-bot')
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);
    const auth = { authorization: `Bearer ${token}` };
    expect((await h.app.inject({ method: 'GET', url: '/api/consults', headers: auth })).statusCode).toBe(200);
    expect((await post(`/admin/tokens/${stored.id}/revoke`)).statusCode).toBe(303);
    expect((await h.app.inject({ method: 'GET', url: '/api/consults', headers: auth })).statusCode).toBe(401);
  });

  it('releases quarantined mail back into the pipeline and enqueues a draft job for its message', async () => {
    const q = await seedConsult(h.scratch.db, {
      state: 'quarantined',
      quarantineReason: 'sender not allowed',
    });
    h.jobs.length = 0;
    expect((await post(`/consults/${q.consultId}/release-quarantine`)).statusCode).toBe(303);
    const c = await h.scratch.db
      .selectFrom('consults')
      .select(['state', 'quarantine_reason'])
      .where('id', '=', q.consultId)
      .executeTakeFirstOrThrow();
    expect(c).toEqual({ state: 'received', quarantine_reason: null });
    expect(h.jobs).toEqual([{ name: 'draft', payload: { inboundId: q.inboundId } }]);
  });

  it('sends a released message that was never parsed back to ingest, as a consult of its own', async () => {
    const q = await seedConsult(h.scratch.db, {
      state: 'quarantined',
      quarantineReason: 'processing failed: boom',
    });
    await h.scratch.db
      .updateTable('inbound_messages')
      .set({ from_address: null, state: 'quarantined' })
      .where('id', '=', q.inboundId)
      .execute();
    h.jobs.length = 0;
    expect((await post(`/consults/${q.consultId}/release-quarantine`)).statusCode).toBe(303);
    const m = await h.scratch.db
      .selectFrom('inbound_messages')
      .select(['state', 'consult_id', 'mailbox_id', 'uid_validity', 'uid'])
      .where('id', '=', q.inboundId)
      .executeTakeFirstOrThrow();
    expect(m).toMatchObject({ state: 'stored', consult_id: null });
    expect(await consultState(h.scratch.db, q.consultId)).toBe('discarded');
    expect(h.jobs).toEqual([
      {
        name: 'ingest',
        payload: { mailboxId: m.mailbox_id, uidValidity: String(m.uid_validity), uid: String(m.uid) },
      },
    ]);
  });

  it('discards quarantined mail without sending anything', async () => {
    const q = await seedConsult(h.scratch.db, { state: 'quarantined', quarantineReason: 'bounce' });
    h.jobs.length = 0;
    expect((await post(`/consults/${q.consultId}/discard`)).statusCode).toBe(303);
    expect(await consultState(h.scratch.db, q.consultId)).toBe('discarded');
    expect(h.jobs).toEqual([]);
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
