// Sign-in and sign-out. The sign-in form has no session yet, so it is protected by a double-submit
// token (a cookie plus the same value in the form) against login CSRF, and limited per client address
// and per account (services/sign-in-limiter.ts).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import { csrfRejected, requireReviewer, SESSION_COOKIE } from '../auth.plugin.js';
import { newSecret, safeEqual } from '../core/secrets.js';
import { signIn, signOut } from '../services/account.service.js';
import { SignInRefused, type SignInLimiter } from '../services/sign-in-limiter.js';
import { renderPage } from '../views/render.js';

const PRE_COOKIE = 'codedesk_signin';

/** Only local paths, so ?next= cannot send a reviewer to another site after sign-in. */
export const safeNext = (next: unknown): string =>
  typeof next === 'string' && /^\/(?![/\\])[\w\-./?=&%]*$/.test(next) && !next.startsWith('/sign-')
    ? next
    : '/';

const signInBody = z.looseObject({
  email: z.string().max(320),
  password: z.string().max(1024),
  _csrf: z.string().max(100),
  next: z.string().max(500).optional(),
});

export const sessionRoutes: FastifyPluginAsyncZod<{
  db: Kysely<Database>;
  config: Config;
  limiter: SignInLimiter;
}> = async (app, opts) => {
  const { limiter } = opts;
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

  app.get(
    '/sign-in',
    {
      config: { auth: 'public' },
      schema: { querystring: z.object({ next: z.string().optional() }) },
    },
    async (req, reply) => form(req, reply, safeNext(req.query.next), null),
  );

  app.post(
    '/sign-in',
    {
      config: { auth: 'public' },
      schema: { body: signInBody },
      // Every post counts against its address, before the body is even read (as a flood would be).
      onRequest: async (req, reply) => {
        await limiter.countClient(req.ip).catch((err: unknown) => {
          if (err instanceof SignInRefused) reply.header('retry-after', err.retryAfterSeconds);
          throw err;
        });
      },
    },
    async (req, reply) => {
      const pre = req.cookies[PRE_COOKIE] ?? '';
      if (!pre || !safeEqual(pre, req.body._csrf)) throw csrfRejected();
      const next = safeNext(req.body.next);
      const { email, password } = req.body;
      try {
        await limiter.checkAccount(email);
      } catch (err) {
        if (!(err instanceof SignInRefused)) throw err;
        reply.header('retry-after', err.retryAfterSeconds);
        return form(req, reply, next, err.message, 429);
      }
      const session = await signIn(opts.db, email, password);
      if (!session) {
        await limiter.failed(email);
        return form(req, reply, next, 'That e-mail and password do not match an active reviewer.', 401);
      }
      await limiter.succeeded(email);
      reply.clearCookie(PRE_COOKIE, cookieBase);
      reply.setCookie(SESSION_COOKIE, session.cookie, { ...cookieBase, expires: session.expiresAt });
      return reply.redirect(next, 303);
    },
  );

  app.post('/sign-out', async (req, reply) => {
    const actor = requireReviewer(req.actor);
    await signOut(opts.db, actor.sessionHash, actor.reviewerId);
    reply.clearCookie(SESSION_COOKIE, cookieBase);
    return reply.redirect('/sign-in', 303);
  });
};
