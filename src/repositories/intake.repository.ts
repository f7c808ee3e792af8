// What the poller writes. A batch is one statement; when the database refuses it because of what one
// message holds, each message is stored on its own, so the others go through and the one that cannot
// be stored is recorded (a quarantined consult with the reason) instead of stopping intake.
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { CONSULT } from '../lifecycle/transitions.js';
import { recordAudit } from './audit.repository.js';
import { createConsult } from './consult.repository.js';
import { recordRepeats, type Repeat } from './duplicate.repository.js';
import { sha256, storeSources, type StoredSource } from './inbound.repository.js';

export interface IntakeResult {
  /** UIDs stored as new messages, to be ingested. */
  stored: string[];
  /** UIDs that were duplicates, or already stored: done with, nothing to ingest. */
  repeats: Map<string, Repeat>;
  /** UIDs the database refused, with the reason; recorded for a person, left in the mailbox. */
  refused: { uid: string; reason: string }[];
}

/** SQLSTATE classes about the data of one statement (22 data exception, 23 integrity, 54 program
 * limit): another message would not fail that way. Anything else (a lost connection, a server
 * shutting down) is the database's state, and the whole pass is tried again later. */
export function isDataError(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && /^(22|23|54)/.test(code);
}

export async function intakeSources(db: Kysely<Database>, sources: StoredSource[]): Promise<IntakeResult> {
  const result: IntakeResult = { stored: [], repeats: new Map(), refused: [] };
  try {
    result.stored = await storeSources(db, sources);
  } catch (err) {
    if (!isDataError(err)) throw err;
    for (const s of sources) {
      try {
        result.stored.push(...(await storeSources(db, [s])));
      } catch (one) {
        if (!isDataError(one)) throw one;
        result.refused.push({ uid: s.uid, reason: (one as Error).message.slice(0, 200) });
      }
    }
  }
  const settled = new Set([...result.stored, ...result.refused.map((r) => r.uid)]);
  const others = sources.filter((s) => !settled.has(s.uid));
  result.repeats = await recordRepeats(
    db,
    others.map((s) => ({ ...s, size: s.raw.length, sha256: sha256(s.raw) })),
  );
  return result;
}

/**
 * A message that could not be taken in (the database refused it, or the server would not hand it
 * over) gets a quarantined consult saying so, which the desk lists: intake goes on with the next one,
 * and the message stays in the mailbox for a person.
 */
export async function recordIntakeFailure(
  db: Kysely<Database>,
  key: { mailboxId: number; folder: string; uidValidity: string; uid: string },
  reason: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const consult = await createConsult(trx, {
      askerAddress: '(unknown sender)',
      askerName: null,
      subject: '(message not taken in)',
      state: CONSULT.quarantine.to,
      quarantineReason: `intake failed for UID ${key.uid} of ${key.folder} (left there): ${reason}`,
    });
    await recordAudit(trx, {
      actor: 'poller',
      action: CONSULT.quarantine.action,
      consultId: consult.id,
      detail: { mailboxId: key.mailboxId, uidValidity: key.uidValidity, uid: key.uid },
    });
  });
}
