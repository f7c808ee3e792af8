// GET /dashboard: volume and turnaround for reviewers and admins, drawn on the server (SVG, no script).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireReviewer } from '../auth.plugin.js';
import { dashboardFigures, DASHBOARD_PERIODS } from '../services/dashboard.service.js';
import { mailSignInAlert } from '../services/mail-sign-in-alert.service.js';
import type { ReviewDeps } from '../services/review-deps.js';
import { presentDashboard } from '../views/dashboard.presenter.js';
import { renderPage } from '../views/render.js';
import { int } from './request-schemas.js';

const querySchema = z.object({ days: int().pipe(z.literal(DASHBOARD_PERIODS)).optional() });

export const dashboardPageRoutes: FastifyPluginAsyncZod<ReviewDeps> = async (app, deps) => {
  app.get('/dashboard', { schema: { querystring: querySchema } }, async (req, reply) => {
    requireReviewer(req.actor);
    const days = req.query.days ?? 30;
    const [figures, mailAlert] = await Promise.all([dashboardFigures(deps, days), mailSignInAlert(deps)]);
    const view = { ...presentDashboard(figures), mailAlert };
    const periods = DASHBOARD_PERIODS.map((d) => ({ days: d, current: d === days }));
    const html = renderPage('dashboard', { title: `Dashboard, ${days} days`, ...view, periods }, req.actor);
    return reply.type('text/html; charset=utf-8').send(html);
  });
};
