// Runs the real roles in this process against the test stack: a consult mailbox of its own, the
// poller on IDLE, pipeline and sender workers, and the web app on a free port.
import { Redis } from 'ioredis';
import type { FastifyInstance } from 'fastify';
import { createContext, type AppContext } from '../../src/app/context.js';
import { startPipeline, startPoller, startSender, startWeb } from '../../src/app/roles.js';
import { createLogger } from '../../src/logger.js';
import { consultEnv, newMailbox } from '../helpers/mailstack.js';
import { testConfig } from '../helpers/stack-env.js';

export const API_TOKEN = 'e2e-api-token-0123456789abcdef';

export interface Harness {
  ctx: AppContext;
  consultAddress: string;
  baseUrl: string;
  api<T = unknown>(
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }>;
  stop(): Promise<void>;
}

export async function startHarness(opts: { web?: boolean; sender?: boolean } = {}): Promise<Harness> {
  const consultAddress = newMailbox('consult');
  const config = testConfig({
    ...consultEnv(consultAddress),
    CODEDESK_API_TOKEN: API_TOKEN,
    WEB_PORT: '0',
    PIPELINE_CONCURRENCY: '4',
  });
  await new Redis(config.redisUrl).flushdb();
  const ctx = createContext(config, createLogger('silent'));
  startPipeline(ctx);
  if (opts.sender !== false) await startSender(ctx);
  startPoller(ctx);
  let app: FastifyInstance | null = null;
  if (opts.web !== false) app = await startWeb(ctx);
  const address = app?.server.address();
  const baseUrl = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '';
  return {
    ctx,
    consultAddress,
    baseUrl,
    async api(method, path, body) {
      const res = await fetch(baseUrl + path, {
        method,
        headers: {
          authorization: `Bearer ${API_TOKEN}`,
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
      });
      const text = await res.text();
      return { status: res.status, body: (text ? JSON.parse(text) : null) as never };
    },
    stop: () => ctx.shutdown.run(),
  };
}
