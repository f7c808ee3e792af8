// The one module that reads process.env: the environment (declared in config-env.ts) becomes the typed
// Config the processes are built from.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { allowListEntry, list, oauthSettings, requireAuthenticated, schema, type Env } from './config-env.js';
import type { ImapSettings } from './mail/imap-client.js';
import { isLoopback } from './mail/loopback.js';
import { oauthClient, type OAuthClient } from './mail/oauth/oauth-client.js';
import { parseTrustProxy, type TrustProxy } from './trust-proxy.js';

export const STACK_ENV_FILE = resolve(import.meta.dirname, '..', '.stack', 'env');

export interface Config {
  databaseUrl: string;
  /** Named prepared statements for hot queries; off behind a pooler that cannot keep them. */
  databasePreparedStatements: boolean;
  redisUrl: string;
  imap: ImapSettings;
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

function renewingClient(e: Env): OAuthClient | undefined {
  if (!e.OAUTH2_REFRESH_TOKEN) return undefined;
  const client = oauthClient(oauthSettings(e), e.IMAP_HOST);
  return 'missing' in client ? undefined : client;
}

/** A mailbox not polled for this long counts as down (health and metrics judge it alike). */
export const imapStaleAfterMs = (config: Pick<Config, 'imap'>) =>
  Math.max(60_000, config.imap.pollIntervalMs * 6);
