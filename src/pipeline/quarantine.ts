// A message that is not a question to answer goes to quarantine: a consult of its own in state
// `quarantined` with the reason a person can read, in one transaction with the message's row.
import type { Kysely, Transaction } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import { replyAddress } from '../mail/asker.js';
import type { ParsedMessage } from '../mail/parse.js';
import type { SenderAuth } from '../mail/sender-auth.js';
import { consultSubject } from '../mail/thread.js';
import type { JobStatus } from '../queue/jobs.js';
import { INBOUND } from '../lifecycle/transitions.js';
import { quarantineMessage } from '../repositories/quarantine.repository.js';
import { parsedColumns } from './parsed-columns.js';

export interface QuarantineDeps {
  db: Kysely<Database>;
  logger: Logger;
  config: Pick<Config, 'consult'>;
}

/**
 * `read` names the consult (sender, subject); with `keepParsed` its columns are stored on the message
 * too. Without them (a message never parsed, or only its headers read) the message stays unparsed, so
 * releasing it sends it back to ingest rather than straight to drafting.
 */
export async function quarantine(
  deps: QuarantineDeps,
  row: { id: string },
  read: { parsed: ParsedMessage; auth: SenderAuth } | null,
  reason: string,
  keepParsed = true,
): Promise<JobStatus> {
  const parsed = read?.parsed;
  const done = await inTransaction(deps.db, async (trx) => {
    const consult = await quarantineMessage(trx, {
      inboundId: row.id,
      actor: 'pipeline',
      reason,
      consult: {
        askerAddress:
          (read && replyAddress(read.parsed, read.auth, deps.config.consult.address)) ?? '(unknown sender)',
        askerName: parsed?.fromName ?? null,
        subject: parsed ? consultSubject(parsed.subject) : '(unreadable message)',
      },
      message: INBOUND.quarantine,
      ingest: { parsed: read && keepParsed ? parsedColumns(read.parsed, read.auth) : null },
    });
    if (!consult) throw new RollbackSignal();
    return true;
  });
  if (done) deps.logger.info({ inboundId: row.id }, 'message quarantined');
  return done ? 'done' : 'skipped';
}

/** Thrown to undo a transaction whose conditional update found the work already done elsewhere. */
class RollbackSignal extends Error {}

async function inTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T | null> {
  try {
    return await db.transaction().execute(work);
  } catch (err) {
    if (err instanceof RollbackSignal) return null;
    throw err;
  }
}
