// The JSON API (issue 2): the desk's scripts and outside automation both use it. Routes stay thin:
// validate, call a service, shape the answer.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorLabel, reviewerIdOf } from '../actor.js';
import { requireReviewer } from '../auth.plugin.js';
import { claimConsult, releaseConsult } from '../services/claim.service.js';
import { deleteConsult } from '../services/consult-deletion.service.js';
import { consultView, queuePage } from '../services/consult-view.service.js';
import { approve, reject, requestInfo } from '../services/decision.service.js';
import { saveDraftEdit } from '../services/edit.service.js';
import { discardQuarantined, releaseFromQuarantine } from '../services/quarantine.service.js';
import type { ReviewDeps } from '../services/review-deps.js';
import * as s from './api-schemas.js';
import { idParams } from './request-schemas.js';

const decision = { params: idParams, response: { 202: s.decisionResponse, '4xx': s.errorSchema } };

export const apiRoutes: FastifyPluginAsyncZod<ReviewDeps> = async (app, deps) => {
  app.get(
    '/api/consults',
    { schema: { querystring: s.listQuery, response: { 200: s.listResponse, '4xx': s.errorSchema } } },
    async (req) => {
      const { updatedSince, cursor, limit, ...filter } = req.query;
      const since = updatedSince === undefined ? undefined : new Date(updatedSince);
      const { items, nextCursor } = await queuePage(
        deps,
        { ...filter, updatedSince: since },
        { order: since ? 'updated' : 'opened', cursor, limit },
      );
      return {
        consults: items.map((c) => ({
          id: c.id,
          state: c.state,
          subject: c.subject,
          from: c.askerAddress,
          messageId: c.messageId,
          receivedAt: c.receivedAt,
          updatedAt: c.updatedAt,
          quarantineReason: c.quarantineReason,
          claimedBy: c.claimLive ? c.claimedBy : null,
        })),
        nextCursor,
      };
    },
  );

  app.get(
    '/api/consults/:id',
    { schema: { params: idParams, response: { 200: s.detailResponse, '4xx': s.errorSchema } } },
    async (req) => {
      const v = await consultView(deps, req.params.id);
      const last = v.messages.at(-1);
      const consult = {
        id: v.consult.id,
        state: v.consult.state,
        subject: v.consult.subject,
        from: v.consult.askerAddress,
        token: v.consult.token,
        askerName: v.consult.askerName,
        messageId: last?.messageId ?? null,
        receivedAt: v.consult.receivedAt,
        quarantineReason: v.consult.quarantineReason,
        claimedBy: v.consult.claimLive ? v.consult.claimedBy : null,
      };
      return {
        ...consult,
        consult,
        messages: v.messages.map((m) => ({
          id: m.id,
          from: m.from,
          subject: m.subject,
          messageId: m.messageId,
          receivedAt: m.receivedAt,
          text: m.text,
          questionText: m.questionText,
          attachments: m.attachments,
          senderAuth: m.senderAuth,
          triedToJoin: m.triedToJoin,
          notes: m.notes,
          duplicates: m.duplicates,
        })),
        draft: v.draft,
        flags: v.draft?.flags ?? [],
      };
    },
  );

  app.post(
    '/api/consults/:id/approve',
    { schema: { ...decision, body: s.approveBody } },
    async (req, reply) =>
      reply.code(202).send(await approve(deps, req.actor!, req.params.id, req.body ?? {})),
  );

  app.post('/api/consults/:id/reject', { schema: { ...decision, body: s.rejectBody } }, async (req, reply) =>
    reply.code(202).send(await reject(deps, req.actor!, req.params.id, req.body)),
  );

  app.post(
    '/api/consults/:id/request-info',
    { schema: { ...decision, body: s.requestInfoBody } },
    async (req, reply) => reply.code(202).send(await requestInfo(deps, req.actor!, req.params.id, req.body)),
  );

  const ok = { params: idParams, response: { 200: s.okResponse, '4xx': s.errorSchema } };
  app.post('/api/consults/:id/claim', { schema: ok }, async (req) => {
    await claimConsult(deps, requireReviewer(req.actor), req.params.id);
    return { ok: true };
  });
  app.post('/api/consults/:id/release', { schema: ok }, async (req) => {
    await releaseConsult(deps, requireReviewer(req.actor), req.params.id);
    return { ok: true };
  });
  app.post('/api/consults/:id/draft', { schema: { ...ok, body: s.editBody } }, async (req) => {
    await saveDraftEdit(deps, requireReviewer(req.actor), req.params.id, req.body);
    return { ok: true };
  });
  app.post('/api/consults/:id/release-quarantine', { schema: ok }, async (req) => {
    await releaseFromQuarantine(deps, req.actor!, req.params.id);
    return { ok: true };
  });
  app.post('/api/consults/:id/discard', { schema: ok }, async (req) => {
    await discardQuarantined(deps, req.actor!, req.params.id);
    return { ok: true };
  });

  // Deletes the consult and its mail for good (admins and admin tokens); the audit log keeps a tombstone.
  app.delete(
    '/api/consults/:id',
    {
      config: { auth: 'admin' },
      schema: { params: idParams, response: { 200: s.deletionResponse, '4xx': s.errorSchema } },
    },
    async (req) => {
      const by = { actor: actorLabel(req.actor!), reviewerId: reviewerIdOf(req.actor!) };
      return { deleted: await deleteConsult(deps.db, by, req.params.id) };
    },
  );
};
