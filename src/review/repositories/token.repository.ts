import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { TokenScope } from '../../db/schema/desk.js';

export interface ApiTokenInfo {
  id: number;
  name: string;
  scope: TokenScope;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

const INFO = [
  'id',
  'name',
  'scope',
  'created_at as createdAt',
  'expires_at as expiresAt',
  'revoked_at as revokedAt',
] as const;

export function insertToken(
  db: Kysely<Database>,
  t: { name: string; tokenHash: string; scope: TokenScope; expiresAt: Date; createdBy: number | null },
): Promise<ApiTokenInfo> {
  return db
    .insertInto('api_tokens')
    .values({
      name: t.name,
      token_hash: t.tokenHash,
      scope: t.scope,
      expires_at: t.expiresAt,
      created_by: t.createdBy,
    })
    .returning(INFO)
    .executeTakeFirstOrThrow();
}

/** A token that is neither revoked nor expired. */
export function findLiveToken(db: Kysely<Database>, tokenHash: string): Promise<ApiTokenInfo | undefined> {
  return db
    .selectFrom('api_tokens')
    .select(INFO)
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', new Date())
    .executeTakeFirst();
}

export function listTokens(db: Kysely<Database>): Promise<ApiTokenInfo[]> {
  return db.selectFrom('api_tokens').select(INFO).orderBy('id').execute();
}

/** Revokes live tokens matching the id or the name; returns their ids. */
export async function revokeToken(db: Kysely<Database>, idOrName: number | string): Promise<number[]> {
  const q = db.updateTable('api_tokens').set({ revoked_at: new Date() }).where('revoked_at', 'is', null);
  const rows = await (
    typeof idOrName === 'number' ? q.where('id', '=', idOrName) : q.where('name', '=', idOrName)
  )
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}
