// The consult page and its form actions. Forms post here (CSRF-checked by the auth hook), call the
// same services as the JSON API, and redirect with a fixed notice.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
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
import { deskForm, draftEdit, idParams, noticeQuery, type DraftEditFields } from './request-schemas.js';

const editForm = { params: idParams, body: deskForm(draftEdit.shape) };
// Browsers submit textareas with CRLF line breaks; drafts are stored with LF like the machine's.
const lf = (f: DraftEditFields): DraftEditFields => ({
  ...f,
  text: f.text.replace(/\r\n?/g, '\n'),
  html: f.html.replace(/\r\n?/g, '\n'),
});

export const consultPageRoutes: FastifyPluginAsyncZod<ReviewDeps> = async (app, deps) => {
  app.get('/consults/:id', { schema: { params: idParams, querystring: noticeQuery } }, async (req, reply) => {
    const view = presentConsult(
      await consultView(deps, req.params.id),
      requireReviewer(req.actor).reviewerId,
    );
    const title = `Consult ${view.consult.token}`;
    const html = renderPage('consult', { title, ...view, notice: noticeText(req.query.notice) }, req.actor);
    return reply.type('text/html; charset=utf-8').send(html);
  });

  const back = (id: string, notice: string) => `/consults/${id}?notice=${notice}`;
  const only = { schema: { params: idParams, body: deskForm({}) } };

  app.post('/consults/:id/claim', only, async (req, reply) => {
    await claimConsult(deps, requireReviewer(req.actor), req.params.id);
    return reply.redirect(`${back(req.params.id, 'claimed')}#draft`, 303);
  });
  app.post('/consults/:id/release', only, async (req, reply) => {
    await releaseConsult(deps, requireReviewer(req.actor), req.params.id);
    return reply.redirect(back(req.params.id, 'released'), 303);
  });
  app.post('/consults/:id/draft', { schema: editForm }, async (req, reply) => {
    await saveDraftEdit(deps, requireReviewer(req.actor), req.params.id, lf(req.body));
    return reply.redirect(`${back(req.params.id, 'saved')}#draft`, 303);
  });
  app.post('/consults/:id/approve', { schema: editForm }, async (req, reply) => {
    const { text, html, version } = lf(req.body);
    await approve(deps, requireReviewer(req.actor), req.params.id, { text, html, version });
    return reply.redirect('/?notice=approved', 303);
  });
  app.post(
    '/consults/:id/reject',
    {
      schema: {
        params: idParams,
        body: deskForm({ reason: z.string().min(1).max(5000), sendReply: z.string().max(10).optional() }),
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
  app.post(
    '/consults/:id/request-info',
    {
      schema: {
        params: idParams,
        body: deskForm({ note: z.string().min(1).max(5000) }),
      },
    },
    async (req, reply) => {
      await requestInfo(deps, requireReviewer(req.actor), req.params.id, { note: req.body.note });
      return reply.redirect('/?notice=info_requested', 303);
    },
  );
  app.post('/consults/:id/release-quarantine', only, async (req, reply) => {
    await releaseFromQuarantine(deps, requireReviewer(req.actor), req.params.id);
    return reply.redirect('/?state=quarantined&notice=quarantine_released', 303);
  });
  app.post('/consults/:id/discard', only, async (req, reply) => {
    await discardQuarantined(deps, requireReviewer(req.actor), req.params.id);
    return reply.redirect('/?state=quarantined&notice=discarded', 303);
  });
  app.post('/consults/:id/acknowledge-failure', only, async (req, reply) => {
    await acknowledgeSendFailures(deps, requireReviewer(req.actor), req.params.id);
    return reply.redirect(back(req.params.id, 'failure_checked'), 303);
  });
  app.post(
    '/consults/:id/delete',
    {
      config: { auth: 'admin' },
      schema: { params: idParams, body: deskForm({ confirm: z.string().max(40) }) },
    },
    async (req, reply) => {
      const admin = requireReviewer(req.actor);
      const by = { actor: actorLabel(admin), reviewerId: reviewerIdOf(admin) };
      await deleteConsultConfirmed(deps.db, by, req.params.id, req.body.confirm);
      return reply.redirect('/?notice=consult_deleted', 303);
    },
  );
};
