// Component health for GET /healthz and the admin health page. The process entry can pass its own
// check (mailbox reachability, workers...); without one, the database and Redis are checked.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { Queues } from '../queue/queues.js';

export interface HealthReport {
  ok: boolean;
  components: Record<string, { ok: boolean; detail?: string }>;
}

const TIMEOUT_MS = 2000;

async function probe(check: () => Promise<unknown>): Promise<{ ok: boolean; detail?: string }> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timed out')), TIMEOUT_MS))),
    ]);
    return { ok: true };
  } catch (err) {
    // Only the error's class of problem, not connection strings.
    return { ok: false, detail: err instanceof Error ? err.message.slice(0, 120) : 'failed' };
  } finally {
    clearTimeout(timer);
  }
}

export function defaultHealth(db: Kysely<Database>, queues: Queues | null): () => Promise<HealthReport> {
  return async () => {
    const components: HealthReport['components'] = { database: await probe(() => sql`select 1`.execute(db)) };
    if (queues) components.redis = await probe(() => queues.raw.send.getJobCounts('wait'));
    return { ok: Object.values(components).every((c) => c.ok), components };
  };
}
