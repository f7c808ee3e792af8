// API tokens can do what their scope allows, until they expire; tokens made before scopes existed
// become read-only tokens that expire 90 days after the upgrade.
import { describe, expect, it } from 'vitest';
import * as scopesMigration from '../../../migrations/20261203120200_api_token_scopes.js';
import { createApiToken } from '../../../src/review/services/token.service.js';
import type { TokenScope } from '../../../src/db/schema/desk.js';
import { seedConsult } from '../../fixtures/desk/seed.js';
import { createScratchDb } from '../../helpers/scratch-db.js';
import { apiSuite } from './helpers.js';

describe('API token scopes and expiry', () => {
  const h = apiSuite();

  const CLI = { actor: 'cli', reviewerId: null };
  async function bearer(scope: TokenScope, expiresAt = new Date(Date.now() + 86_400_000)) {
    const { token } = await createApiToken(h.scratch.db, CLI, { name: `${scope}-bot`, scope, expiresAt });
    return { authorization: `Bearer ${token}` };
  }
  const approve = (consultId: string, headers: Record<string, string>) =>
    h.app.inject({ method: 'POST', url: `/api/consults/${consultId}/approve`, headers, payload: {} });

  it('lets a read token read but not decide', async () => {
    const read = await bearer('read');
    const c = await seedConsult(h.scratch.db);
    expect((await h.app.inject({ method: 'GET', url: '/api/consults', headers: read })).statusCode).toBe(200);
    expect(
      (await h.app.inject({ method: 'GET', url: `/api/consults/${c.consultId}`, headers: read })).statusCode,
    ).toBe(200);
    const refused = await approve(c.consultId, read);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({
      error: 'AUTH.FORBIDDEN',
      message: expect.stringMatching(/review token/),
    });
    expect(await h.scratch.db.selectFrom('outbox').select('id').execute()).toEqual([]);
  });

  it('lets a review token approve, and keeps the admin pages for signed-in admins', async () => {
    const review = await bearer('review');
    const c = await seedConsult(h.scratch.db);
    expect((await approve(c.consultId, review)).statusCode).toBe(202);
    for (const headers of [review, await bearer('admin')])
      expect((await h.app.inject({ method: 'GET', url: '/admin', headers })).statusCode).toBe(403);
  });

  it('gives the configured token the scope of CODEDESK_API_TOKEN_SCOPE (review unless set)', async () => {
    expect((await h.app.inject({ method: 'GET', url: '/admin', headers: h.auth })).statusCode).toBe(403);
    expect((await approve((await seedConsult(h.scratch.db)).consultId, h.auth)).statusCode).toBe(202);
  });

  it('refuses an expired token as if it did not exist', async () => {
    const expired = await bearer('admin', new Date(Date.now() - 1000));
    expect((await h.app.inject({ method: 'GET', url: '/api/consults', headers: expired })).statusCode).toBe(
      401,
    );
  });

  it('turns tokens made before scopes existed into read tokens expiring 90 days after the upgrade', async () => {
    const old = await createScratchDb();
    try {
      await scopesMigration.down(old.db);
      await old.db
        .insertInto('api_tokens')
        .values({ name: 'legacy', token_hash: 'h' } as never)
        .execute();
      await scopesMigration.up(old.db);
      const t = await old.db
        .selectFrom('api_tokens')
        .select(['scope', 'expires_at'])
        .executeTakeFirstOrThrow();
      expect(t.scope).toBe('read');
      const days = (t.expires_at.getTime() - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(89.9);
      expect(days).toBeLessThanOrEqual(90);
    } finally {
      await old.drop();
    }
  });
});
