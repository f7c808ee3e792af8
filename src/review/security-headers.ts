// Response headers for the desk's own pages. The page CSP allows only same-origin scripts and styles;
// the inbound-mail iframe adds its own stricter policy (core/inbound-html.ts). The bull-board UI
// under /admin/queues ships inline scripts, so it keeps its own defaults (admins only).
import type { FastifyInstance } from 'fastify';

export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    if (req.url.startsWith('/admin/queues')) return payload;
    reply.header('x-frame-options', 'DENY');
    reply.header('content-security-policy', PAGE_CSP);
    // Pages show mail about patients: never keep them in shared caches or the back/forward cache.
    reply.header('cache-control', 'no-store');
    return payload;
  });
}
