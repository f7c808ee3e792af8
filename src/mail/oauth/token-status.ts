// Where the processes that renew the token (poller, sender) tell the others (web: /healthz, the desk's
// banner, /metrics) how renewal goes: one Redis hash, a field per process, so a process that died
// stops counting once its entry is stale. Tokens are never written here, only times and error codes.
import { hostname } from 'node:os';
import { Redis } from 'ioredis';

export const TOKEN_STATUS_KEY = 'codedesk:oauth:status';
const STALE_AFTER_MS = 2 * 3600_000;

export interface TokenStatus {
  /** When the access token in use expires (ISO), or null before the first one. */
  expiresAt: string | null;
  /** When renewals started failing (ISO), or null while they work. */
  failingSince: string | null;
  /** The last failure's code (invalid_grant, http_500, unreachable...). */
  lastError: string | null;
  updatedAt: string;
}

/** What all live processes say together: the soonest expiry, failing if any of them fails. */
export interface TokenHealthSummary {
  expiresAt: Date | null;
  failingSince: Date | null;
  lastError: string | null;
  reporters: number;
}

export interface TokenStatusStore {
  write(status: Omit<TokenStatus, 'updatedAt'>): Promise<void>;
  read(now?: Date): Promise<TokenHealthSummary>;
  close(): void;
}

export function summarize(entries: TokenStatus[], now = new Date()): TokenHealthSummary {
  const live = entries.filter((e) => now.getTime() - Date.parse(e.updatedAt) < STALE_AFTER_MS);
  const earliest = (values: (string | null)[]) => {
    const times = values.filter((v): v is string => v !== null).map((v) => Date.parse(v));
    return times.length ? new Date(Math.min(...times)) : null;
  };
  const failing = live.filter((e) => e.failingSince);
  return {
    expiresAt: earliest(live.map((e) => e.expiresAt)),
    failingSince: earliest(failing.map((e) => e.failingSince)),
    lastError: failing[0]?.lastError ?? null,
    reporters: live.length,
  };
}

export function redisTokenStatus(
  redisUrl: string,
  processId = `${hostname()}:${process.pid}`,
): TokenStatusStore {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 2000, lazyConnect: true });
  redis.on('error', () => undefined);
  return {
    async write(status) {
      const entry: TokenStatus = { ...status, updatedAt: new Date().toISOString() };
      await redis.hset(TOKEN_STATUS_KEY, processId, JSON.stringify(entry));
    },
    async read(now = new Date()) {
      const all = await redis.hgetall(TOKEN_STATUS_KEY);
      const entries = Object.entries(all).flatMap(([field, v]) => {
        try {
          return [{ field, ...(JSON.parse(v) as TokenStatus) }];
        } catch {
          return [
            {
              field,
              expiresAt: null,
              failingSince: null,
              lastError: null,
              updatedAt: '1970-01-01T00:00:00Z',
            },
          ];
        }
      });
      // Processes that stopped (each restart is a new field) are forgotten once stale.
      const gone = entries.filter((e) => now.getTime() - Date.parse(e.updatedAt) >= STALE_AFTER_MS);
      if (gone.length) await redis.hdel(TOKEN_STATUS_KEY, ...gone.map((e) => e.field));
      return summarize(entries, now);
    },
    close: () => redis.disconnect(),
  };
}
