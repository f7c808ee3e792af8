// The state a consult is in now, as the specs check it after an action.
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/database.js';
import type { ConsultState } from '../../src/db/schema/core.js';

export async function consultState(db: Kysely<Database>, consultId: string): Promise<ConsultState> {
  const row = await db
    .selectFrom('consults')
    .select('state')
    .where('id', '=', consultId)
    .executeTakeFirstOrThrow();
  return row.state;
}
