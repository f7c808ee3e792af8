// The one module that reads process.env. Every setting is declared and validated here, and all
// problems are reported at once (the pattern of outline's server/env.ts).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { domainOf, normalizeAddress } from './mail/address.js';
import { parseTrustProxy, type TrustProxy } from './trust-proxy.js';
import { isLoopback } from './loopback.js';
import { oauthClient, type OAuthClient, type OAuthSettings } from './mail/oauth/oauth-client.js';

export const STACK_ENV_FILE = resolve(import.meta.dirname, '..', '.stack', 'env');

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const port = z.coerce.number().int().min(1).max(65535);

const schema = z
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

const list = (value: string) =>
  value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);

/** An allow-list entry as screening compares it: a whole address, or '@' and a whole domain (ASCII). */
function allowListEntry(entry: string): string | null {
  if (!entry.startsWith('@')) return normalizeAddress(entry);
  const probe = normalizeAddress(`x${entry}`);
  return probe && `@${domainOf(probe)}`;
}

// Off loopback, mail comes from the internet and the sender must be authenticated (issue 15, part 2).
const requireAuthenticated = (env: { REQUIRE_AUTHENTICATED_SENDERS?: boolean; IMAP_HOST: string }) =>
  env.REQUIRE_AUTHENTICATED_SENDERS ?? !isLoopback(env.IMAP_HOST);

export type Env = z.infer<typeof schema>;

export interface Config {
  databaseUrl: string;
  /** Named prepared statements for hot queries; off behind a pooler that cannot keep them. */
  databasePreparedStatements: boolean;
  redisUrl: string;
  imap: {
    host: string;
    port: number;
    secure: boolean;
    user: string;
    /** With a renewing OAuth client, accessToken is read at each connection (src/app/oauth.ts keeps it fresh). */
    auth: { kind: 'password'; password: string } | { kind: 'xoauth2'; accessToken: string };
    mailbox: string;
    processedFolder: string;
    sentFolder: string;
    pollIntervalMs: number;
  };
  smtp: {
    host: string;
    port: number;
    secure: boolean;
    user?: string;
    password?: string;
    auth: 'password' | 'xoauth2';
    /** With XOAUTH2: the current access token, read at each connection (set by src/app/oauth.ts). */
    accessToken?: () => string;
  };
  /** The client that renews the XOAUTH2 access token, when a refresh token is given. */
  oauth?: OAuthClient;
  consult: { address: string; name: string };
  screening: {
    allowedSenders: string[];
    maxMessageBytes: number;
    requireAuthenticatedSenders: boolean;
    /** Lower-cased authserv-ids whose Authentication-Results are believed (RFC 8601 §5). */
    authservIds: string[];
  };
  /** Bounds on the work one message may cost (issue 15): over them a message is cut with a note, or
   * quarantined with the reason. */
  intake: {
    /** Sources fetched in one batch add up to at most this (a single larger message comes alone). */
    fetchBatchBytes: number;
    maxQuestionChars: number;
    maxHtmlDepth: number;
    parseTimeoutMs: number;
    /** Ingest attempts that crash or time out their worker before the message goes to quarantine. */
    maxIngestFailures: number;
  };
  web: {
    host: string;
    port: number;
    publicUrl?: string;
    /** fastify's trustProxy: the proxies believed about the client's address (X-Forwarded-For). */
    trustProxy: TrustProxy;
    apiToken?: string;
    /** What the configured token may do (stored tokens carry their own scope). */
    apiTokenScope: 'read' | 'review' | 'admin';
    turnaroundHours: number;
    claimTtlMinutes: number;
  };
  refdataDir: string;
  pipelineConcurrency: number;
  /** Temporary SMTP failures are retried with exponential backoff, then the reply is failed. */
  /** `copyToSelf`: each reply's SMTP envelope also names the consult mailbox, so a copy of what the
   * server accepted arrives there (settles a send a crash left unknown; never drafted). */
  sending: { maxAttempts: number; retryDelayMs: number; copyToSelf: boolean };
  /** How long a stopping process waits for in-flight work (an SMTP transaction above all). */
  shutdownGraceMs: number;
  logLevel: Env['LOG_LEVEL'];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
}

/** `KEY=VALUE` lines written by `npm run stack -- up`; the embedded local defaults. */
export function readEnvFile(path: string): Record<string, string> {
  if (!existsSync(path)) return {};
  const out: Record<string, string> = {};
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const m = /^\s*([A-Z0-9_]+)=(.*)$/.exec(line);
    if (m) out[m[1]!] = m[2]!;
  }
  return out;
}

/** True when the operator pointed CodeDesk at no servers of their own, so the local stack is used. */
export function usesLocalStack(env: NodeJS.ProcessEnv = process.env): boolean {
  return !env.DATABASE_URL && !env.REDIS_URL && !env.IMAP_HOST && !env.SMTP_HOST;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, stackEnvFile = STACK_ENV_FILE): Config {
  const merged = usesLocalStack(env) ? { ...readEnvFile(stackEnvFile), ...env } : env;
  const parsed = schema.safeParse(merged);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    databasePreparedStatements: e.DATABASE_PREPARED_STATEMENTS,
    redisUrl: e.REDIS_URL,
    imap: {
      host: e.IMAP_HOST,
      port: e.IMAP_PORT,
      // TLS is on by default for anything that is not loopback (issue 2, part 3).
      secure: e.IMAP_SECURE ?? !isLoopback(e.IMAP_HOST),
      user: e.IMAP_USER ?? e.CONSULT_ADDRESS,
      auth:
        e.IMAP_AUTH === 'xoauth2'
          ? { kind: 'xoauth2', accessToken: e.IMAP_ACCESS_TOKEN ?? '' }
          : { kind: 'password', password: (e.IMAP_PASSWORD ?? e.CONSULT_PASSWORD)! },
      mailbox: e.IMAP_MAILBOX,
      processedFolder: e.IMAP_PROCESSED_FOLDER,
      sentFolder: e.IMAP_SENT_FOLDER,
      pollIntervalMs: e.IMAP_POLL_INTERVAL_MS,
    },
    smtp: {
      host: e.SMTP_HOST,
      port: e.SMTP_PORT,
      secure: e.SMTP_SECURE ?? (!isLoopback(e.SMTP_HOST) && e.SMTP_PORT === 465),
      user: e.SMTP_USER,
      password: e.SMTP_PASSWORD,
      auth: e.SMTP_AUTH,
    },
    oauth: renewingClient(e),
    consult: { address: e.CONSULT_ADDRESS.toLowerCase(), name: e.CONSULT_NAME },
    screening: {
      allowedSenders: list(e.ALLOWED_SENDERS).map((entry) => allowListEntry(entry)!),
      maxMessageBytes: e.MAX_MESSAGE_BYTES,
      requireAuthenticatedSenders: requireAuthenticated(e),
      authservIds: list(e.AUTHSERV_ID),
    },
    intake: {
      fetchBatchBytes: e.IMAP_FETCH_BATCH_BYTES,
      maxQuestionChars: e.MAX_QUESTION_CHARS,
      maxHtmlDepth: e.MAX_HTML_DEPTH,
      parseTimeoutMs: e.PARSE_TIMEOUT_MS,
      maxIngestFailures: e.MAX_INGEST_FAILURES,
    },
    web: {
      host: e.WEB_HOST,
      port: e.WEB_PORT,
      publicUrl: e.PUBLIC_URL,
      trustProxy: (parseTrustProxy(e.TRUST_PROXY) as { trust: TrustProxy }).trust,
      apiToken: e.CODEDESK_API_TOKEN,
      apiTokenScope: e.CODEDESK_API_TOKEN_SCOPE,
      turnaroundHours: e.TURNAROUND_HOURS,
      claimTtlMinutes: e.CLAIM_TTL_MINUTES,
    },
    refdataDir: e.REFDATA_DIR,
    pipelineConcurrency: e.PIPELINE_CONCURRENCY,
    sending: {
      maxAttempts: e.SEND_MAX_ATTEMPTS,
      retryDelayMs: e.SEND_RETRY_DELAY_MS,
      copyToSelf: e.SEND_COPY_TO_SELF,
    },
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    logLevel: e.LOG_LEVEL,
  };
}

const oauthSettings = (e: Env): OAuthSettings => ({
  provider: e.OAUTH2_PROVIDER,
  clientId: e.OAUTH2_CLIENT_ID,
  clientSecret: e.OAUTH2_CLIENT_SECRET,
  refreshToken: e.OAUTH2_REFRESH_TOKEN,
  tokenUrl: e.OAUTH2_TOKEN_URL,
  scope: e.OAUTH2_SCOPE,
  tenant: e.OAUTH2_TENANT,
});

function renewingClient(e: Env): OAuthClient | undefined {
  if (!e.OAUTH2_REFRESH_TOKEN) return undefined;
  const client = oauthClient(oauthSettings(e), e.IMAP_HOST);
  return 'missing' in client ? undefined : client;
}

/** A mailbox not polled for this long counts as down (health and metrics judge it alike). */
export const imapStaleAfterMs = (config: Pick<Config, 'imap'>) =>
  Math.max(60_000, config.imap.pollIntervalMs * 6);
