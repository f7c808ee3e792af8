// The desk's one stylesheet and one script, same-origin so the CSP can forbid everything inline.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { DESK_TEMPLATES } from '../views/render.js';

const ASSETS = {
  'desk.css': 'text/css; charset=utf-8',
  'desk.js': 'text/javascript; charset=utf-8',
  'refdata-upload.js': 'text/javascript; charset=utf-8',
} as const;

export async function assetRoutes(app: FastifyInstance): Promise<void> {
  // Browsers ask for it on every page; answering keeps it out of the sign-in redirect.
  app.get('/favicon.ico', { config: { auth: 'public' } }, async (_req, reply) => reply.code(204).send());
  for (const [name, type] of Object.entries(ASSETS)) {
    const body = readFileSync(resolve(DESK_TEMPLATES, 'assets', name), 'utf8');
    app.get(`/assets/${name}`, { config: { auth: 'public' } }, async (_req, reply) =>
      reply.type(type).header('cache-control', 'public, max-age=300').send(body),
    );
  }
}
