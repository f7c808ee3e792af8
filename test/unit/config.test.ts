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

  it('parses the allow-list of senders', () => {
    const config = loadConfig({ ...remote, ALLOWED_SENDERS: ' a@x.org, @Clinic.example ,' }, '/nonexistent');
    expect(config.screening.allowedSenders).toEqual(['a@x.org', '@clinic.example']);
  });

  it('reads which proxies may name the client address', () => {
    const trust = (TRUST_PROXY?: string) =>
      loadConfig({ ...remote, ...(TRUST_PROXY ? { TRUST_PROXY } : {}) }, '/nonexistent').web.trustProxy;
    expect(trust()).toBe(false);
    expect(trust('true')).toBe(true);
    expect(trust('10.0.0.0/8, 192.168.1.5')).toEqual(['10.0.0.0/8', '192.168.1.5']);
  });
});
