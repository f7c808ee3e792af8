// One error handler for the whole app (fastify/demo): AppError codes map to their status, validation
// errors to 400, anything else to 500 with its message hidden from the client and logged by id.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import { renderPage } from './views/render.js';

export interface ErrorBody {
  error: string;
  message: string;
}

export function toErrorBody(err: FastifyError | AppError | Error): { status: number; body: ErrorBody } {
  if (err instanceof AppError)
    return { status: err.httpStatus, body: { error: err.code, message: err.message } };
  const fe = err as FastifyError;
  if (fe.validation) return { status: 400, body: { error: 'VALIDATION', message: fe.message } };
  const status = fe.statusCode && fe.statusCode >= 400 ? fe.statusCode : 500;
  if (status >= 500)
    return { status, body: { error: 'INTERNAL', message: 'Something went wrong; the error was logged.' } };
  return { status, body: { error: fe.code ?? 'REQUEST', message: fe.message } };
}

const wantsJson = (req: FastifyRequest) =>
  req.url.startsWith('/api/') || req.url === '/healthz' || req.url === '/metrics';

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    const { status, body } = toErrorBody(err);
    if (status >= 500) req.log.error({ err, reqId: req.id }, 'request failed');
    else req.log.info({ code: body.error, status, reqId: req.id }, 'request refused');
    if (status === 401 && !wantsJson(req))
      return reply.redirect(`/sign-in?next=${encodeURIComponent(req.url)}`, 303);
    if (wantsJson(req)) return reply.code(status).send(body);
    return reply
      .code(status)
      .type('text/html; charset=utf-8')
      .send(renderPage('error', { title: 'Could not do that', status, ...body }, req.actor ?? null));
  });
  app.setNotFoundHandler((req, reply) => {
    const body = { error: 'NOT_FOUND', message: 'No such page.' };
    if (wantsJson(req)) return reply.code(404).send(body);
    return reply
      .code(404)
      .type('text/html; charset=utf-8')
      .send(renderPage('error', { title: 'Not found', status: 404, ...body }, req.actor ?? null));
  });
}
