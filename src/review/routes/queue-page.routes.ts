// The queue: consults awaiting review (or any state), oldest first, with turnaround status, filters,
// counts per state, and the quarantine view with release and discard.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CONSULT_STATES } from '../../db/schema/core.js';
import { reviewerIdOf } from '../actor.js';
import { requireReviewer } from '../auth.plugin.js';
import { consultFilter, noticeQuery } from './request-schemas.js';
import { consultCounts, queuePage } from '../services/consult-view.service.js';
import { mailSignInAlert } from '../services/mail-sign-in-alert.service.js';
import type { ReviewDeps } from '../services/review-deps.js';
import { sendAlerts } from '../services/send-alert.service.js';
import { presentRow, presentStates, STATE_LABELS } from '../views/queue.presenter.js';
import { renderPage } from '../views/render.js';
import { noticeText } from '../views/notices.js';

const querySchema = noticeQuery.extend({ ...consultFilter, cursor: z.string().max(200).optional() });

export const queuePageRoutes: FastifyPluginAsyncZod<ReviewDeps> = async (app, deps) => {
  app.get('/', { schema: { querystring: querySchema } }, async (req, reply) => {
    const state = req.query.state ?? 'awaiting_review';
    const filter = {
      state,
      asker: req.query.asker?.trim() || undefined,
      code: req.query.code?.trim() || undefined,
      text: req.query.text?.trim() || undefined,
    };
    const cursor = req.query.cursor || undefined;
    const [{ items, nextCursor }, counts, mailAlert, alerts] = await Promise.all([
      queuePage(deps, filter, { order: 'waiting', cursor }),
      consultCounts(deps),
      mailSignInAlert(deps),
      sendAlerts(deps),
    ]);
    const me = reviewerIdOf(requireReviewer(req.actor));
    const html = renderPage(
      'queue',
      {
        title: `${STATE_LABELS[state]} (${counts[state] ?? 0})`,
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
        pages: pageLinks(filter, cursor, nextCursor),
        mailAlert,
        notice: noticeText(req.query.notice),
        alerts: alerts.map((a) => ({ ...a, what: a.kind === 'reply' ? 'reply' : 'notice' })),
      },
      req.actor,
    );
    return reply.type('text/html; charset=utf-8').send(html);
  });
};

/** Next page and back to the first, keeping the filters (the desk pages as the API does, by cursor). */
function pageLinks(filter: Record<string, string | undefined>, cursor?: string, next?: string | null) {
  const href = (c?: string) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...filter, cursor: c })) if (v) q.set(k, v);
    return `/?${q.toString()}`;
  };
  if (!cursor && !next) return null;
  return { first: cursor ? href() : null, next: next ? href(next) : null };
}
