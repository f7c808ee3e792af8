// XOAUTH2 that renews itself (issue 17, part 8), against the local Dovecot's oauth2 passdb and a token
// endpoint this test runs: the mailbox keeps being read across token expiries, and a renewal that fails
// shows on /healthz, on the desk and in /metrics, and is logged once, without secrets.
import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, type AppContext } from '../../../src/app/context.js';
import { createHealthCheck } from '../../../src/app/role-health.js';
import { oauthStatusReader, startOAuth } from '../../../src/app/oauth.js';
import type { Logger } from '../../../src/logger.js';
import { createImapClient } from '../../../src/mail/imap-client.js';
import type { OAuthTokenSource } from '../../../src/mail/oauth/token-source.js';
import { TOKEN_STATUS_KEY } from '../../../src/mail/oauth/token-status.js';
import { buildApp } from '../../../src/review/app.js';
import { PASSWORD, seedReviewer } from '../../fixtures/desk/seed.js';
import { consultEnv, deliver, newMailbox } from '../../helpers/mailstack.js';
import { startOAuthServer, type OAuthTestServer } from '../../helpers/oauth-server.js';
import { createScratchDb, type ScratchDb } from '../../helpers/scratch-db.js';
import { stackEnv, testConfig } from '../../helpers/stack-env.js';
import { signInAs } from '../api/session.js';
import { pollerDeps, syncOnce } from './poller-pass.js';

const API_TOKEN = 'xoauth2-test-token-0123456789';
const question = (n: number) =>
  `From: coder@clinic.example\r\nTo: consult\r\nSubject: q${n}\r\nMessage-ID: <x${n}.${Date.now()}@clinic.example>\r\n\r\nIs 20610 bundled with 99213? (${n})\r\n`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('XOAUTH2 with a refresh token', () => {
  let server: OAuthTestServer;
  let scratch: ScratchDb;
  let ctx: AppContext;
  let source: OAuthTokenSource;
  let app: FastifyInstance;
  const logged: string[] = [];
  const address = newMailbox('oauth');

  beforeAll(async () => {
    if (!stackEnv.OAUTH2_TEST_PORT)
      throw new Error('the local stack predates XOAUTH2 (no OAUTH2_TEST_PORT): run `npm run stack -- up`');
    server = await startOAuthServer(Number(stackEnv.OAUTH2_TEST_PORT));
    server.grant('rt-consult', address);
    server.lifetimeS = 4;
    scratch = await createScratchDb();
    const config = testConfig({
      ...consultEnv(address),
      IMAP_AUTH: 'xoauth2',
      OAUTH2_PROVIDER: 'custom',
      OAUTH2_TOKEN_URL: server.tokenUrl,
      OAUTH2_CLIENT_ID: 'codedesk-test',
      OAUTH2_CLIENT_SECRET: 'test-secret',
      OAUTH2_REFRESH_TOKEN: 'rt-consult',
      CODEDESK_API_TOKEN: API_TOKEN,
      LOG_LEVEL: 'info',
    });
    const sink = new Writable({
      write: (chunk: Buffer, _e, done) => void (logged.push(chunk.toString()), done()),
    });
    ctx = createContext(config, pino({ level: 'info' }, sink) as unknown as Logger);
    ctx.db = scratch.db;
    const redis = new Redis(config.redisUrl);
    await redis.del(TOKEN_STATUS_KEY); // other tests' processes reported here
    redis.disconnect();
    source = (await startOAuth(ctx))!;
    const oauthStatus = oauthStatusReader(ctx.config)!;
    app = await buildApp({
      db: scratch.db,
      config: ctx.config,
      queues: ctx.queues,
      health: createHealthCheck(ctx, oauthStatus),
      oauthStatus,
      metricsSettleMs: 0,
    });
    app.addHook('onClose', async () => oauthStatus.close());
  });
  afterAll(async () => {
    source?.stop();
    await app?.close();
    await ctx?.queues.close();
    await scratch?.drop();
    await server?.close();
  });

  const sync = () => syncOnce(pollerDeps(ctx.config, scratch.db, ctx.queues, { logger: ctx.logger }));

  it('signs in to Dovecot with the renewed token and keeps reading mail after each token expires', async () => {
    expect(source.current()).toMatch(/^at-/);
    expect(server.lastForm?.get('client_secret')).toBe('test-secret');
    const first = source.current();
    await deliver(address, question(1));
    expect(await sync()).toEqual({ seen: 1, stored: 1 });

    await sleep(4500); // the first token has expired; the source renewed it a second before
    expect(source.current()).not.toBe(first);
    expect(server.issued).toBeGreaterThanOrEqual(2);
    await deliver(address, question(2));
    expect(await sync()).toEqual({ seen: 1, stored: 1 });

    // Dovecot really asks: the expired token no longer signs in.
    const stale = createImapClient({ ...ctx.config.imap, auth: { kind: 'xoauth2', accessToken: first } });
    stale.on('error', () => undefined);
    await expect(stale.connect()).rejects.toThrow();
  }, 30_000);

  it('shows a failing renewal on /healthz, on the desk and in /metrics, logged once without secrets', async () => {
    const auth = { authorization: `Bearer ${API_TOKEN}` };
    expect(
      (await app.inject({ method: 'GET', url: '/healthz', headers: auth })).json().components.oauth,
    ).toEqual({
      ok: true,
      detail: expect.stringMatching(/^token expires in \d+ s$/),
    });
    server.fail = { status: 400, error: 'invalid_grant' };
    // The next renewal fails (within 3 s), and its retry (2 s later, give or take a fifth).
    await expect
      .poll(() => server.requests - server.issued, { timeout: 10_000, interval: 200 })
      .toBeGreaterThanOrEqual(2);

    const health = await app.inject({ method: 'GET', url: '/healthz', headers: auth });
    expect(health.statusCode).toBe(503);
    expect(health.json().components.oauth).toEqual({
      ok: false,
      detail: expect.stringMatching(/^token renewal failing since \S+ \(invalid_grant\)$/),
    });
    const metrics = (await app.inject({ method: 'GET', url: '/metrics', headers: auth })).body;
    expect(metrics).toContain('codedesk_oauth_renewal_failing{purpose="imap"} 1\n');
    expect(metrics).toMatch(/codedesk_oauth_token_expiry_seconds\{purpose="imap"\} -?\d+\n/);

    const reviewer = await seedReviewer(scratch.db, 'Oauth Watcher');
    const { cookie } = await signInAs(app, reviewer.email, PASSWORD);
    const desk = await app.inject({ method: 'GET', url: '/', headers: { cookie } });
    expect(desk.body).toContain('id="mail-sign-in-alert"');
    expect(desk.body).toContain('(invalid_grant)');

    const failures = logged.filter((l) => l.includes('OAuth token renewal failed'));
    expect(failures).toHaveLength(1);
    expect(logged.join('')).not.toMatch(/test-secret|rt-consult|at-[0-9a-f]{8}|secret-ish detail/);

    server.fail = null;
    await expect.poll(() => source.failing, { timeout: 15_000, interval: 200 }).toBe(false);
    expect(
      (await app.inject({ method: 'GET', url: '/healthz', headers: auth })).json().components.oauth.ok,
    ).toBe(true);
    expect((await app.inject({ method: 'GET', url: '/', headers: { cookie } })).body).not.toContain(
      'mail-sign-in-alert',
    );
    expect(logged.some((l) => l.includes('OAuth token renewal works again'))).toBe(true);
  }, 30_000);
});
