import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, usesLocalStack } from '../../src/config.js';

const remote = {
  DATABASE_URL: 'postgres://u:p@db.internal:5432/codedesk',
  REDIS_URL: 'redis://redis.internal:6379/0',
  IMAP_HOST: 'imap.example.org',
  IMAP_PORT: '993',
  IMAP_PASSWORD: 'secret',
  SMTP_HOST: 'smtp.example.org',
  SMTP_PORT: '587',
  CONSULT_ADDRESS: 'Consult@Example.org',
  AUTHSERV_ID: 'mx.example.org',
};

describe('configuration', () => {
  it('uses the local stack only when no server of the operator is named', () => {
    expect(usesLocalStack({})).toBe(true);
    expect(usesLocalStack({ DATABASE_URL: 'postgres://x' })).toBe(false);
  });

  it('turns TLS on by default for servers that are not on loopback', () => {
    const config = loadConfig(remote, '/nonexistent');
    expect(config.imap.secure).toBe(true);
    expect(config.consult.address).toBe('consult@example.org');
    expect(loadConfig({ ...remote, IMAP_HOST: '127.0.0.1' }, '/nonexistent').imap.secure).toBe(false);
  });

  it('reads XOAUTH2 settings for Gmail and Microsoft 365 mailboxes', () => {
    const config = loadConfig(
      { ...remote, IMAP_PASSWORD: undefined, IMAP_AUTH: 'xoauth2', IMAP_ACCESS_TOKEN: 'ya29.token' },
      '/nonexistent',
    );
    expect(config.imap.auth).toEqual({ kind: 'xoauth2', accessToken: 'ya29.token' });
  });

  it('sends with XOAUTH2 only for a named user and a client that renews the token', () => {
    const oauth = {
      ...remote,
      SMTP_AUTH: 'xoauth2',
      SMTP_USER: 'consult@example.org',
      OAUTH2_PROVIDER: 'google',
      OAUTH2_CLIENT_ID: 'client',
      OAUTH2_REFRESH_TOKEN: 'refresh',
    };
    expect(loadConfig(oauth, '/nonexistent').smtp).toMatchObject({
      auth: 'xoauth2',
      user: 'consult@example.org',
    });
    expect(() => loadConfig({ ...oauth, SMTP_USER: undefined }, '/nonexistent')).toThrow(/SMTP_USER/);
  });

  it('reports every problem at once', () => {
    try {
      loadConfig(
        {
          ...remote,
          REDIS_URL: 'not a url',
          IMAP_PORT: '99999',
          CONSULT_ADDRESS: 'nobody',
          IMAP_AUTH: 'xoauth2',
        },
        '/nonexistent',
      );
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const paths = (err as ConfigError).problems.map((p) => p.split(':')[0]);
      expect(paths).toEqual(expect.arrayContaining(['REDIS_URL', 'IMAP_PORT', 'CONSULT_ADDRESS']));
    }
  });

  it('parses the allow-list of senders, domains in their ASCII form', () => {
    const config = loadConfig(
      { ...remote, ALLOWED_SENDERS: ' a@x.org, @Clinic.example ,@münchen.example' },
      '/nonexistent',
    );
    expect(config.screening.allowedSenders).toEqual([
      'a@x.org',
      '@clinic.example',
      '@xn--mnchen-3ya.example',
    ]);
  });

  it('refuses an allow-list entry that is neither an address nor an @domain', () => {
    const problems = (ALLOWED_SENDERS: string) => {
      try {
        loadConfig({ ...remote, ALLOWED_SENDERS }, '/nonexistent');
        return [];
      } catch (err) {
        return (err as ConfigError).problems;
      }
    };
    expect(problems('clinic.example')).toEqual([
      'ALLOWED_SENDERS: "clinic.example" is neither an address nor an @domain',
    ]);
    expect(problems('a@evil.example;b@clinic.example')).toHaveLength(1);
    expect(problems('@clinic.example, dana@clinic.example')).toEqual([]);
  });

  it('requires authenticated senders by default off loopback, and the authserv-id to trust then', () => {
    const screening = (env: NodeJS.ProcessEnv) => loadConfig({ ...remote, ...env }, '/nonexistent').screening;
    expect(screening({})).toMatchObject({
      requireAuthenticatedSenders: true,
      authservIds: ['mx.example.org'],
    });
    expect(screening({ IMAP_HOST: '127.0.0.1', AUTHSERV_ID: undefined })).toMatchObject({
      requireAuthenticatedSenders: false,
      authservIds: [],
    });
    expect(screening({ REQUIRE_AUTHENTICATED_SENDERS: 'false', AUTHSERV_ID: undefined })).toMatchObject({
      requireAuthenticatedSenders: false,
    });
    expect(screening({ AUTHSERV_ID: 'MX.Google.com, mx2.example.org' }).authservIds).toEqual([
      'mx.google.com',
      'mx2.example.org',
    ]);
    expect(() => loadConfig({ ...remote, AUTHSERV_ID: undefined }, '/nonexistent')).toThrow(
      /AUTHSERV_ID: required/,
    );
  });

  it('reads which proxies may name the client address: addresses and CIDRs only', () => {
    const trust = (TRUST_PROXY?: string) =>
      loadConfig({ ...remote, ...(TRUST_PROXY ? { TRUST_PROXY } : {}) }, '/nonexistent').web.trustProxy;
    expect(trust()).toBe(false);
    expect(trust('false')).toBe(false);
    expect(trust('10.0.0.0/8, 192.168.1.5, 2001:db8::/32')).toEqual([
      '10.0.0.0/8',
      '192.168.1.5',
      '2001:db8::/32',
    ]);
  });

  it('refuses TRUST_PROXY=true, which would let any client name its own address', () => {
    for (const value of ['true', 'TRUE', '1', '*']) {
      const err = (() => {
        try {
          loadConfig({ ...remote, TRUST_PROXY: value }, '/nonexistent');
        } catch (e) {
          return e;
        }
      })();
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).problems).toEqual([
        expect.stringMatching(/^TRUST_PROXY: .*X-Forwarded-For/),
      ]);
    }
  });

  it('names the TRUST_PROXY entries that are neither an address nor a CIDR', () => {
    expect(() =>
      loadConfig({ ...remote, TRUST_PROXY: '10.0.0.1, lb.internal, 10.0.0.0/33' }, '/nonexistent'),
    ).toThrow(/TRUST_PROXY: not an IP address or CIDR: lb\.internal, 10\.0\.0\.0\/33/);
  });
});
