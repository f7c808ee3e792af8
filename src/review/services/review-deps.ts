import type { Kysely } from 'kysely';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import type { Logger } from '../../logger.js';
import type { Queues } from '../../queue/queues.js';
import type { TokenHealthSummary } from '../../mail/oauth/token-status.js';

/** What the review services need; the web app passes its own deps through. */
export interface ReviewDeps {
  db: Kysely<Database>;
  config: Config;
  queues: Queues | null;
  logger?: Logger;
  /** How the mailbox's XOAUTH2 renewal goes, when it uses a refresh token (the desk's banner). */
  oauthStatus?: { read(): Promise<TokenHealthSummary> };
}
