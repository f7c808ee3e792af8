// Tests run against the local stack (`npm run stack -- up`), on their own database and Redis db.
import { loadConfig, readEnvFile, STACK_ENV_FILE, type Config } from '../../src/config.js';

export const stackEnv = readEnvFile(STACK_ENV_FILE);

export function testConfig(overrides: NodeJS.ProcessEnv = {}): Config {
  if (!stackEnv.TEST_DATABASE_URL) throw new Error('the local stack is not up: run `npm run stack -- up`');
  return loadConfig(
    {
      ...stackEnv,
      DATABASE_URL: stackEnv.TEST_DATABASE_URL,
      REDIS_URL: stackEnv.TEST_REDIS_URL,
      LOG_LEVEL: 'silent',
      ...overrides,
    },
    '/nonexistent',
  );
}

/** The stack's Redis on database `n`: for a suite whose processes must work only on its own queues. */
export const ownRedisUrl = (n: number): string =>
  `${(stackEnv.TEST_REDIS_URL ?? '').replace(/\/\d+$/, '')}/${n}`;
