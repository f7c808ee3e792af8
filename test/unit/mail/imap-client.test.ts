import { describe, expect, it } from 'vitest';
import type { Config } from '../../../src/config.js';
import { createImapClient } from '../../../src/mail/imap-client.js';

const imap = (host: string, secure: boolean): Config['imap'] => ({
  host,
  port: secure ? 993 : 143,
  secure,
  user: 'consult@example.org',
  auth: { kind: 'password', password: 'pw' },
  mailbox: 'INBOX',
  processedFolder: 'Processed',
  sentFolder: 'Sent',
  pollIntervalMs: 5000,
});
const optionsOf = (c: unknown) => (c as { options: { secure?: boolean; doSTARTTLS?: boolean } }).options;

describe('the IMAP client', () => {
  it('requires STARTTLS on a remote server reached without implicit TLS (no silent downgrade to clear text)', () => {
    expect(optionsOf(createImapClient(imap('imap.example.org', false))).doSTARTTLS).toBe(true);
  });
  it('uses implicit TLS as configured, without also asking for STARTTLS', () => {
    const o = optionsOf(createImapClient(imap('imap.example.org', true)));
    expect([o.secure, o.doSTARTTLS]).toEqual([true, undefined]);
  });
  it('leaves the local stack on loopback as it is (STARTTLS when offered)', () => {
    expect(optionsOf(createImapClient(imap('127.0.0.1', false))).doSTARTTLS).toBeUndefined();
  });
});
