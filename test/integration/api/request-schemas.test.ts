// Each route's zod schema is enforced before its handler runs: a bad part answers 400 in the API's one
// error shape, naming the part and field; text from query strings and forms is coerced as before.
import { describe, expect, it } from 'vitest';
import { seedConsult } from '../../fixtures/desk/seed.js';
import { apiSuite } from './helpers.js';
import { seedSignedIn } from './session.js';

describe('request schemas', () => {
  const h = apiSuite();

  it('answers a malformed id with 400 and the error body, before the handler runs', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/consults/12x', headers: h.auth });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json() as object).sort()).toEqual(['error', 'message']);
    expect(res.json()).toMatchObject({ error: 'VALIDATION', message: expect.stringMatching(/^params\/id /) });
  });

  it('names the body field that fails', async () => {
    const c = await seedConsult(h.scratch.db);
    const res = await h.app.inject({
      method: 'POST',
      url: `/api/consults/${c.consultId}/reject`,
      headers: h.auth,
      payload: { reason: '', sendReply: false },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: 'VALIDATION',
      message: expect.stringMatching(/^body\/reason /),
    });
  });

  it('reads numbers from the query string and drops parameters it does not know', async () => {
    await seedConsult(h.scratch.db);
    await seedConsult(h.scratch.db);
    const res = await h.app.inject({ url: '/api/consults?limit=1&colour=red', headers: h.auth });
    expect(res.statusCode).toBe(200);
    expect(res.json().consults).toHaveLength(1);
    const zero = await h.app.inject({ url: '/api/consults?limit=0', headers: h.auth });
    expect(zero.json()).toMatchObject({
      error: 'VALIDATION',
      message: expect.stringMatching(/^querystring\/limit /),
    });
  });

  it('takes a desk form as the browser sends it: text fields, the version as text, and the CSRF token', async () => {
    const s = await seedSignedIn(h, 'Ann Coder');
    const c = await seedConsult(h.scratch.db);
    const post = (path: string, fields: Record<string, string>) =>
      h.app.inject({
        method: 'POST',
        url: `/consults/${c.consultId}/${path}`,
        headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ _csrf: s.csrf, ...fields }).toString(),
      });
    expect((await post('claim', {})).statusCode).toBe(303);
    const saved = await post('draft', { text: 'Better.', html: '<p>Better.</p>', version: '1' });
    expect(saved.statusCode).toBe(303);
    const draft = await h.scratch.db
      .selectFrom('drafts')
      .select('version')
      .where('consult_id', '=', c.consultId)
      .orderBy('version', 'desc')
      .executeTakeFirstOrThrow();
    expect(draft.version).toBe(2);
    expect((await post('draft', { text: 'x', html: 'x', version: 'one' })).statusCode).toBe(400);
  });
});
