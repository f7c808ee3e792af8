// The queue: consults awaiting review (or any state), oldest first, with turnaround status, filters,
// counts per state, and the quarantine view with release and discard.
import type { FastifyInstance } from 'fastify';
import { CONSULT_STATES, type ConsultState } from '../../db/schema/core.js';
import { reviewerIdOf } from '../actor.js';
import { requireReviewer } from '../auth.plugin.js';
import { consultFilterProperties } from './api-schemas.js';
import { queueView } from '../services/consult-view.service.js';
import type { ReviewDeps } from '../services/review-deps.js';
import { sendAlerts } from '../services/send-alert.service.js';
import { presentRow, presentStates, STATE_LABELS } from '../views/queue.presenter.js';
import { renderPage } from '../views/render.js';
import { noticeText } from '../views/notices.js';

type Query = { state?: ConsultState; asker?: string; code?: string; text?: string; notice?: string };

const querySchema = {
  type: 'object',
  properties: { ...consultFilterProperties, notice: { type: 'string', maxLength: 40 } },
} as const;

export async function queuePageRoutes(app: FastifyInstance, deps: ReviewDeps): Promise<void> {
  app.get<{ Querystring: Query }>('/', { schema: { querystring: querySchema } }, async (req, reply) => {
    const state = req.query.state ?? 'awaiting_review';
    const filter = {
      state,
      asker: req.query.asker?.trim() || undefined,
      code: req.query.code?.trim() || undefined,
      text: req.query.text?.trim() || undefined,
    };
    const [{ items, counts }, alerts] = await Promise.all([queueView(deps, filter), sendAlerts(deps)]);
    const me = reviewerIdOf(requireReviewer(req.actor));
    const html = renderPage(
      'queue',
      {
        title: `${STATE_LABELS[state]} (${items.length})`,
        heading: STATE_LABELS[state],
        states: presentStates(counts, state),
        rows: items.map((i) => presentRow(i, me)),
        quarantine: state === 'quarantined',
        filter: { state, asker: filter.asker ?? '', code: filter.code ?? '', text: filter.text ?? '' },
        stateOptions: CONSULT_STATES.map((s) => ({
          value: s,
          label: STATE_LABELS[s],
          selected: s === state,
        })),
        turnaroundHours: deps.config.web.turnaroundHours,
        notice: noticeText(req.query.notice),
        alerts: alerts.map((a) => ({ ...a, what: a.kind === 'reply' ? 'reply' : 'notice' })),
      },
      req.actor,
    );
    return reply.type('text/html; charset=utf-8').send(html);
  });
}
