// What the desk and API app is built from: workers/web.ts passes the real parts, tests their doubles.
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import type { TokenHealthSummary } from '../mail/oauth/token-status.js';
import type { Queues } from '../queue/queues.js';
import type { HealthReport } from './health.js';

export interface AppDeps {
  db: Kysely<Database>;
  config: Config;
  queues: Queues | null;
  logger?: Logger;
  health?: () => Promise<HealthReport>;
  /** Seconds since rows of a scrape window may still be committing (metrics/tallies.ts); tests pass 0. */
  metricsSettleMs?: number;
  /** How the mailbox's XOAUTH2 renewal goes (src/app/oauth.ts), when it uses a refresh token. */
  oauthStatus?: { read(): Promise<TokenHealthSummary> };
}
