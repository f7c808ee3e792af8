// The desk's reference-data page (admins): which editions cover which dates, which datasets are stale
// today, and an upload of a release's files, recognised as they arrive and imported with progress.
// Files come one per request as the raw body (application/octet-stream), streamed to disk: the desk
// has no multipart parser, and a release's PTP files are tens of megabytes.
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import type { Database } from '../../db/database.js';
import { renderPage } from '../views/render.js';
import { listEditions } from '../../refdata/repositories/edition.repository.js';
import { refdataPageContext } from '../../refdata/admin/refdata-page.js';
import { UploadJobs } from '../../refdata/admin/upload-jobs.js';

const admin = { auth: 'admin' } as const;
const idParams = z.object({ id: z.guid() });
const html = (reply: FastifyReply, body: string) => reply.type('text/html; charset=utf-8').send(body);
const today = () => new Date().toISOString().slice(0, 10);

export const refdataAdminRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, deps) => {
  const jobs = new UploadJobs(deps.db);
  // Only in this plugin's scope: the raw body stays a stream for the handler to write to disk.
  app.addContentTypeParser('application/octet-stream', (_req, payload, done) => done(null, payload));

  app.get('/admin/refdata', { config: admin }, async (req, reply) =>
    html(reply, renderPage('refdata', refdataPageContext(await listEditions(deps.db), today()), req.actor)),
  );

  app.post('/admin/refdata/uploads', { config: admin }, async (_req, reply) => {
    const job = await jobs.create();
    return reply.code(201).send({ id: job.id });
  });

  app.put(
    '/admin/refdata/uploads/:id/files',
    {
      config: admin,
      schema: { params: idParams, querystring: z.object({ name: z.string().min(1).max(200) }) },
    },
    async (req) => jobs.addFile(req.params.id, req.query.name, req.body as Readable),
  );

  app.post(
    '/admin/refdata/uploads/:id/import',
    { config: admin, schema: { params: idParams } },
    async (req, reply) => reply.code(202).send(view(jobs.start(req.params.id))),
  );

  app.get('/admin/refdata/uploads/:id', { config: admin, schema: { params: idParams } }, async (req) =>
    view(jobs.get(req.params.id)),
  );
};

/** A job as the page reads it (its scratch folder stays on the server). */
const view = ({ dir: _dir, ...job }: ReturnType<UploadJobs['get']>) => job;
