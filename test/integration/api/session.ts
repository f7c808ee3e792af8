// Signs a reviewer in through the real form (double-submit token, then the session cookie) and returns
// what a browser would hold: the session cookie and the page's CSRF token.
import type { FastifyInstance } from 'fastify';
import type { ReviewerRole } from '../../../src/db/schema/desk.js';
import { seedReviewer } from '../../fixtures/desk/seed.js';
import type { ApiHarness } from './helpers.js';

const cookieOf = (setCookie: string | string[] | undefined, name: string): string | undefined => {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  return all.find((c) => c.startsWith(`${name}=`))?.split(';')[0];
};

export async function signInAs(app: FastifyInstance, email: string, password: string) {
  const form = await app.inject({ method: 'GET', url: '/sign-in' });
  const pre = cookieOf(form.headers['set-cookie'], 'codedesk_signin')!;
  const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)![1]!;
  const res = await app.inject({
    method: 'POST',
    url: '/sign-in',
    headers: { cookie: pre },
    payload: { email, password, _csrf: csrf, next: '/' },
  });
  const session = cookieOf(res.headers['set-cookie'], 'codedesk_session');
  if (!session) return { res, cookie: '', csrf: '' };
  const page = await app.inject({ method: 'GET', url: '/', headers: { cookie: session } });
  const pageCsrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
  return { res, cookie: session, csrf: pageCsrf, setCookie: res.headers['set-cookie'] };
}

/** A new reviewer, signed in. */
export async function seedSignedIn(h: ApiHarness, name: string, role?: ReviewerRole) {
  const r = await seedReviewer(h.scratch.db, name, role);
  return { ...(await signInAs(h.app, r.email, r.password)), id: r.id };
}
