// The reviewer desk and the JSON API as one fastify app. buildApp takes its dependencies so tests
// use app.inject without a network (fastify/demo); workers/web.ts calls it and listens.
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { imapStaleAfterMs } from '../config.js';
import { createLogger } from '../logger.js';
import { refdataAdminRoutes } from './routes/refdata-admin.routes.js';
import { tokenHealth } from '../metrics/collect.js';
import { metricsRoutes } from '../metrics/metrics.routes.js';
import { DbTallies } from '../metrics/tallies.js';
import { refdataRoutes } from './routes/refdata.routes.js';
import { registerAuth } from './auth.plugin.js';
import { withFallback, type AttemptCounter } from './limits/attempt-counter.js';
import { limitRedis, redisAttemptCounter, whenReady } from './limits/redis-attempt-counter.js';
import { pgAttemptCounter } from './repositories/attempt.repository.js';
import { registerErrorHandler } from './error-handler.js';
import { defaultHealth } from './health.js';
import type { AppDeps } from './app-deps.js';
import { registerOptionalRoutes } from './optional-routes.js';
import { adminRoutes } from './routes/admin.routes.js';
import { apiRoutes } from './routes/api.routes.js';
import { assetRoutes } from './routes/asset.routes.js';
import { consultPageRoutes } from './routes/consult-page.routes.js';
import { dashboardPageRoutes } from './routes/dashboard-page.routes.js';
import { healthRoutes } from './routes/health.routes.js';
import { queuePageRoutes } from './routes/queue-page.routes.js';
import { sessionRoutes } from './routes/session.routes.js';
import { registerSecurityHeaders } from './security-headers.js';
import { SignInLimiter } from './services/sign-in-limiter.js';

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: (deps.logger ?? createLogger('silent')) as FastifyBaseLogger,
    // Request URLs carry filters (an asker's address): fastify's per-request log lines stay off.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 2 * 1024 * 1024,
    // Behind a load balancer the client's address comes from X-Forwarded-For, which only the proxies
    // named by TRUST_PROXY may set; otherwise every sign-in would count against the balancer's address.
    trustProxy: deps.config.web.trustProxy,
  });
  const health = deps.health ?? defaultHealth(deps.db, deps.queues);
  const review = {
    db: deps.db,
    config: deps.config,
    queues: deps.queues,
    logger: deps.logger,
    oauthStatus: deps.oauthStatus,
  };

  // Request schemas are zod, each its handler's type (routes/request-schemas.ts); answers keep their
  // JSON schemas and fastify's own serializer (routes/api-schemas.ts).
  app.setValidatorCompiler(validatorCompiler);
  await app.register(cookie);
  await app.register(formbody);
  const limiter = new SignInLimiter(await attemptCounter(app, deps));
  registerErrorHandler(app);
  registerAuth(app, deps.db, deps.config);
  registerSecurityHeaders(app);

  await app.register(healthRoutes, { health });
  await app.register(assetRoutes);
  await app.register(sessionRoutes, { db: deps.db, config: deps.config, limiter });
  await app.register(apiRoutes, review);
  // Code look-ups (GET /api/codes/:code, /api/edits) behind the same auth as the rest of the API.
  await app.register(refdataRoutes, { db: deps.db });
  await app.register(queuePageRoutes, review);
  await app.register(consultPageRoutes, review);
  await app.register(dashboardPageRoutes, review);
  await app.register(adminRoutes, { ...review, health });
  await app.register(refdataAdminRoutes, { db: deps.db });
  await app.register(metricsRoutes, {
    db: deps.db,
    queues: deps.queues,
    tallies: new DbTallies(deps.db, deps.metricsSettleMs),
    imapStaleAfterMs: imapStaleAfterMs(deps.config),
    oauth: deps.oauthStatus && tokenHealth(deps.oauthStatus),
  });
  await registerOptionalRoutes(app, deps);
  return app;
}

/**
 * Web nodes behind one balancer count sign-in attempts together, in the Redis the queues use (a
 * process of its own would let each node allow the full number). While Redis cannot answer, PostgreSQL
 * counts: the limits hold (they used to be skipped). Without queues (tests, tools) PostgreSQL alone.
 */
async function attemptCounter(app: FastifyInstance, deps: AppDeps): Promise<AttemptCounter> {
  const inDatabase = pgAttemptCounter(deps.db);
  if (!deps.queues) return inDatabase;
  const redis = limitRedis(deps.config.redisUrl);
  app.addHook('onClose', async () => void redis.disconnect());
  await whenReady(redis);
  let warned = 0;
  return withFallback(redisAttemptCounter(redis), inDatabase, (err) => {
    // One warning a minute is enough to say the limits run on PostgreSQL.
    if (Date.now() - warned < 60_000) return;
    warned = Date.now();
    deps.logger?.warn({ err: String(err) }, 'sign-in limits counted in PostgreSQL: Redis is unavailable');
  });
}
