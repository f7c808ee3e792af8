// Admin pages: reviewers (add, disable, enable, reset password), API tokens (create, revoke) and the
// mailbox and component health. Every route needs the admin role (auth hook).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { TOKEN_SCOPES } from '../../db/schema/desk.js';
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
import { deskForm, int, noticeQuery } from './request-schemas.js';

const admin = { auth: 'admin' } as const;
const num = z.object({ rid: int().min(1) });
const by = (req: FastifyRequest): By => ({
  actor: actorLabel(req.actor!),
  reviewerId: reviewerIdOf(req.actor!),
});
const html = (reply: FastifyReply, body: string) => reply.type('text/html; charset=utf-8').send(body);

export const adminRoutes: FastifyPluginAsyncZod<
  ReviewDeps & { health: () => Promise<HealthReport> }
> = async (app, deps) => {
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
      tokens: tokens.map((t) => ({ ...t, expired: t.expiresAt <= now })),
      tokenDays: { default: DEFAULT_TOKEN_DAYS, max: MAX_TOKEN_DAYS },
      newToken: extra.newToken ?? null,
      notice: extra.notice ?? null,
      bullBoard: deps.queues !== null,
    };
    return html(reply, renderPage('admin', ctx, req.actor));
  }

  app.get('/admin', { config: admin, schema: { querystring: noticeQuery } }, async (req, reply) =>
    page(req, reply, { notice: noticeText(req.query.notice) }),
  );

  app.post(
    '/admin/reviewers',
    {
      config: admin,
      schema: {
        body: deskForm({
          email: z.email().max(320),
          name: z.string().min(1).max(200),
          password: z.string().max(1024),
          role: z.enum(['reviewer', 'admin']).optional(),
        }),
      },
    },
    async (req, reply) => {
      const { email, name, password, role } = req.body;
      await addReviewer(deps.db, by(req), { email, name, password, role: role ?? 'reviewer' });
      return reply.redirect('/admin?notice=reviewer_added', 303);
    },
  );

  for (const [action, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    app.post(
      `/admin/reviewers/:rid/${action}`,
      { config: admin, schema: { params: num } },
      async (req, reply) => {
        await setReviewerDisabled(deps.db, by(req), req.params.rid, disabled);
        return reply.redirect('/admin?notice=reviewer_updated', 303);
      },
    );
  }

  app.post(
    '/admin/reviewers/:rid/reset',
    {
      config: admin,
      schema: {
        params: num,
        body: deskForm({ password: z.string().max(1024) }),
      },
    },
    async (req, reply) => {
      await resetPassword(deps.db, by(req), req.params.rid, req.body.password);
      return reply.redirect('/admin?notice=reviewer_updated', 303);
    },
  );

  app.post(
    '/admin/tokens',
    {
      config: admin,
      schema: {
        body: deskForm({
          name: z.string().min(1).max(100),
          scope: z.enum(TOKEN_SCOPES),
          days: int().min(1).max(MAX_TOKEN_DAYS),
        }),
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

  app.post('/admin/tokens/:rid/revoke', { config: admin, schema: { params: num } }, async (req, reply) => {
    await revokeApiToken(deps.db, by(req), req.params.rid);
    return reply.redirect('/admin?notice=token_revoked', 303);
  });

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
};
