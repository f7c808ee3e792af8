// The four process roles. `npm start` runs them all; `--role X` runs one, so pipeline workers and web
// nodes scale out across machines on the same Redis and PostgreSQL.
import type { FastifyInstance } from 'fastify';
import { MailboxPoller } from '../mail/poller.js';
import { draftJob } from '../pipeline/draft.job.js';
import { ingestJob } from '../pipeline/ingest.job.js';
import { quarantineAfterFailure } from '../pipeline/give-up.js';
import { buildApp } from '../review/app.js';
import { SenderPresence } from '../sending/sender-presence.js';
import { SentFolder } from '../sending/sent-folder.js';
import { sendJob } from '../sending/send.job.js';
import { createSmtpSender } from '../sending/smtp-transport.js';
import { ShutdownOrder } from '../shutdown.js';
import type { AppContext } from './context.js';
import { createHealthCheck } from './role-health.js';
import { oauthStatusReader } from './oauth.js';
import { sweepOnce } from './sweeper.js';
import { startWorker } from './queue-worker.js';

export const ROLES = ['poller', 'pipeline', 'sender', 'web'] as const;
export type Role = (typeof ROLES)[number];

export function startPoller(ctx: AppContext): MailboxPoller {
  const poller = new MailboxPoller({
    db: ctx.db,
    queues: ctx.queues,
    imap: ctx.config.imap,
    limits: {
      maxMessageBytes: ctx.config.screening.maxMessageBytes,
      fetchBatchBytes: ctx.config.intake.fetchBatchBytes,
    },
    logger: ctx.logger,
  });
  ctx.shutdown.add('poller', ShutdownOrder.intake, () => poller.stop());
  return poller;
}

export function startPipeline(ctx: AppContext): void {
  const deps = { db: ctx.db, queues: ctx.queues, config: ctx.config, logger: ctx.logger };
  const ingest = startWorker(ctx, 'ingest', (p) => ingestJob(deps, p), ctx.config.pipelineConcurrency);
  const draft = startWorker(ctx, 'draft', (p) => draftJob(deps, p), ctx.config.pipelineConcurrency);
  // After the last attempt, the message goes to quarantine with the reason: never silently dropped.
  for (const [worker, step] of [
    [ingest, 'processing'],
    [draft, 'drafting'],
  ] as const) {
    worker.on('failed', (job, err) => {
      if (!job || job.attemptsMade < (job.opts.attempts ?? 1)) return;
      quarantineAfterFailure(
        ctx.db,
        ctx.logger,
        job.data,
        `${step} failed: ${err.message.slice(0, 200)}`,
      ).catch((e: unknown) => ctx.logger.error({ err: String(e) }, 'could not quarantine a failed message'));
    });
  }
}

/** The sender's presence is held before it claims anything, so a claim always names a live process. */
export async function startSender(ctx: AppContext): Promise<void> {
  const presence = new SenderPresence(ctx.db, ctx.logger);
  await presence.start();
  // Let go after the send worker has finished its jobs, before the database pool closes.
  ctx.shutdown.add('sender presence', ShutdownOrder.workers + 0.5, () => presence.stop());
  const sentFolder = new SentFolder(ctx.config.imap);
  const deps = {
    db: ctx.db,
    smtp: createSmtpSender(ctx.config.smtp),
    sentFolder,
    queues: ctx.queues,
    consult: ctx.config.consult,
    sending: ctx.config.sending,
    senderId: presence.id,
    logger: ctx.logger,
  };
  startWorker(ctx, 'send', (p) => sendJob(deps, p), 2);
  // What a previous run left in `sending` is settled now, not at the sweeper's first pass.
  void sweepOnce(ctx, { pipeline: false, sender: true }).catch((err: unknown) =>
    ctx.logger.warn({ err: String(err) }, 'settling sends at start failed'),
  );
  ctx.shutdown.add('sent folder', ShutdownOrder.connections, () => sentFolder.close());
}

export async function startWeb(ctx: AppContext): Promise<FastifyInstance> {
  const oauthStatus = oauthStatusReader(ctx.config) ?? undefined;
  const app = await buildApp({
    db: ctx.db,
    config: ctx.config,
    queues: ctx.queues,
    logger: ctx.logger,
    health: createHealthCheck(ctx, oauthStatus),
    oauthStatus,
  });
  if (oauthStatus)
    ctx.shutdown.add('oauth status', ShutdownOrder.connections, async () => oauthStatus.close());
  await app.listen({ host: ctx.config.web.host, port: ctx.config.web.port });
  ctx.shutdown.add('web', ShutdownOrder.intake, () => app.close());
  return app;
}
