// Claims live on the consult row (claimed_by, claimed_at). Every write here is one conditional
// UPDATE, so two reviewers racing for a consult cannot both win.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/database.js';
import { CONSULT, type ConsultTransition } from '../../lifecycle/transitions.js';
import { consultOrNone, type Consult } from '../../repositories/consult.repository.js';

type Db = Kysely<Database> | Transaction<Database>;

/** True when nobody else holds a live claim: free, mine, or expired. */
const claimOpenTo = (reviewerId: number | null, ttlMinutes: number) =>
  sql<boolean>`(claimed_by is null or claimed_by = ${reviewerId} or claimed_at < now() - make_interval(secs => ${ttlMinutes * 60}))`;

export function claim(
  db: Db,
  consultId: string,
  reviewerId: number,
  ttlMinutes: number,
): Promise<Consult | undefined> {
  return db
    .updateTable('consults')
    .set({ claimed_by: reviewerId, claimed_at: sql`now()` })
    .where('id', '=', consultId)
    .where('state', 'in', CONSULT.approve.from)
    .where(claimOpenTo(reviewerId, ttlMinutes))
    .returningAll()
    .executeTakeFirst()
    .then(consultOrNone);
}

export function releaseClaim(db: Db, consultId: string, reviewerId: number): Promise<Consult | undefined> {
  return db
    .updateTable('consults')
    .set({ claimed_by: null, claimed_at: null })
    .where('id', '=', consultId)
    .where('claimed_by', '=', reviewerId)
    .returningAll()
    .executeTakeFirst()
    .then(consultOrNone);
}

/**
 * Moves a consult from one state to another only if it is still in `from` and nobody else holds a
 * live claim; the claim is cleared because the work is done. Undefined means someone got there first.
 */
export function transition(
  db: Db,
  consultId: string,
  t: ConsultTransition,
  by: { reviewerId: number | null; ttlMinutes: number },
): Promise<Consult | undefined> {
  return db
    .updateTable('consults')
    .set({ state: t.to, claimed_by: null, claimed_at: null, updated_at: sql`now()` })
    .where('id', '=', consultId)
    .where('state', 'in', t.from)
    .where(claimOpenTo(by.reviewerId, by.ttlMinutes))
    .returningAll()
    .executeTakeFirst()
    .then(consultOrNone);
}

/** The reviewer's reason for rejecting, or note asking for information, kept on the consult. */
export async function setDecisionNote(db: Db, consultId: string, note: string): Promise<void> {
  await db.updateTable('consults').set({ decision_note: note }).where('id', '=', consultId).execute();
}

/** Quarantine release and discard: no claim involved. */
export function setState(db: Db, consultId: string, t: ConsultTransition, clearReason: boolean) {
  return db
    .updateTable('consults')
    .set(
      clearReason
        ? { state: t.to, quarantine_reason: null, updated_at: sql`now()` }
        : { state: t.to, updated_at: sql`now()` },
    )
    .where('id', '=', consultId)
    .where('state', 'in', t.from)
    .returningAll()
    .executeTakeFirst()
    .then(consultOrNone);
}

/** The consult, locked for the rest of the transaction: a claim check and what follows are one step. */
export function lockConsult(trx: Transaction<Database>, consultId: string): Promise<Consult | undefined> {
  return trx
    .selectFrom('consults')
    .selectAll()
    .where('id', '=', consultId)
    .forUpdate()
    .executeTakeFirst()
    .then(consultOrNone);
}

/** Work on a claimed consult keeps its claim fresh. */
export async function touchClaim(db: Db, consultId: string): Promise<void> {
  await db.updateTable('consults').set({ claimed_at: new Date() }).where('id', '=', consultId).execute();
}
