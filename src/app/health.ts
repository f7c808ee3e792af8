// Health of every component a role depends on, for GET /healthz and the admin page.
import { sql } from 'kysely';
import { imapStaleAfterMs } from '../config.js';
import type { HealthReport } from '../review/health.js';
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

const TIMEOUT_MS = 2000;

async function probe(check: () => Promise<string | void>): Promise<{ ok: boolean; detail?: string }> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const detail = await Promise.race([
      check(),
      new Promise<never>(
        (_, reject) => (timer = setTimeout(() => reject(new Error('timed out')), TIMEOUT_MS)),
      ),
    ]);
    return detail ? { ok: true, detail } : { ok: true };
  } catch (err) {
    return { ok: false, detail: err instanceof Error ? err.message.slice(0, 160) : 'failed' };
  } finally {
    clearTimeout(timer);
  }
}

export function createHealthCheck(
  ctx: AppContext,
  oauth?: { read(): Promise<TokenHealthSummary> },
): () => Promise<HealthReport> {
  const stalePollMs = imapStaleAfterMs(ctx.config);
  return async () => {
    const components = {
      database: await probe(async () => void (await sql`select 1`.execute(ctx.db))),
      redis: await probe(async () => void (await ctx.queues.raw.ingest.getJobCounts('waiting'))),
      mailbox: await probe(async () => {
        const box = await ctx.db
          .selectFrom('mailboxes')
          .select('last_polled_at')
          .orderBy('last_polled_at', 'desc')
          .executeTakeFirst();
        if (!box?.last_polled_at) return 'not polled yet';
        const age = Date.now() - box.last_polled_at.getTime();
        if (age > stalePollMs) throw new Error(`last poll ${Math.round(age / 1000)} s ago`);
        return `last poll ${Math.round(age / 1000)} s ago`;
      }),
    };
    if (oauth) Object.assign(components, { oauth: await probe(async () => oauthDetail(await oauth.read())) });
    return { ok: Object.values(components).every((c) => c.ok), components };
  };
}
