// XOAUTH2 that renews itself (issue 17, part 8), with the token endpoint played by a function.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import type { Logger } from '../../../src/logger.js';
import { oauthClient, providerOfHost, type OAuthClient } from '../../../src/mail/oauth/oauth-client.js';
import { renewAccessToken, TokenRenewalError } from '../../../src/mail/oauth/token-endpoint.js';
import { OAuthTokenSource, retryDelay } from '../../../src/mail/oauth/token-source.js';
import { summarize, type TokenStatus } from '../../../src/mail/oauth/token-status.js';

const client: OAuthClient = {
  provider: 'custom',
  tokenUrl: 'https://login.example/token',
  clientId: 'app-id',
  clientSecret: 'app-secret-value',
  refreshToken: 'refresh-token-value',
};

const answer = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function recordingLogger() {
  const lines: { level: string; fields: unknown; msg: string }[] = [];
  const log = (level: string) => (fields: unknown, msg: string) => void lines.push({ level, fields, msg });
  return {
    lines,
    logger: { error: log('error'), info: log('info'), warn: log('warn') } as unknown as Logger,
  };
}

// The clock is vitest's: renewals and retries run as the fake time passes.
const sleep = (ms: number) => vi.advanceTimersByTimeAsync(ms);

describe('the OAuth client settings', () => {
  it('knows Google and Microsoft 365 by the mailbox host, and their token endpoints and scopes', () => {
    expect(providerOfHost('imap.gmail.com')).toBe('google');
    expect(providerOfHost('outlook.office365.com')).toBe('microsoft');
    expect(providerOfHost('imap.fastmail.example')).toBe('custom');
    const ms = oauthClient(
      { clientId: 'a', refreshToken: 'r', tenant: 'contoso.example' },
      'outlook.office365.com',
    );
    expect(ms).toMatchObject({
      provider: 'microsoft',
      tokenUrl: 'https://login.microsoftonline.com/contoso.example/oauth2/v2.0/token',
      scope: expect.stringContaining('IMAP.AccessAsUser.All'),
    });
    expect(
      oauthClient({ clientId: 'a', refreshToken: 'r', tenant: 'common' }, 'imap.gmail.com'),
    ).toMatchObject({
      tokenUrl: 'https://oauth2.googleapis.com/token',
      scope: undefined,
    });
  });

  it('needs a token endpoint for any other provider', () => {
    expect(oauthClient({ clientId: 'a', refreshToken: 'r', tenant: 'common' }, 'imap.example.org')).toEqual({
      missing: ['OAUTH2_TOKEN_URL'],
    });
  });

  it('is read from the environment, and every missing setting is named', () => {
    const base = {
      DATABASE_URL: 'postgres://u:p@db.internal/codedesk',
      REDIS_URL: 'redis://redis.internal:6379/0',
      IMAP_HOST: 'outlook.office365.com',
      IMAP_PORT: '993',
      IMAP_AUTH: 'xoauth2',
      SMTP_HOST: 'smtp.office365.com',
      SMTP_PORT: '587',
      CONSULT_ADDRESS: 'consult@org.example',
      REQUIRE_AUTHENTICATED_SENDERS: 'false',
    };
    const config = loadConfig(
      {
        ...base,
        OAUTH2_CLIENT_ID: 'app',
        OAUTH2_CLIENT_SECRET: 's',
        OAUTH2_REFRESH_TOKEN: 'r',
        OAUTH2_TENANT: 't1',
      },
      '/nonexistent',
    );
    expect(config.oauth).toMatchObject({ provider: 'microsoft', clientId: 'app', refreshToken: 'r' });
    expect(config.imap.auth).toEqual({ kind: 'xoauth2', accessToken: '' });
    expect(() => loadConfig({ ...base, OAUTH2_REFRESH_TOKEN: 'r' }, '/nonexistent')).toThrow(
      /OAUTH2_CLIENT_ID/,
    );
    expect(() => loadConfig(base, '/nonexistent')).toThrow(/OAUTH2_CLIENT_ID[\s\S]*OAUTH2_REFRESH_TOKEN/);
  });
});

describe('renewing at the token endpoint', () => {
  it('posts the refresh_token grant and reads the new token, its lifetime and a rotated refresh token', async () => {
    let seen: URLSearchParams | undefined;
    const fetchFake = (async (_url: string, init: RequestInit) => {
      seen = new URLSearchParams(String(init.body));
      return answer(200, { access_token: 'at-1', expires_in: 1800, refresh_token: 'rt-2' });
    }) as typeof fetch;
    expect(await renewAccessToken({ ...client, scope: 'a b' }, 'rt-1', fetchFake)).toEqual({
      accessToken: 'at-1',
      expiresIn: 1800,
      refreshToken: 'rt-2',
    });
    expect(Object.fromEntries(seen!)).toEqual({
      grant_type: 'refresh_token',
      refresh_token: 'rt-1',
      client_id: 'app-id',
      client_secret: 'app-secret-value',
      scope: 'a b',
    });
  });

  it('fails with the OAuth error code or HTTP status only, never the description', async () => {
    const refuse = (async () =>
      answer(400, {
        error: 'invalid_grant',
        error_description: 'token rt-1 revoked',
      })) as unknown as typeof fetch;
    await expect(renewAccessToken(client, 'rt-1', refuse)).rejects.toThrow(
      new TokenRenewalError('invalid_grant'),
    );
    const odd = (async () => answer(502, { error: 'Bad <html> gateway' })) as unknown as typeof fetch;
    await expect(renewAccessToken(client, 'rt-1', odd)).rejects.toMatchObject({ code: 'http_502' });
    const down = (async () => Promise.reject(new TypeError('fetch failed'))) as unknown as typeof fetch;
    await expect(renewAccessToken(client, 'rt-1', down)).rejects.toMatchObject({ code: 'unreachable' });
  });
});

describe('a token source', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits longer after each failure, up to the maximum, never in step with other processes', () => {
    const b = { firstMs: 1000, maxMs: 60_000 };
    expect([1, 2, 3, 4, 10].map((n) => retryDelay(n, b, () => 0.5))).toEqual([
      1000, 2000, 4000, 8000, 60_000,
    ]);
    expect(retryDelay(1, b, () => 0)).toBe(800);
    expect(retryDelay(1, b, () => 1)).toBe(1200);
  });

  it('renews before the token expires, and reports each renewal without the token', async () => {
    let n = 0;
    const writes: unknown[] = [];
    const fetchFake = (async () =>
      answer(200, { access_token: `at-${++n}`, expires_in: 4 })) as unknown as typeof fetch;
    const { logger } = recordingLogger();
    const source = new OAuthTokenSource(client, {
      logger,
      fetch: fetchFake,
      status: { write: async (s) => void writes.push(s) },
    });
    try {
      expect(await source.start()).toBe(true);
      expect(source.current()).toBe('at-1');
      await sleep(3500); // a quarter of 4 s before expiry
      expect(source.current()).toBe('at-2');
      expect(writes).toHaveLength(2);
      expect(JSON.stringify(writes)).not.toMatch(/at-\d|refresh-token-value|app-secret-value/);
      expect(writes[1]).toMatchObject({ failingSince: null, lastError: null, expiresAt: expect.any(String) });
    } finally {
      source.stop();
    }
  });

  it('retries a failed renewal with backoff, logs the failure once without secrets, and says when it works again', async () => {
    let fail = true;
    let calls = 0;
    const fetchFake = (async () => {
      calls++;
      return fail
        ? answer(400, { error: 'invalid_grant' })
        : answer(200, { access_token: 'at-ok', expires_in: 3600 });
    }) as unknown as typeof fetch;
    const { lines, logger } = recordingLogger();
    const writes: { failingSince: string | null; lastError: string | null }[] = [];
    const source = new OAuthTokenSource(client, {
      logger,
      fetch: fetchFake,
      backoff: { firstMs: 1000, maxMs: 1000 },
      random: () => 0.5,
      status: { write: async (s) => void writes.push(s) },
    });
    try {
      expect(await source.start()).toBe(false);
      expect(source.current()).toBe('');
      expect(source.failing).toBe(true);
      await sleep(2300);
      expect(calls).toBe(3);
      expect(lines.filter((l) => l.level === 'error')).toHaveLength(1);
      expect(JSON.stringify(lines)).not.toMatch(/refresh-token-value|app-secret-value/);
      expect(lines[0]!.fields).toEqual({ error: 'invalid_grant', provider: 'custom' });
      expect(
        writes.every((w) => w.failingSince === writes[0]!.failingSince && w.lastError === 'invalid_grant'),
      ).toBe(true);
      fail = false;
      await sleep(1200);
      expect(source.current()).toBe('at-ok');
      expect(source.failing).toBe(false);
      expect(lines.at(-1)).toMatchObject({ level: 'info', msg: 'OAuth token renewal works again' });
      expect(writes.at(-1)).toMatchObject({ failingSince: null, lastError: null });
    } finally {
      source.stop();
    }
  });
});

describe('renewal status across processes', () => {
  const at = (s: number) => new Date(Date.UTC(2026, 11, 3, 10, 0, s)).toISOString();
  const now = new Date(at(30));
  const entry = (e: Partial<TokenStatus>): TokenStatus => ({
    expiresAt: null,
    failingSince: null,
    lastError: null,
    updatedAt: at(20),
    ...e,
  });

  it('takes the soonest expiry, and is failing when any live process fails', () => {
    expect(
      summarize(
        [
          entry({ expiresAt: at(50) }),
          entry({ expiresAt: at(40), failingSince: at(10), lastError: 'http_500' }),
        ],
        now,
      ),
    ).toEqual({
      expiresAt: new Date(at(40)),
      failingSince: new Date(at(10)),
      lastError: 'http_500',
      reporters: 2,
    });
  });

  it('forgets processes that stopped reporting', () => {
    const stale = entry({
      failingSince: at(0),
      updatedAt: new Date(now.getTime() - 3 * 3600_000).toISOString(),
    });
    expect(summarize([stale, entry({ expiresAt: at(50) })], now)).toMatchObject({
      failingSince: null,
      reporters: 1,
    });
  });
});
