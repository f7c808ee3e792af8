// Health of every component a role depends on, for GET /healthz and the admin page.
import { imapStaleAfterMs } from '../config.js';
import { probe, type HealthReport } from '../review/health.js';
import { lastMailboxPoll, pingDatabase } from '../repositories/health.repository.js';
import type { AppContext } from './context.js';
import type { TokenHealthSummary } from '../mail/oauth/token-status.js';

/** The mailbox's XOAUTH2 renewal: failing is a component down, however long the current token lasts. */
function oauthDetail(s: TokenHealthSummary): string {
  if (s.failingSince)
    throw new Error(
      `token renewal failing since ${s.failingSince.toISOString()} (${s.lastError ?? 'error'})`,
    );
  if (!s.expiresAt) return 'no renewal reported yet';
  return `token expires in ${Math.round((s.expiresAt.getTime() - Date.now()) / 1000)} s`;
}

export function createHealthCheck(
  ctx: AppContext,
  oauth?: { read(): Promise<TokenHealthSummary> },
): () => Promise<HealthReport> {
  const stalePollMs = imapStaleAfterMs(ctx.config);
  return async () => {
    const components = {
      database: await probe(() => pingDatabase(ctx.db)),
      redis: await probe(async () => void (await ctx.queues.raw.ingest.getJobCounts('waiting'))),
      mailbox: await probe(async () => {
        const polledAt = await lastMailboxPoll(ctx.db);
        if (!polledAt) return 'not polled yet';
        const age = Date.now() - polledAt.getTime();
        if (age > stalePollMs) throw new Error(`last poll ${Math.round(age / 1000)} s ago`);
        return `last poll ${Math.round(age / 1000)} s ago`;
      }),
    };
    if (oauth) Object.assign(components, { oauth: await probe(async () => oauthDetail(await oauth.read())) });
    return { ok: Object.values(components).every((c) => c.ok), components };
  };
}
