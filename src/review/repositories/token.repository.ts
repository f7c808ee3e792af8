import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';

export interface ApiTokenInfo {
  id: number;
  name: string;
  created_at: Date;
  revoked_at: Date | null;
}

export function insertToken(
  db: Kysely<Database>,
  t: { name: string; tokenHash: string; createdBy: number | null },
): Promise<ApiTokenInfo> {
  return db
    .insertInto('api_tokens')
    .values({ name: t.name, token_hash: t.tokenHash, created_by: t.createdBy })
    .returning(['id', 'name', 'created_at', 'revoked_at'])
    .executeTakeFirstOrThrow();
}

export function findLiveToken(db: Kysely<Database>, tokenHash: string): Promise<ApiTokenInfo | undefined> {
  return db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'created_at', 'revoked_at'])
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export function listTokens(db: Kysely<Database>): Promise<ApiTokenInfo[]> {
  return db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'created_at', 'revoked_at'])
    .orderBy('id')
    .execute();
}

/** Revokes live tokens matching the id or the name; returns how many. */
export async function revokeToken(db: Kysely<Database>, idOrName: number | string): Promise<number> {
  const q = db.updateTable('api_tokens').set({ revoked_at: new Date() }).where('revoked_at', 'is', null);
  const rows = await (
    typeof idOrName === 'number' ? q.where('id', '=', idOrName) : q.where('name', '=', idOrName)
  )
    .returning('id')
    .execute();
  return rows.length;
}
