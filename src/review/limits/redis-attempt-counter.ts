import { Redis } from 'ioredis';
import type { AttemptCounter } from './attempt-counter.js';

export const RATE_LIMIT_NAMESPACE = 'codedesk:rate-limit:';

/**
 * A connection that fails fast: no offline queue and a short command timeout, so a Redis that is down
 * or hanging sends the counting to PostgreSQL within half a second instead of holding the sign-in.
 */
export function limitRedis(redisUrl: string): Redis {
  const redis = new Redis(redisUrl, {
    connectTimeout: 500,
    commandTimeout: 500,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
  });
  redis.on('error', () => undefined);
  return redis;
}

/** Waits (briefly) for the first connection, so a node that just started counts in Redis with the
 * others instead of in PostgreSQL on its own. */
export function whenReady(redis: Redis, timeoutMs = 1000): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    redis.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export function redisAttemptCounter(redis: Redis): AttemptCounter {
  const k = (key: string) => RATE_LIMIT_NAMESPACE + key;
  return {
    async hit(key, windowMs) {
      // SET NX starts the window with its expiry; INCR counts within it.
      const replies = await redis
        .multi()
        .set(k(key), 0, 'PX', windowMs, 'NX')
        .incr(k(key))
        .pttl(k(key))
        .exec();
      if (!replies || replies.some(([err]) => err)) throw new Error('rate-limit counter failed in Redis');
      const count = Number(replies[1]![1]);
      const ttl = Number(replies[2]![1]);
      return { count, resetAt: new Date(Date.now() + Math.max(ttl, 0)) };
    },
    async peek(key) {
      const [count, ttl] = await Promise.all([redis.get(k(key)), redis.pttl(k(key))]);
      return count === null
        ? null
        : { count: Number(count), resetAt: new Date(Date.now() + Math.max(ttl, 0)) };
    },
    async clear(key) {
      await redis.del(k(key));
    },
  };
}
