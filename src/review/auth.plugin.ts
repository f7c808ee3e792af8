// Who is calling, and may they? Bearer tokens for automation, session cookies for reviewers.
// Requests with a session cookie that change anything must carry the session's CSRF token (form
// field `_csrf` or header `x-csrf-token`); SameSite=Strict is the second layer, not the only one.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { AppError } from '../errors.js';
import type { Actor } from './actor.js';
import { safeEqual, sha256 } from './core/secrets.js';
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
  }
}

export const SESSION_COOKIE = 'codedesk_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const csrfRejected = () =>
  new AppError('CSRF.INVALID', 'The form expired or did not come from the desk; reload and try again.', 403);

async function identify(db: Kysely<Database>, config: Config, req: FastifyRequest): Promise<Actor | null> {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return actorForBearer(db, config.web.apiToken, header.slice(7).trim());
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
    if (level === 'admin' && !(req.actor.kind === 'reviewer' && req.actor.role === 'admin'))
      throw forbidden();
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
