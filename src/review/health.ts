// Component health for GET /healthz and the admin health page. The process entry can pass its own
// check (mailbox reachability, workers...); without one, the database and Redis are checked.
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { Queues } from '../queue/queues.js';
import { pingDatabase } from '../repositories/health.repository.js';

export interface HealthReport {
  ok: boolean;
  components: Record<string, ComponentHealth>;
}

export interface ComponentHealth {
  ok: boolean;
  detail?: string;
}

const TIMEOUT_MS = 2000;

/** Runs one component's check with a deadline; a string it returns is shown as the detail. */
export async function probe(check: () => Promise<string | void>): Promise<ComponentHealth> {
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
    // Only the error's class of problem, not connection strings.
    return { ok: false, detail: err instanceof Error ? err.message.slice(0, 160) : 'failed' };
  } finally {
    clearTimeout(timer);
  }
}

export function defaultHealth(db: Kysely<Database>, queues: Queues | null): () => Promise<HealthReport> {
  return async () => {
    const components: HealthReport['components'] = { database: await probe(() => pingDatabase(db)) };
    if (queues) components.redis = await probe(async () => void (await queues.raw.send.getJobCounts('wait')));
    return { ok: Object.values(components).every((c) => c.ok), components };
  };
}
