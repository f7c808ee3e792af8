import { beforeAll, describe, expect, it } from 'vitest';
import { seedConsult } from '../../fixtures/desk/seed.js';
import { apiSuite } from './helpers.js';
import { seedSignedIn, signInAs } from './session.js';
import { consultState } from '../../helpers/consult-state.js';

describe('admin pages and quarantine', () => {
  const h = apiSuite();
  let admin: { cookie: string; csrf: string };
  beforeAll(async () => {
    admin = await seedSignedIn(h, 'Ada Admin', 'admin');
  });

  const post = (url: string, payload: Record<string, unknown> = {}) =>
    h.app.inject({
      method: 'POST',
      url,
      headers: { cookie: admin.cookie },
      payload: { _csrf: admin.csrf, ...payload },
    });

  it('lets an admin add a reviewer who can then sign in, and disable them, which ends their sessions', async () => {
    const add = await post('/admin/reviewers', {
      name: 'Cy New',
      email: 'cy@desk.test',
      password: 'a long enough password',
    });
    expect(add.statusCode).toBe(303);
    const cy = await signInAs(h.app, 'cy@desk.test', 'a long enough password');
    expect(cy.res.statusCode).toBe(303);
    const row = await h.scratch.db
      .selectFrom('reviewers')
      .select('id')
      .where('email', '=', 'cy@desk.test')
      .executeTakeFirstOrThrow();
    expect((await post(`/admin/reviewers/${row.id}/disable`)).statusCode).toBe(303);
    const after = await h.app.inject({ method: 'GET', url: '/', headers: { cookie: cy.cookie } });
    expect(after.statusCode).toBe(303);
    expect((await signInAs(h.app, 'cy@desk.test', 'a long enough password')).res.statusCode).toBe(401);
  });

  it('creates an API token shown once, with its scope and expiry, which works until it is revoked', async () => {
    const page = await post('/admin/tokens', { name: 'ci-bot', scope: 'read', days: '30' });
    expect(page.body).toMatch(/<td>ci-bot<\/td><td>read<\/td>/);
    const token = /id="new-token">([^<]+)</.exec(page.body)![1]!;
    const stored = await h.scratch.db
      .selectFrom('api_tokens')
      .select(['id', 'token_hash'])
      .where('name', '=', 'ci-bot')
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);
    const auth = { authorization: `Bearer ${token}` };
    expect((await h.app.inject({ method: 'GET', url: '/api/consults', headers: auth })).statusCode).toBe(200);
    expect((await post(`/admin/tokens/${stored.id}/revoke`)).statusCode).toBe(303);
    expect((await h.app.inject({ method: 'GET', url: '/api/consults', headers: auth })).statusCode).toBe(401);
  });

  it('releases quarantined mail back into the pipeline and enqueues a draft job for its message', async () => {
    const q = await seedConsult(h.scratch.db, {
      state: 'quarantined',
      quarantineReason: 'sender not allowed',
    });
    h.jobs.length = 0;
    expect((await post(`/consults/${q.consultId}/release-quarantine`)).statusCode).toBe(303);
    const c = await h.scratch.db
      .selectFrom('consults')
      .select(['state', 'quarantine_reason'])
      .where('id', '=', q.consultId)
      .executeTakeFirstOrThrow();
    expect(c).toEqual({ state: 'received', quarantine_reason: null });
    expect(h.jobs).toEqual([{ name: 'draft', payload: { inboundId: q.inboundId } }]);
  });

  it('sends a released message that was never parsed back to ingest, as a consult of its own', async () => {
    const q = await seedConsult(h.scratch.db, {
      state: 'quarantined',
      quarantineReason: 'processing failed: boom',
    });
    await h.scratch.db
      .updateTable('inbound_messages')
      .set({ from_address: null, state: 'quarantined' })
      .where('id', '=', q.inboundId)
      .execute();
    h.jobs.length = 0;
    expect((await post(`/consults/${q.consultId}/release-quarantine`)).statusCode).toBe(303);
    const m = await h.scratch.db
      .selectFrom('inbound_messages')
      .select(['state', 'consult_id', 'mailbox_id', 'uid_validity', 'uid'])
      .where('id', '=', q.inboundId)
      .executeTakeFirstOrThrow();
    expect(m).toMatchObject({ state: 'stored', consult_id: null });
    expect(await consultState(h.scratch.db, q.consultId)).toBe('discarded');
    expect(h.jobs).toEqual([
      {
        name: 'ingest',
        payload: { mailboxId: m.mailbox_id, uidValidity: String(m.uid_validity), uid: String(m.uid) },
      },
    ]);
  });

  it('discards quarantined mail without sending anything', async () => {
    const q = await seedConsult(h.scratch.db, { state: 'quarantined', quarantineReason: 'bounce' });
    h.jobs.length = 0;
    expect((await post(`/consults/${q.consultId}/discard`)).statusCode).toBe(303);
    expect(await consultState(h.scratch.db, q.consultId)).toBe('discarded');
    expect(h.jobs).toEqual([]);
  });
});
