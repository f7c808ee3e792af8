// The consult page and its form actions. Forms post here (CSRF-checked by the auth hook), call the
// same services as the JSON API, and redirect with a fixed notice.
import type { FastifyInstance } from 'fastify';
import { actorLabel, reviewerIdOf } from '../actor.js';
import { requireReviewer } from '../auth.plugin.js';
import { deleteConsultConfirmed } from '../services/consult-deletion.service.js';
import { claimConsult, releaseConsult } from '../services/claim.service.js';
import { consultView } from '../services/consult-view.service.js';
import { approve, reject, requestInfo } from '../services/decision.service.js';
import { saveDraftEdit } from '../services/edit.service.js';
import { discardQuarantined, releaseFromQuarantine } from '../services/quarantine.service.js';
import { acknowledgeSendFailures } from '../services/send-alert.service.js';
import type { ReviewDeps } from '../services/review-deps.js';
import { presentConsult } from '../views/consult.presenter.js';
import { noticeText } from '../views/notices.js';
import { renderPage } from '../views/render.js';
import { idParams } from './api-schemas.js';

type Id = { Params: { id: string } };
const str = (max: number) => ({ type: 'string', maxLength: max }) as const;
const form = (required: string[], properties: Record<string, unknown>) => ({
  type: 'object',
  required,
  properties: { _csrf: str(100), ...properties },
});
const editFields = {
  text: { type: 'string', minLength: 1, maxLength: 200_000 },
  html: { type: 'string', minLength: 1, maxLength: 400_000 },
  version: { type: 'integer', minimum: 1 },
};
type EditForm = { text: string; html: string; version: number };
// Browsers submit textareas with CRLF line breaks; drafts are stored with LF like the machine's.
const lf = (f: EditForm): EditForm => ({
  ...f,
  text: f.text.replace(/\r\n?/g, '\n'),
  html: f.html.replace(/\r\n?/g, '\n'),
});

export async function consultPageRoutes(app: FastifyInstance, deps: ReviewDeps): Promise<void> {
  app.get<Id & { Querystring: { notice?: string } }>(
    '/consults/:id',
    { schema: { params: idParams } },
    async (req, reply) => {
      const view = presentConsult(
        await consultView(deps, req.params.id),
        requireReviewer(req.actor).reviewerId,
      );
      const title = `Consult ${view.consult.token}`;
      const html = renderPage('consult', { title, ...view, notice: noticeText(req.query.notice) }, req.actor);
      return reply.type('text/html; charset=utf-8').send(html);
    },
  );

  const back = (id: string, notice: string) => `/consults/${id}?notice=${notice}`;
  const only = { schema: { params: idParams, body: form([], {}) } };

  app.post<Id>('/consults/:id/claim', only, async (req, reply) => {
    await claimConsult(deps, requireReviewer(req.actor), req.params.id);
    return reply.redirect(`${back(req.params.id, 'claimed')}#draft`, 303);
  });
  app.post<Id>('/consults/:id/release', only, async (req, reply) => {
    await releaseConsult(deps, requireReviewer(req.actor), req.params.id);
    return reply.redirect(back(req.params.id, 'released'), 303);
  });
  app.post<Id & { Body: EditForm }>(
    '/consults/:id/draft',
    { schema: { params: idParams, body: form(['text', 'html', 'version'], editFields) } },
    async (req, reply) => {
      await saveDraftEdit(deps, requireReviewer(req.actor), req.params.id, lf(req.body));
      return reply.redirect(`${back(req.params.id, 'saved')}#draft`, 303);
    },
  );
  app.post<Id & { Body: EditForm }>(
    '/consults/:id/approve',
    { schema: { params: idParams, body: form(['text', 'html', 'version'], editFields) } },
    async (req, reply) => {
      const { text, html, version } = lf(req.body);
      await approve(deps, requireReviewer(req.actor), req.params.id, { text, html, version });
      return reply.redirect('/?notice=approved', 303);
    },
  );
  app.post<Id & { Body: { reason: string; sendReply?: string } }>(
    '/consults/:id/reject',
    {
      schema: {
        params: idParams,
        body: form(['reason'], {
          reason: { type: 'string', minLength: 1, maxLength: 5000 },
          sendReply: str(10),
        }),
      },
    },
    async (req, reply) => {
      await reject(deps, requireReviewer(req.actor), req.params.id, {
        reason: req.body.reason,
        sendReply: req.body.sendReply === 'yes',
      });
      return reply.redirect('/?notice=rejected', 303);
    },
  );
  app.post<Id & { Body: { note: string } }>(
    '/consults/:id/request-info',
    {
      schema: {
        params: idParams,
        body: form(['note'], { note: { type: 'string', minLength: 1, maxLength: 5000 } }),
      },
    },
    async (req, reply) => {
      await requestInfo(deps, requireReviewer(req.actor), req.params.id, { note: req.body.note });
      return reply.redirect('/?notice=info_requested', 303);
    },
  );
  app.post<Id>('/consults/:id/release-quarantine', only, async (req, reply) => {
    await releaseFromQuarantine(deps, requireReviewer(req.actor), req.params.id);
    return reply.redirect('/?state=quarantined&notice=quarantine_released', 303);
  });
  app.post<Id>('/consults/:id/discard', only, async (req, reply) => {
    await discardQuarantined(deps, requireReviewer(req.actor), req.params.id);
    return reply.redirect('/?state=quarantined&notice=discarded', 303);
  });
  app.post<Id>('/consults/:id/acknowledge-failure', only, async (req, reply) => {
    await acknowledgeSendFailures(deps, requireReviewer(req.actor), req.params.id);
    return reply.redirect(back(req.params.id, 'failure_checked'), 303);
  });
  app.post<Id & { Body: { confirm: string } }>(
    '/consults/:id/delete',
    {
      config: { auth: 'admin' },
      schema: { params: idParams, body: form(['confirm'], { confirm: str(40) }) },
    },
    async (req, reply) => {
      const admin = requireReviewer(req.actor);
      const by = { actor: actorLabel(admin), reviewerId: reviewerIdOf(admin) };
      await deleteConsultConfirmed(deps.db, by, req.params.id, req.body.confirm);
      return reply.redirect('/?notice=consult_deleted', 303);
    },
  );
}
