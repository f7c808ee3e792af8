// Admin pages: reviewers (add, disable, enable, reset password), API tokens (create, revoke) and the
// mailbox and component health. Every route needs the admin role (auth hook).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { TOKEN_SCOPES, type TokenScope } from '../../db/schema/desk.js';
import { actorLabel, reviewerIdOf } from '../actor.js';
import { DEFAULT_TOKEN_DAYS, MAX_TOKEN_DAYS } from '../core/token-scope.js';
import type { HealthReport } from '../health.js';
import { listReviewers } from '../repositories/reviewer.repository.js';
import { listTokens } from '../repositories/token.repository.js';
import { addReviewer, resetPassword, setReviewerDisabled, type By } from '../services/account.service.js';
import { mailboxStatus } from '../services/mailbox-status.service.js';
import type { ReviewDeps } from '../services/review-deps.js';
import { createApiToken, revokeApiToken } from '../services/token.service.js';
import { noticeText } from '../views/notices.js';
import { renderPage } from '../views/render.js';

const admin = { auth: 'admin' } as const;
const num = {
  type: 'object',
  required: ['rid'],
  properties: { rid: { type: 'integer', minimum: 1 } },
} as const;
const by = (req: FastifyRequest): By => ({
  actor: actorLabel(req.actor!),
  reviewerId: reviewerIdOf(req.actor!),
});
const html = (reply: FastifyReply, body: string) => reply.type('text/html; charset=utf-8').send(body);

export async function adminRoutes(
  app: FastifyInstance,
  deps: ReviewDeps & { health: () => Promise<HealthReport> },
): Promise<void> {
  async function page(
    req: FastifyRequest,
    reply: FastifyReply,
    extra: { newToken?: string; notice?: string | null } = {},
  ) {
    const [reviewers, tokens] = await Promise.all([listReviewers(deps.db), listTokens(deps.db)]);
    const now = new Date();
    const ctx = {
      title: 'Admin',
      reviewers,
      tokens: tokens.map((t) => ({ ...t, expired: t.expires_at <= now })),
      tokenDays: { default: DEFAULT_TOKEN_DAYS, max: MAX_TOKEN_DAYS },
      newToken: extra.newToken ?? null,
      notice: extra.notice ?? null,
      bullBoard: deps.queues !== null,
    };
    return html(reply, renderPage('admin', ctx, req.actor));
  }

  app.get<{ Querystring: { notice?: string } }>('/admin', { config: admin }, async (req, reply) =>
    page(req, reply, { notice: noticeText(req.query.notice) }),
  );

  app.post<{ Body: { email: string; name: string; password: string; role?: string } }>(
    '/admin/reviewers',
    {
      config: admin,
      schema: {
        body: {
          type: 'object',
          required: ['email', 'name', 'password'],
          properties: {
            email: { type: 'string', format: 'email', maxLength: 320 },
            name: { type: 'string', minLength: 1, maxLength: 200 },
            password: { type: 'string', maxLength: 1024 },
            role: { type: 'string', enum: ['reviewer', 'admin'] },
          },
        },
      },
    },
    async (req, reply) => {
      const { email, name, password, role } = req.body;
      await addReviewer(deps.db, by(req), {
        email,
        name,
        password,
        role: role === 'admin' ? 'admin' : 'reviewer',
      });
      return reply.redirect('/admin?notice=reviewer_added', 303);
    },
  );

  for (const [action, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    app.post<{ Params: { rid: number } }>(
      `/admin/reviewers/:rid/${action}`,
      { config: admin, schema: { params: num } },
      async (req, reply) => {
        await setReviewerDisabled(deps.db, by(req), req.params.rid, disabled);
        return reply.redirect('/admin?notice=reviewer_updated', 303);
      },
    );
  }

  app.post<{ Params: { rid: number }; Body: { password: string } }>(
    '/admin/reviewers/:rid/reset',
    {
      config: admin,
      schema: {
        params: num,
        body: {
          type: 'object',
          required: ['password'],
          properties: { password: { type: 'string', maxLength: 1024 } },
        },
      },
    },
    async (req, reply) => {
      await resetPassword(deps.db, by(req), req.params.rid, req.body.password);
      return reply.redirect('/admin?notice=reviewer_updated', 303);
    },
  );

  app.post<{ Body: { name: string; scope: TokenScope; days: number } }>(
    '/admin/tokens',
    {
      config: admin,
      schema: {
        body: {
          type: 'object',
          required: ['name', 'scope', 'days'],
          properties: {
            name: { type: 'string', minLength: 1, maxLength: 100 },
            scope: { type: 'string', enum: [...TOKEN_SCOPES] },
            days: { type: 'integer', minimum: 1, maximum: MAX_TOKEN_DAYS },
          },
        },
      },
    },
    // The secret is shown once, on this response, and never again.
    async (req, reply) => {
      const { name, scope, days } = req.body;
      const expiresAt = new Date(Date.now() + days * 86_400_000);
      const { token } = await createApiToken(deps.db, by(req), { name, scope, expiresAt });
      return page(req, reply, { newToken: token });
    },
  );

  app.post<{ Params: { rid: number } }>(
    '/admin/tokens/:rid/revoke',
    { config: admin, schema: { params: num } },
    async (req, reply) => {
      await revokeApiToken(deps.db, by(req), req.params.rid);
      return reply.redirect('/admin?notice=token_revoked', 303);
    },
  );

  app.get('/admin/health', { config: admin }, async (req, reply) => {
    const [report, mailboxes] = await Promise.all([deps.health(), mailboxStatus(deps.db)]);
    const components = Object.entries(report.components).map(([name, c]) => ({
      name,
      ok: c.ok,
      detail: c.detail ?? null,
    }));
    return html(
      reply,
      renderPage('health', { title: 'Health', ok: report.ok, components, mailboxes }, req.actor),
    );
  });
}
