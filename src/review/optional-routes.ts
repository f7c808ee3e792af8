// Routes that depend on optional parts: the BullMQ dashboard needs queues (Redis).
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { FastifyInstance } from 'fastify';

// @bull-board/fastify pins its own copy of @bull-board/api; the two declare the same adapter shape.
type ServerAdapter = Parameters<typeof createBullBoard>[0]['serverAdapter'];
import type { AppDeps } from './app-deps.js';
import { isAdmin } from './actor.js';
import { csrfRejected, sameOrigin } from './auth.plugin.js';
import { toErrorBody } from './error-handler.js';
import { renderPage } from './views/render.js';

export const BULL_BOARD_PATH = '/admin/queues';

export async function registerOptionalRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  if (deps.queues) {
    const queues = deps.queues;
    await app.register(async (scope) => {
      // Admins only: this hook runs for every route the dashboard adds, in this scope alone.
      // Answered here rather than thrown: bull-board installs its own error handler for its routes.
      scope.addHook('onRequest', async (req, reply) => {
        if (!req.actor) return reply.redirect(`/sign-in?next=${encodeURIComponent(BULL_BOARD_PATH)}`, 303);
        if (!isAdmin(req.actor)) {
          const body = {
            title: 'Not allowed',
            status: 403,
            error: 'AUTH.FORBIDDEN',
            message: 'This needs an administrator.',
          };
          return reply
            .code(403)
            .type('text/html; charset=utf-8')
            .send(renderPage('error', body, req.actor));
        }
        // The dashboard's buttons carry no CSRF token; SameSite=Strict plus a same-origin check stand in.
        if (!['GET', 'HEAD', 'OPTIONS'].includes(req.method) && !sameOrigin(req)) {
          // bull-board sets its own error handler: answer here with the desk's one CSRF refusal.
          const { status, body } = toErrorBody(csrfRejected());
          return reply.code(status).send(body);
        }
      });
      const adapter = new FastifyAdapter();
      createBullBoard({
        queues: Object.values(queues.raw).map((q) => new BullMQAdapter(q)),
        serverAdapter: adapter as unknown as ServerAdapter,
      });
      adapter.setBasePath(BULL_BOARD_PATH);
      await scope.register(adapter.registerPlugin(), { prefix: BULL_BOARD_PATH });
    });
  }
}
