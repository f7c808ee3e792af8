// API tokens for automation. The secret is shown once at creation; only its SHA-256 is stored.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import type { Actor } from '../actor.js';
import { newSecret, safeEqual, sha256 } from '../core/secrets.js';
import { appendAudit } from '../repositories/audit.repository.js';
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
  name: string,
): Promise<{ token: string; info: ApiTokenInfo }> {
  const token = newSecret(TOKEN_PREFIX);
  const info = await insertToken(db, { name, tokenHash: sha256(token), createdBy: by.reviewerId });
  await appendAudit(db, { ...by, action: 'token.create', detail: { token: info.id } });
  return { token, info };
}

export async function revokeApiToken(
  db: Kysely<Database>,
  by: By,
  idOrName: number | string,
): Promise<number> {
  const n = await revokeToken(db, idOrName);
  if (n === 0) throw new AppError('TOKEN.NOT_FOUND', 'no live token matches', 404);
  await appendAudit(db, { ...by, action: 'token.revoke', detail: { match: String(idOrName), revoked: n } });
  return n;
}

/** The configured token (CODEDESK_API_TOKEN) or a live stored one. */
export async function actorForBearer(
  db: Kysely<Database>,
  configured: string | undefined,
  bearer: string,
): Promise<Actor | null> {
  if (configured && safeEqual(bearer, configured)) return { kind: 'token', tokenId: null, name: 'config' };
  if (!bearer.startsWith(TOKEN_PREFIX)) return null;
  const t = await findLiveToken(db, sha256(bearer));
  return t ? { kind: 'token', tokenId: t.id, name: t.name } : null;
}
