import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runWith as reviewerCli } from '../../../src/cli/reviewer.command.js';
import { runWith as tokenCli } from '../../../src/cli/token.command.js';
import { verifyPassword } from '../../../src/review/core/password.js';
import { actorForBearer } from '../../../src/review/services/token.service.js';
import { createScratchDb, type ScratchDb } from '../../helpers/scratch-db.js';

describe('`codedesk reviewer` and `codedesk token`', () => {
  let s: ScratchDb;
  beforeAll(async () => {
    s = await createScratchDb();
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await s.drop();
  });

  it('adds an admin with an argon2id hash, disables, and resets the password', async () => {
    expect(
      await reviewerCli(s.db, [
        'add',
        '--email',
        'Lead@Desk.test',
        '--name',
        'Lee Lead',
        '--password',
        'twelve chars ok',
        '--admin',
      ]),
    ).toBe(0);
    const row = await s.db
      .selectFrom('reviewers')
      .selectAll()
      .where('email', '=', 'lead@desk.test')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ role: 'admin', disabled: false });
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(await reviewerCli(s.db, ['disable', '--email', 'lead@desk.test'])).toBe(0);
    expect(
      await reviewerCli(s.db, [
        'reset-password',
        '--email',
        'lead@desk.test',
        '--password',
        'another long one',
      ]),
    ).toBe(0);
    const after = await s.db
      .selectFrom('reviewers')
      .selectAll()
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(after.disabled).toBe(true);
    expect(await verifyPassword(after.password_hash, 'another long one')).toBe(true);
    const actions = await s.db.selectFrom('audit_events').select(['actor', 'action']).orderBy('id').execute();
    expect(actions).toEqual([
      { actor: 'cli', action: 'reviewer.add' },
      { actor: 'cli', action: 'reviewer.disable' },
      { actor: 'cli', action: 'reviewer.reset_password' },
    ]);
  });

  it('refuses a short password', async () => {
    await expect(
      reviewerCli(s.db, ['add', '--email', 'x@desk.test', '--name', 'X', '--password', 'short']),
    ).rejects.toThrow(/12 characters/);
  });

  const config = { scope: 'read' as const };

  it('creates a token with a scope and an expiry, printed once and stored hashed, and revokes it by name', async () => {
    const log = vi.mocked(console.log);
    log.mockClear();
    expect(
      await tokenCli(s.db, ['create', '--name', 'nightly', '--scope', 'review', '--expires', '30d']),
    ).toBe(0);
    const token = String(log.mock.calls.at(-1)?.[0]);
    expect(token).toMatch(/^cdk_[\w-]{43}$/);
    expect(await actorForBearer(s.db, config, token)).toMatchObject({
      kind: 'token',
      name: 'nightly',
      scope: 'review',
    });
    const row = await s.db
      .selectFrom('api_tokens')
      .select(['expires_at', 'token_hash'])
      .where('name', '=', 'nightly')
      .executeTakeFirstOrThrow();
    expect(row.token_hash).not.toContain(token);
    const days = (row.expires_at.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
    expect(await tokenCli(s.db, ['revoke', '--name', 'nightly'])).toBe(0);
    expect(await actorForBearer(s.db, config, token)).toBeNull();
  });

  it('refuses a token without a scope, or one that would not expire within a year', async () => {
    await expect(tokenCli(s.db, ['create', '--name', 'x'])).rejects.toThrow(/--scope read, review or admin/);
    await expect(tokenCli(s.db, ['create', '--name', 'x', '--scope', 'root'])).rejects.toThrow(/--scope/);
    for (const expires of ['400d', '2020-01-01', 'never'])
      await expect(
        tokenCli(s.db, ['create', '--name', 'x', '--scope', 'read', '--expires', expires]),
      ).rejects.toThrow(/--expires/);
  });

  it('stops accepting a token once it has expired', async () => {
    const log = vi.mocked(console.log);
    expect(await tokenCli(s.db, ['create', '--name', 'short', '--scope', 'read', '--expires', '1h'])).toBe(0);
    const token = String(log.mock.calls.at(-1)?.[0]);
    expect(await actorForBearer(s.db, config, token)).not.toBeNull();
    await s.db
      .updateTable('api_tokens')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('name', '=', 'short')
      .execute();
    expect(await actorForBearer(s.db, config, token)).toBeNull();
  });
});
