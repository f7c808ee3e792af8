// Every environment variable CodeDesk reads, declared and validated in one zod schema; the
// cross-field checks report all problems at once (the pattern of outline's server/env.ts).
import { resolve } from 'node:path';
import { z } from 'zod';
import { domainOf, normalizeAddress } from './mail/address.js';
import { isLoopback } from './mail/loopback.js';
import { oauthClient, type OAuthSettings } from './mail/oauth/oauth-client.js';
import { parseTrustProxy } from './trust-proxy.js';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const port = z.coerce.number().int().min(1).max(65535);

export const schema = z
  .object({
    DATABASE_URL: z.string().url(),
    DATABASE_PREPARED_STATEMENTS: bool.default(true),
    REDIS_URL: z.string().url(),
    IMAP_HOST: z.string().min(1),
    IMAP_PORT: port,
    IMAP_SECURE: bool.optional(),
    IMAP_USER: z.string().optional(),
    IMAP_PASSWORD: z.string().optional(),
    IMAP_AUTH: z.enum(['password', 'xoauth2']).default('password'),
    IMAP_ACCESS_TOKEN: z.string().optional(),
    OAUTH2_PROVIDER: z.enum(['google', 'microsoft', 'custom']).optional(),
    OAUTH2_CLIENT_ID: z.string().min(1).optional(),
    OAUTH2_CLIENT_SECRET: z.string().min(1).optional(),
    OAUTH2_REFRESH_TOKEN: z.string().min(1).optional(),
    OAUTH2_TOKEN_URL: z.string().url().optional(),
    OAUTH2_SCOPE: z.string().optional(),
    OAUTH2_TENANT: z.string().default('common'),
    IMAP_MAILBOX: z.string().default('INBOX'),
    IMAP_PROCESSED_FOLDER: z.string().default('Processed'),
    IMAP_SENT_FOLDER: z.string().default('Sent'),
    IMAP_POLL_INTERVAL_MS: z.coerce.number().int().min(200).default(5000),
    IMAP_FETCH_BATCH_BYTES: z.coerce
      .number()
      .int()
      .positive()
      .default(8 * 1024 * 1024),
    SMTP_HOST: z.string().min(1),
    SMTP_PORT: port,
    SMTP_SECURE: bool.optional(),
    SMTP_USER: z.string().optional(),
    SMTP_PASSWORD: z.string().optional(),
    SMTP_AUTH: z.enum(['password', 'xoauth2']).default('password'),
    CONSULT_ADDRESS: z.string().email(),
    CONSULT_PASSWORD: z.string().optional(),
    CONSULT_NAME: z.string().default('CodeDesk Coding Consult'),
    ALLOWED_SENDERS: z.string().default(''),
    AUTHSERV_ID: z.string().default(''),
    REQUIRE_AUTHENTICATED_SENDERS: bool.optional(),
    MAX_MESSAGE_BYTES: z.coerce
      .number()
      .int()
      .positive()
      .default(10 * 1024 * 1024),
    MAX_QUESTION_CHARS: z.coerce.number().int().min(1000).default(50_000),
    MAX_HTML_DEPTH: z.coerce.number().int().min(8).default(100),
    PARSE_TIMEOUT_MS: z.coerce.number().int().positive().default(20_000),
    MAX_INGEST_FAILURES: z.coerce.number().int().min(1).default(3),
    WEB_HOST: z.string().default('127.0.0.1'),
    WEB_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
    PUBLIC_URL: z.string().url().optional(),
    TRUST_PROXY: z.string().default('false'),
    CODEDESK_API_TOKEN: z.string().min(16).optional(),
    CODEDESK_API_TOKEN_SCOPE: z.enum(['read', 'review', 'admin']).default('review'),
    TURNAROUND_HOURS: z.coerce.number().positive().default(4),
    CLAIM_TTL_MINUTES: z.coerce.number().positive().default(30),
    REFDATA_DIR: z.string().default(resolve(import.meta.dirname, '..', '..', 'shared', 'refdata')),
    PIPELINE_CONCURRENCY: z.coerce.number().int().positive().default(8),
    SEND_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(6),
    SEND_RETRY_DELAY_MS: z.coerce.number().int().min(10).default(60_000),
    SEND_COPY_TO_SELF: bool.default(true),
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(150_000),
    LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
  })
  .superRefine((env, ctx) => {
    const client = oauthClient(oauthSettings(env), env.IMAP_HOST);
    const renewing = env.OAUTH2_REFRESH_TOKEN !== undefined;
    if ((env.IMAP_AUTH === 'xoauth2' && !env.IMAP_ACCESS_TOKEN) || renewing || env.SMTP_AUTH === 'xoauth2')
      for (const missing of 'missing' in client ? client.missing : [])
        ctx.addIssue({
          code: 'custom',
          path: [missing],
          message:
            'required for XOAUTH2 that renews its token (or, for IMAP only, a fixed IMAP_ACCESS_TOKEN)',
        });
    if (env.SMTP_AUTH === 'xoauth2' && !env.SMTP_USER)
      ctx.addIssue({
        code: 'custom',
        path: ['SMTP_USER'],
        message: 'required with SMTP_AUTH=xoauth2 (the mailbox the token is for)',
      });
    if (env.IMAP_AUTH === 'password' && !(env.IMAP_PASSWORD ?? env.CONSULT_PASSWORD))
      ctx.addIssue({ code: 'custom', path: ['IMAP_PASSWORD'], message: 'required (or CONSULT_PASSWORD)' });
    for (const entry of list(env.ALLOWED_SENDERS))
      if (!allowListEntry(entry))
        ctx.addIssue({
          code: 'custom',
          path: ['ALLOWED_SENDERS'],
          message: `"${entry}" is neither an address nor an @domain`,
        });
    if (requireAuthenticated(env) && list(env.AUTHSERV_ID).length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['AUTHSERV_ID'],
        message:
          'required while REQUIRE_AUTHENTICATED_SENDERS is on (it is by default off loopback): the name your receiving mail server writes first in Authentication-Results, e.g. mx.google.com',
      });
    const trust = parseTrustProxy(env.TRUST_PROXY);
    if ('problem' in trust) ctx.addIssue({ code: 'custom', path: ['TRUST_PROXY'], message: trust.problem });
  });

export const list = (value: string) =>
  value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);

/** An allow-list entry as screening compares it: a whole address, or '@' and a whole domain (ASCII). */
export function allowListEntry(entry: string): string | null {
  if (!entry.startsWith('@')) return normalizeAddress(entry);
  const probe = normalizeAddress(`x${entry}`);
  return probe && `@${domainOf(probe)}`;
}

// Off loopback, mail comes from the internet and the sender must be authenticated (issue 15, part 2).
export const requireAuthenticated = (env: { REQUIRE_AUTHENTICATED_SENDERS?: boolean; IMAP_HOST: string }) =>
  env.REQUIRE_AUTHENTICATED_SENDERS ?? !isLoopback(env.IMAP_HOST);

export type Env = z.infer<typeof schema>;

export const oauthSettings = (e: Env): OAuthSettings => ({
  provider: e.OAUTH2_PROVIDER,
  clientId: e.OAUTH2_CLIENT_ID,
  clientSecret: e.OAUTH2_CLIENT_SECRET,
  refreshToken: e.OAUTH2_REFRESH_TOKEN,
  tokenUrl: e.OAUTH2_TOKEN_URL,
  scope: e.OAUTH2_SCOPE,
  tenant: e.OAUTH2_TENANT,
});
