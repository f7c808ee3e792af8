// Follow-ups that arrived while a reply was on its way: once it is sent, the consult goes back to
// drafting and the caller enqueues a draft for each.
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { CONSULT } from '../lifecycle/transitions.js';
import { moveConsult } from '../repositories/consult.repository.js';
import { followUpIds } from '../repositories/inbound.repository.js';

export async function followUpsWaiting(trx: Kysely<Database>, consultId: string): Promise<string[]> {
  const waiting = await followUpIds(trx, consultId);
  if (waiting.length) await moveConsult(trx, consultId, CONSULT.followUpAfterSend);
  return waiting;
}
