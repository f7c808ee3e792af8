import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedConsult, seedReviewer } from '../../fixtures/desk/seed.js';
import { apiHarness, type ApiHarness } from './helpers.js';
import { signInAs } from './session.js';

describe('reviewer sessions, CSRF and claims', () => {
  let h: ApiHarness;
  let ann: Awaited<ReturnType<typeof seedReviewer>>;
  let bob: Awaited<ReturnType<typeof seedReviewer>>;
  beforeAll(async () => {
    h = await apiHarness({ PUBLIC_URL: 'https://desk.example.test' });
    ann = await seedReviewer(h.scratch.db, 'Ann Coder');
    bob = await seedReviewer(h.scratch.db, 'Bob Coder');
  });
  afterAll(async () => h.close());

  it('signs in with the right password and sets a Secure, HttpOnly, SameSite=Strict cookie', async () => {
    const s = await signInAs(h.app, ann.email, ann.password);
    expect(s.res.statusCode).toBe(303);
    const cookie = [s.setCookie].flat().find((c) => String(c).startsWith('codedesk_session='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Secure/);
    const stored = await h.scratch.db.selectFrom('sessions').select('id').execute();
    // Only the hash of the cookie is stored.
    expect(stored.map((r) => r.id)).not.toContain(s.cookie.split('=')[1]);
  });

  it('refuses a wrong password with 401 and the form again', async () => {
    const s = await signInAs(h.app, ann.email, 'wrong password here');
    expect(s.res.statusCode).toBe(401);
    expect(s.cookie).toBe('');
  });

  it('refuses a sign-in post without the form token', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/sign-in',
      payload: { email: ann.email, password: ann.password, _csrf: 'x' },
    });
    expect(res.statusCode).toBe(403);
  });

  it('refuses a form post from a session without the CSRF token, and accepts it with the token', async () => {
    const s = await signInAs(h.app, ann.email, ann.password);
    const c = await seedConsult(h.scratch.db);
    const without = await h.app.inject({
      method: 'POST',
      url: `/consults/${c.consultId}/claim`,
      headers: { cookie: s.cookie },
      payload: {},
    });
    expect(without.statusCode).toBe(403);
    expect(without.body).toContain('CSRF.INVALID');
    const withToken = await h.app.inject({
      method: 'POST',
      url: `/consults/${c.consultId}/claim`,
      headers: { cookie: s.cookie },
      payload: { _csrf: s.csrf },
    });
    expect(withToken.statusCode).toBe(303);
  });

  it('lets a second reviewer see the claim but not take, edit or approve the consult', async () => {
    const a = await signInAs(h.app, ann.email, ann.password);
    const b = await signInAs(h.app, bob.email, bob.password);
    const c = await seedConsult(h.scratch.db);
    const post = (s: typeof a, path: string, payload: Record<string, unknown> = {}) =>
      h.app.inject({
        method: 'POST',
        url: `/consults/${c.consultId}/${path}`,
        headers: { cookie: s.cookie },
        payload: { _csrf: s.csrf, ...payload },
      });
    expect((await post(a, 'claim')).statusCode).toBe(303);
    const page = await h.app.inject({
      method: 'GET',
      url: `/consults/${c.consultId}`,
      headers: { cookie: b.cookie },
    });
    expect(page.body).toContain('Claimed by Ann Coder');
    expect(page.body).not.toContain('id="draft-form"');
    const steal = await post(b, 'claim');
    expect(steal.statusCode).toBe(409);
    expect(steal.body).toContain('claimed by Ann Coder');
    const edit = await post(b, 'draft', { text: 'x', html: '<p>x</p>', version: 1 });
    expect(edit.statusCode).toBe(409);
    expect((await post(b, 'approve', { text: 'x', html: '<p>x</p>', version: 1 })).statusCode).toBe(409);
    expect(
      await h.scratch.db.selectFrom('outbox').select('id').where('consult_id', '=', c.consultId).execute(),
    ).toEqual([]);
  });

  it('lets another reviewer take over once a claim is older than the claim TTL', async () => {
    const a = await signInAs(h.app, ann.email, ann.password);
    const b = await signInAs(h.app, bob.email, bob.password);
    const c = await seedConsult(h.scratch.db);
    await h.app.inject({
      method: 'POST',
      url: `/api/consults/${c.consultId}/claim`,
      headers: { cookie: a.cookie, 'x-csrf-token': a.csrf },
    });
    await h.scratch.db
      .updateTable('consults')
      .set({ claimed_at: new Date(Date.now() - 31 * 60_000) })
      .where('id', '=', c.consultId)
      .execute();
    const res = await h.app.inject({
      method: 'POST',
      url: `/api/consults/${c.consultId}/claim`,
      headers: { cookie: b.cookie, 'x-csrf-token': b.csrf },
    });
    expect(res.statusCode).toBe(200);
    const row = await h.scratch.db
      .selectFrom('consults')
      .select('claimed_by')
      .where('id', '=', c.consultId)
      .executeTakeFirstOrThrow();
    expect(row.claimed_by).toBe(bob.id);
  });

  it('saves an edit as a new reviewer version and records who, what and which version in the audit log', async () => {
    const a = await signInAs(h.app, ann.email, ann.password);
    const c = await seedConsult(h.scratch.db);
    const post = (path: string, payload: Record<string, unknown> = {}) =>
      h.app.inject({
        method: 'POST',
        url: `/consults/${c.consultId}/${path}`,
        headers: { cookie: a.cookie },
        payload: { _csrf: a.csrf, ...payload },
      });
    await post('claim');
    expect(
      (await post('draft', { text: 'Better answer.', html: '<p>Better answer.</p>', version: 1 })).statusCode,
    ).toBe(303);
    expect(
      (await post('approve', { text: 'Better answer.', html: '<p>Better answer.</p>', version: 2 }))
        .statusCode,
    ).toBe(303);
    const drafts = await h.scratch.db
      .selectFrom('drafts')
      .select(['version', 'source', 'author_id'])
      .where('consult_id', '=', c.consultId)
      .orderBy('version')
      .execute();
    expect(drafts).toEqual([
      { version: 1, source: 'machine', author_id: null },
      { version: 2, source: 'reviewer', author_id: ann.id },
    ]);
    const audit = await h.scratch.db
      .selectFrom('audit_events')
      .select(['action', 'reviewer_id', 'draft_version'])
      .where('consult_id', '=', c.consultId)
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { action: 'claim', reviewer_id: ann.id, draft_version: null },
      { action: 'edit', reviewer_id: ann.id, draft_version: 2 },
      { action: 'approve', reviewer_id: ann.id, draft_version: 2 },
    ]);
  });

  it('sends a signed-out browser to the sign-in page', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/consults/1' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/sign-in?next=%2Fconsults%2F1');
  });

  it('keeps the admin pages and the queue dashboard for admins only', async () => {
    const a = await signInAs(h.app, ann.email, ann.password);
    expect(
      (await h.app.inject({ method: 'GET', url: '/admin', headers: { cookie: a.cookie } })).statusCode,
    ).toBe(403);
    expect(
      (await h.app.inject({ method: 'GET', url: '/admin/queues', headers: { cookie: a.cookie } })).statusCode,
    ).toBe(403);
  });
});
