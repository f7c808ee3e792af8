// A pass of the poller over a test mailbox, on an IMAP connection of its own, for the poller's suites.
import type { ImapFlow } from 'imapflow';
import type { Kysely } from 'kysely';
import type { Config } from '../../../src/config.js';
import type { Database } from '../../../src/db/database.js';
import { createLogger, type Logger } from '../../../src/logger.js';
import { createImapClient } from '../../../src/mail/imap-client.js';
import { syncMailbox, type PollerDeps } from '../../../src/mail/mailbox-sync.js';
import type { Queues } from '../../../src/queue/queues.js';

interface Overrides {
  imap?: Partial<Config['imap']>;
  limits?: Partial<PollerDeps['limits']>;
  logger?: Logger;
}

/** What the poller needs to read `config`'s mailbox into `db`: the config's limits unless overridden. */
export function pollerDeps(
  config: Config,
  db: Kysely<Database>,
  queues: Queues,
  over: Overrides = {},
): PollerDeps {
  return {
    db,
    queues,
    imap: over.imap ? { ...config.imap, ...over.imap } : config.imap,
    limits: {
      maxMessageBytes: config.screening.maxMessageBytes,
      fetchBatchBytes: config.intake.fetchBatchBytes,
      ...over.limits,
    },
    logger: over.logger ?? createLogger('silent'),
  };
}

/** Runs `work` on a connection of its own to the mailbox, logged out afterwards. */
export async function onImap<T>(d: PollerDeps, work: (client: ImapFlow) => Promise<T>): Promise<T> {
  const client = createImapClient(d.imap);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.logout();
  }
}

export const syncOnce = (d: PollerDeps) => onImap(d, (client) => syncMailbox(client, d));

/** The poller's cursor for a mailbox: its id and the UIDVALIDITY it last read. */
export const mailboxCursor = (db: Kysely<Database>, address: string) =>
  db
    .selectFrom('mailboxes')
    .select(['id', 'uid_validity'])
    .where('address', '=', address)
    .executeTakeFirstOrThrow();
