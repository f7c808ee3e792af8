// Sign-in and sign-out. The sign-in form has no session yet, so it is protected by a double-submit
// token (a cookie plus the same value in the form) against login CSRF, and rate limited per address.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import { csrfRejected, requireReviewer, SESSION_COOKIE } from '../auth.plugin.js';
import { newSecret, safeEqual } from '../core/secrets.js';
import { signIn, signOut } from '../services/account.service.js';
import { renderPage } from '../views/render.js';

const PRE_COOKIE = 'codedesk_signin';
export const SIGN_IN_LIMIT = { max: 10, timeWindow: '1 minute' };

/** Only local paths, so ?next= cannot send a reviewer to another site after sign-in. */
export const safeNext = (next: unknown): string =>
  typeof next === 'string' && /^\/(?![/\\])[\w\-./?=&%]*$/.test(next) && !next.startsWith('/sign-')
    ? next
    : '/';

const signInBody = {
  type: 'object',
  required: ['email', 'password', '_csrf'],
  properties: {
    email: { type: 'string', maxLength: 320 },
    password: { type: 'string', maxLength: 1024 },
    _csrf: { type: 'string', maxLength: 100 },
    next: { type: 'string', maxLength: 500 },
  },
} as const;

export async function sessionRoutes(
  app: FastifyInstance,
  opts: { db: Kysely<Database>; config: Config },
): Promise<void> {
  const secure = opts.config.web.publicUrl?.startsWith('https:') ?? false;
  const cookieBase = { httpOnly: true, sameSite: 'strict', secure, path: '/' } as const;

  // One token per browser, reused across tabs (and the favicon request), so two open forms both work.
  function form(req: FastifyRequest, reply: FastifyReply, next: string, error: string | null, status = 200) {
    const existing = req.cookies[PRE_COOKIE];
    const token = existing && /^[\w-]{43}$/.test(existing) ? existing : newSecret();
    reply.setCookie(PRE_COOKIE, token, { ...cookieBase, maxAge: 3600 });
    return reply
      .code(status)
      .type('text/html; charset=utf-8')
      .send(renderPage('sign-in', { title: 'Sign in', csrf: token, next, error }, null));
  }

  app.get<{ Querystring: { next?: string } }>(
    '/sign-in',
    {
      config: { auth: 'public' },
      schema: { querystring: { type: 'object', properties: { next: { type: 'string' } } } },
    },
    async (req, reply) => form(req, reply, safeNext(req.query.next), null),
  );

  app.post<{ Body: { email: string; password: string; _csrf: string; next?: string } }>(
    '/sign-in',
    { config: { auth: 'public', rateLimit: SIGN_IN_LIMIT }, schema: { body: signInBody } },
    async (req, reply) => {
      const pre = req.cookies[PRE_COOKIE] ?? '';
      if (!pre || !safeEqual(pre, req.body._csrf)) throw csrfRejected();
      const session = await signIn(opts.db, req.body.email, req.body.password);
      if (!session)
        return form(
          req,
          reply,
          safeNext(req.body.next),
          'That e-mail and password do not match an active reviewer.',
          401,
        );
      reply.clearCookie(PRE_COOKIE, cookieBase);
      reply.setCookie(SESSION_COOKIE, session.cookie, { ...cookieBase, expires: session.expiresAt });
      return reply.redirect(safeNext(req.body.next), 303);
    },
  );

  app.post('/sign-out', async (req, reply) => {
    const actor = requireReviewer(req.actor);
    await signOut(opts.db, actor.sessionHash, actor.reviewerId);
    reply.clearCookie(SESSION_COOKIE, cookieBase);
    return reply.redirect('/sign-in', 303);
  });
}
