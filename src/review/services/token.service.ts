// API tokens for automation. The secret is shown once at creation; only its SHA-256 is stored. Every
// token has a scope (core/token-scope.ts) and an expiry.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { TokenScope } from '../../db/schema/desk.js';
import { AppError } from '../../errors.js';
import type { Actor } from '../actor.js';
import { newSecret, safeEqual, sha256 } from '../core/secrets.js';
import { appendAudit } from '../../repositories/audit.repository.js';
import {
  findLiveToken,
  insertToken,
  revokeToken,
  type ApiTokenInfo,
} from '../repositories/token.repository.js';
import type { By } from './account.service.js';

export const TOKEN_PREFIX = 'cdk_';

export async function createApiToken(
  db: Kysely<Database>,
  by: By,
  input: { name: string; scope: TokenScope; expiresAt: Date },
): Promise<{ token: string; info: ApiTokenInfo }> {
  const token = newSecret(TOKEN_PREFIX);
  const info = await insertToken(db, { ...input, tokenHash: sha256(token), createdBy: by.reviewerId });
  await appendAudit(db, {
    ...by,
    action: 'token.create',
    detail: { token: info.id, scope: info.scope, expiresAt: info.expiresAt.toISOString() },
  });
  return { token, info };
}

export async function revokeApiToken(
  db: Kysely<Database>,
  by: By,
  idOrName: number | string,
): Promise<number> {
  const ids = await revokeToken(db, idOrName);
  if (ids.length === 0) throw new AppError('TOKEN.NOT_FOUND', 'no live token matches', 404);
  await appendAudit(db, {
    ...by,
    action: 'token.revoke',
    detail: { tokens: ids.join(','), revoked: ids.length },
  });
  return ids.length;
}

/** The configured token (CODEDESK_API_TOKEN, with its configured scope) or a live stored one. */
export async function actorForBearer(
  db: Kysely<Database>,
  configured: { token?: string; scope: TokenScope },
  bearer: string,
): Promise<Actor | null> {
  if (configured.token && safeEqual(bearer, configured.token))
    return { kind: 'token', tokenId: null, name: 'config', scope: configured.scope };
  if (!bearer.startsWith(TOKEN_PREFIX)) return null;
  const t = await findLiveToken(db, sha256(bearer));
  return t ? { kind: 'token', tokenId: t.id, name: t.name, scope: t.scope } : null;
}
