// An admin deletes a consult with its messages, drafts, outbox rows and raw source; the audit log keeps
// its entries and a tombstone (ids, who, when, counts), never the mail.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runWith as consultCli } from '../../../src/cli/consult.command.js';
import { createApiToken } from '../../../src/review/services/token.service.js';
import type { TokenScope } from '../../../src/db/schema/desk.js';
import { seedConsult, seedReviewer } from '../../fixtures/desk/seed.js';
import { apiHarness, type ApiHarness } from './helpers.js';
import { signInAs } from './session.js';

describe('deleting a consult and its mail', () => {
  let h: ApiHarness;
  let admin: { cookie: string; csrf: string; id: number };
  let reviewer: { cookie: string; csrf: string };
  beforeAll(async () => {
    h = await apiHarness();
    const a = await seedReviewer(h.scratch.db, 'Ada Admin', 'admin');
    const r = await seedReviewer(h.scratch.db, 'Rex Reviewer');
    admin = { ...(await signInAs(h.app, a.email, a.password)), id: a.id };
    reviewer = await signInAs(h.app, r.email, r.password);
  });
  afterAll(async () => h.close());

  async function bearer(scope: TokenScope) {
    const expiresAt = new Date(Date.now() + 86_400_000);
    const { token } = await createApiToken(
      h.scratch.db,
      { actor: 'cli', reviewerId: null },
      {
        name: `${scope}-bot`,
        scope,
        expiresAt,
      },
    );
    return { authorization: `Bearer ${token}` };
  }

  /** A consult that went all the way: question, draft, approval, reply sent, history in the audit log. */
  async function answeredConsult() {
    const c = await seedConsult(h.scratch.db, { question: 'Pt Mary Jones, MRN 99812345: 32555 with 76942?' });
    const approve = await h.app.inject({
      method: 'POST',
      url: `/api/consults/${c.consultId}/approve`,
      headers: h.auth,
      payload: {},
    });
    expect(approve.statusCode).toBe(202);
    await h.scratch.db
      .updateTable('outbox')
      .set({ state: 'sent' })
      .where('consult_id', '=', c.consultId)
      .execute();
    return c;
  }

  const count = async (table: 'consults' | 'inbound_messages' | 'drafts' | 'outbox', consultId: string) => {
    const column = table === 'consults' ? 'id' : 'consult_id';
    const rows = await h.scratch.db.selectFrom(table).select(column).where(column, '=', consultId).execute();
    return rows.length;
  };
  const auditOf = (consultId: string) =>
    h.scratch.db
      .selectFrom('audit_events')
      .select(['action', 'actor', 'reviewer_id', 'detail'])
      .where('consult_id', '=', consultId)
      .orderBy('id')
      .execute();

  it('deletes every row holding the mail and leaves a tombstone with ids and counts only', async () => {
    const c = await answeredConsult();
    const res = await h.app.inject({
      method: 'DELETE',
      url: `/api/consults/${c.consultId}`,
      headers: await bearer('admin'),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ deleted: { consultId: c.consultId, messages: 1, drafts: 1, outbox: 1 } });
    for (const table of ['consults', 'inbound_messages', 'drafts', 'outbox'] as const)
      expect(await count(table, c.consultId)).toBe(0);
    const audit = await auditOf(c.consultId);
    expect(audit.map((a) => a.action)).toEqual(['approve', 'consult.deleted']);
    expect(audit.at(-1)).toEqual({
      action: 'consult.deleted',
      actor: 'token:admin-bot',
      reviewer_id: null,
      detail: { messages: 1, drafts: 1, outbox: 1 },
    });
    expect(JSON.stringify(audit)).not.toMatch(/Mary|99812345|example\.test/);
  });

  it('is for admins only: review tokens and reviewers are refused, and nothing is deleted', async () => {
    const c = await seedConsult(h.scratch.db);
    const url = `/api/consults/${c.consultId}`;
    expect((await h.app.inject({ method: 'DELETE', url, headers: await bearer('review') })).statusCode).toBe(
      403,
    );
    const asReviewer = await h.app.inject({
      method: 'DELETE',
      url,
      headers: { cookie: reviewer.cookie, 'x-csrf-token': reviewer.csrf },
    });
    expect(asReviewer.statusCode).toBe(403);
    expect(await count('consults', c.consultId)).toBe(1);
  });

  it('waits while a reply is queued or being sent, so nothing goes out after its consult is gone', async () => {
    const c = await seedConsult(h.scratch.db);
    await h.app.inject({
      method: 'POST',
      url: `/api/consults/${c.consultId}/approve`,
      headers: h.auth,
      payload: {},
    });
    const res = await h.app.inject({
      method: 'DELETE',
      url: `/api/consults/${c.consultId}`,
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toBe('CONSULT.SEND_IN_FLIGHT');
    expect(await count('outbox', c.consultId)).toBe(1);
  });

  it("asks the desk's admin to type the consult's token before deleting", async () => {
    const c = await answeredConsult();
    const post = (confirm: string) =>
      h.app.inject({
        method: 'POST',
        url: `/consults/${c.consultId}/delete`,
        headers: { cookie: admin.cookie },
        payload: { _csrf: admin.csrf, confirm },
      });
    const wrong = await post('CD-NOPE00');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('Nothing was deleted');
    expect(await count('consults', c.consultId)).toBe(1);
    const right = await post(c.token.toLowerCase());
    expect(right.statusCode).toBe(303);
    expect(right.headers.location).toBe('/?notice=consult_deleted');
    expect(await count('inbound_messages', c.consultId)).toBe(0);
    expect((await auditOf(c.consultId)).at(-1)).toMatchObject({
      action: 'consult.deleted',
      actor: `reviewer:${admin.id}`,
    });
  });

  it('deletes from the command line with the token as confirmation', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const c = await answeredConsult();
      await expect(
        consultCli(h.scratch.db, ['delete', '--id', c.consultId, '--confirm', 'CD-WRONG0']),
      ).rejects.toThrow(/Nothing was deleted/);
      expect(await consultCli(h.scratch.db, ['delete', '--id', c.consultId, '--confirm', c.token])).toBe(0);
      expect(await count('consults', c.consultId)).toBe(0);
      expect((await auditOf(c.consultId)).at(-1)).toMatchObject({ action: 'consult.deleted', actor: 'cli' });
    } finally {
      vi.restoreAllMocks();
    }
  });
});
