import type { FastifyInstance } from 'fastify';
import type { HealthReport } from '../health.js';

const component = {
  type: 'object',
  properties: { ok: { type: 'boolean' }, detail: { type: 'string' } },
} as const;
const healthResponse = {
  type: 'object',
  properties: { ok: { type: 'boolean' }, components: { type: 'object', additionalProperties: component } },
} as const;

export async function healthRoutes(
  app: FastifyInstance,
  opts: { health: () => Promise<HealthReport> },
): Promise<void> {
  app.get(
    '/healthz',
    { config: { auth: 'public' }, schema: { response: { 200: healthResponse, 503: healthResponse } } },
    async (req, reply) => {
      const report = await opts.health();
      // Load balancers need only ok/failed; error text (host names, users) is for signed-in callers.
      const shown = req.actor
        ? report
        : {
            ok: report.ok,
            components: Object.fromEntries(
              Object.entries(report.components).map(([k, c]) => [k, { ok: c.ok }]),
            ),
          };
      return reply.code(report.ok ? 200 : 503).send(shown);
    },
  );
}
