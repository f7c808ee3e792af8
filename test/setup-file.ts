// Runs before each integration test file. Sign-in attempts are counted in the shared Redis (as web
// nodes share them in production) and every test signs in from 127.0.0.1, so each file starts from
// zero, as it did when every app kept its own count.
import { Redis } from 'ioredis';
import { beforeAll } from 'vitest';
import { RATE_LIMIT_NAMESPACE } from '../src/review/limits/redis-attempt-counter.js';
import { testConfig } from './helpers/stack-env.js';

beforeAll(async () => {
  const redis = new Redis(testConfig().redisUrl);
  try {
    const keys = await redis.keys(`${RATE_LIMIT_NAMESPACE}*`);
    if (keys.length) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
});
