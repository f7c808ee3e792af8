// GET /metrics for Prometheus, behind the API's authentication (scrape with
// `authorization: { credentials: <API token> }`).
import type { FastifyInstance } from 'fastify';
import { collectMetrics, type MetricSources } from './collect.js';
import { CONTENT_TYPE, renderExposition } from './exposition.js';

export async function metricsRoutes(app: FastifyInstance, sources: MetricSources): Promise<void> {
  app.get('/metrics', async (_req, reply) =>
    reply
      .type(CONTENT_TYPE)
      .header('cache-control', 'no-store')
      .send(renderExposition(await collectMetrics(sources))),
  );
}
