// Who is calling, and may they? Bearer tokens for automation, session cookies for reviewers.
// Requests with a session cookie that change anything must carry the session's CSRF token (form
// field `_csrf` or header `x-csrf-token`); SameSite=Strict is the second layer, not the only one.
// A token needs the scope of what it asks: `read` for GET, `review` for anything that changes a
// consult, `admin` for the API's admin routes (a route may name another scope in its config).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { TokenScope } from '../db/schema/desk.js';
import { AppError } from '../errors.js';
import type { Actor } from './actor.js';
import { safeEqual, sha256 } from './core/secrets.js';
import { scopeAllows } from './core/token-scope.js';
import { findLiveSession } from './repositories/session.repository.js';
import { forbidden, unauthorized } from './services/review-errors.js';
import { actorForBearer } from './services/token.service.js';

export type AuthLevel = 'public' | 'signed-in' | 'admin';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    auth?: AuthLevel;
    /** The scope a token needs here, when not the method's default (read for GET, review otherwise). */
    scope?: TokenScope;
  }
}

export const SESSION_COOKIE = 'codedesk_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function scopeNeeded(req: FastifyRequest, level: AuthLevel): TokenScope {
  if (level === 'admin') return 'admin';
  return req.routeOptions.config.scope ?? (UNSAFE.has(req.method) ? 'review' : 'read');
}

export const csrfRejected = () =>
  new AppError('CSRF.INVALID', 'The form expired or did not come from the desk; reload and try again.', 403);

async function identify(db: Kysely<Database>, config: Config, req: FastifyRequest): Promise<Actor | null> {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer '))
    return actorForBearer(
      db,
      { token: config.web.apiToken, scope: config.web.apiTokenScope },
      header.slice(7).trim(),
    );
  const cookie = req.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  const hash = sha256(cookie);
  const s = await findLiveSession(db, hash);
  return s
    ? {
        kind: 'reviewer',
        reviewerId: s.reviewerId,
        name: s.name,
        role: s.role,
        csrfToken: s.csrfToken,
        sessionHash: hash,
      }
    : null;
}

function csrfFrom(req: FastifyRequest): string {
  const body = req.body as Record<string, unknown> | undefined;
  const fromBody = body && typeof body === 'object' ? body._csrf : undefined;
  const fromHeader = req.headers['x-csrf-token'];
  return typeof fromBody === 'string' ? fromBody : typeof fromHeader === 'string' ? fromHeader : '';
}

/** The browser's Origin header names this site: pages elsewhere cannot forge it. */
export function sameOrigin(req: FastifyRequest): boolean {
  const origin = req.headers.origin;
  return typeof origin === 'string' && origin === `${req.protocol}://${req.headers.host}`;
}

/** Bull-board's own UI sends no CSRF token: its scope checks the Origin instead (optional-routes.ts). */
const isBullBoard = (req: FastifyRequest) => req.url.startsWith('/admin/queues/');

export function registerAuth(app: FastifyInstance, db: Kysely<Database>, config: Config): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (req) => {
    req.actor = await identify(db, config, req);
  });
  // preHandler: after body parsing, so a form's _csrf field is readable.
  app.addHook('preHandler', async (req: FastifyRequest, _reply: FastifyReply) => {
    const level = req.routeOptions.config.auth ?? 'signed-in';
    if (level === 'public') return;
    if (!req.actor) throw unauthorized();
    if (req.actor.kind === 'token') {
      // The desk's admin pages are for people; admin tokens reach the admin routes of the JSON API.
      if (level === 'admin' && !req.url.startsWith('/api/'))
        throw forbidden('Admin pages need a signed-in administrator.');
      const need = scopeNeeded(req, level);
      if (!scopeAllows(req.actor.scope, need))
        throw forbidden(`This token's scope is ${req.actor.scope}; this needs a ${need} token.`);
      return;
    }
    if (level === 'admin' && req.actor.role !== 'admin') throw forbidden();
    if (
      req.actor.kind === 'reviewer' &&
      UNSAFE.has(req.method) &&
      !safeEqual(csrfFrom(req), req.actor.csrfToken) &&
      !isBullBoard(req)
    )
      throw csrfRejected();
  });
}

export function requireReviewer(actor: Actor | null): Extract<Actor, { kind: 'reviewer' }> {
  if (actor?.kind !== 'reviewer')
    throw forbidden('This needs a signed-in reviewer (API tokens cannot claim or edit).');
  return actor;
}
