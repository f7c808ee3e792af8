// What GET /metrics shows, gathered at scrape time from the shared state (PostgreSQL, Redis), so one
// scrape of any web node describes the whole service: the poller, pipeline and sender processes keep no
// counters of their own. A source that does not answer is reported down and its families left out.
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { CONSULT_STATES } from '../db/schema/core.js';
import type { JobName } from '../queue/jobs.js';
import type { Queues } from '../queue/queues.js';
import type { TokenHealthSummary } from '../mail/oauth/token-status.js';
import { lastPollAgeSeconds, statesOf } from '../repositories/metrics.repository.js';
import type { Family, Sample } from './exposition.js';
import type { DbTallies } from './tallies.js';

export interface TokenHealth {
  purpose: string;
  /** Seconds until the current access token expires (negative once it has); null when none is held. */
  expiresInSeconds: number | null;
  renewalFailing: boolean;
}

export interface MetricSources {
  db: Kysely<Database>;
  tallies: DbTallies;
  queues: Queues | null;
  /** The poll is stale (the mailbox connection down) after this long, as /healthz judges it. */
  imapStaleAfterMs: number;
  oauth?: () => Promise<TokenHealth[]>;
}

const QUEUE_STATES = ['waiting', 'prioritized', 'active', 'delayed', 'failed', 'completed'] as const;
const SEND_OUTCOMES = ['sent', 'failed', 'unknown', 'retry', 'refused', 'requeued'];

const gauge = (name: string, help: string, samples: Sample[]): Family => ({
  type: 'gauge',
  name,
  help,
  samples,
});
const counter = (name: string, help: string, samples: Sample[]): Family => ({
  type: 'counter',
  name,
  help,
  samples,
});
const byLabel = (label: string, m: Map<string, number>, known: string[] = []) =>
  [...new Set([...known, ...m.keys()])].sort().map((k) => ({ labels: { [label]: k }, value: m.get(k) ?? 0 }));

async function fromDatabase(s: MetricSources): Promise<Family[]> {
  await s.tallies.refresh();
  const [consults, outbox, age] = await Promise.all([
    statesOf(s.db, 'consults'),
    statesOf(s.db, 'outbox'),
    lastPollAgeSeconds(s.db),
  ]);
  const count = (states: Map<string, number>, state: string) => states.get(state) ?? 0;
  const t = s.tallies;
  return [
    gauge(
      'codedesk_consults',
      'Consults by state, now.',
      CONSULT_STATES.map((state) => ({ labels: { state }, value: count(consults, state) })),
    ),
    gauge(
      'codedesk_outbox_messages',
      'Outgoing messages (replies, requests for information, rejections) by state, now.',
      ['queued', 'sending', 'sent', 'failed'].map((state) => ({
        labels: { state },
        value: count(outbox, state),
      })),
    ),
    counter('codedesk_messages_ingested_total', 'Messages read from the mailbox and stored.', [
      { value: t.ingested },
    ]),
    counter(
      'codedesk_messages_quarantined_total',
      'Messages sent to quarantine, by reason (the words of the reason before its first colon).',
      byLabel('reason', t.quarantined),
    ),
    counter('codedesk_sends_total', 'Send attempts by outcome.', byLabel('outcome', t.sends, SEND_OUTCOMES)),
    {
      type: 'histogram',
      name: 'codedesk_time_to_draft_seconds',
      help: 'From a question being read from the mailbox to its machine draft.',
      series: [t.timeToDraft.series()],
    },
    {
      type: 'histogram',
      name: 'codedesk_time_to_reply_seconds',
      help: 'From a question being read from the mailbox to its approved reply being sent.',
      series: [t.timeToReply.series()],
    },
    gauge('codedesk_imap_up', '1 while the mailbox is polled on time (as /healthz judges it), else 0.', [
      { value: age !== null && age * 1000 <= s.imapStaleAfterMs ? 1 : 0 },
    ]),
    gauge(
      'codedesk_imap_last_poll_age_seconds',
      'Seconds since the mailbox was last polled.',
      age === null ? [] : [{ value: age }],
    ),
  ];
}

async function fromRedis(queues: Queues): Promise<Family[]> {
  const names = Object.keys(queues.raw) as JobName[];
  const per = await Promise.all(
    names.map(async (queue) => {
      const q = queues.raw[queue];
      const [counts, failed, completed] = await Promise.all([
        q.getJobCounts(...QUEUE_STATES),
        q.getMetrics('failed', 0, 0),
        q.getMetrics('completed', 0, 0),
      ]);
      return { queue, counts, failed: failed.meta.count, completed: completed.meta.count };
    }),
  );
  return [
    gauge(
      'codedesk_queue_jobs',
      'Jobs in each queue by state, now (failed jobs are kept a week).',
      per.flatMap(({ queue, counts }) =>
        QUEUE_STATES.map((state) => ({ labels: { queue, state }, value: counts[state] ?? 0 })),
      ),
    ),
    counter(
      'codedesk_queue_jobs_failed_total',
      'Jobs that failed for good (every attempt used), by queue.',
      per.map(({ queue, failed }) => ({ labels: { queue }, value: failed })),
    ),
    counter(
      'codedesk_queue_jobs_completed_total',
      'Jobs completed, by queue.',
      per.map(({ queue, completed }) => ({ labels: { queue }, value: completed })),
    ),
  ];
}

function fromOAuth(tokens: TokenHealth[]): Family[] {
  return [
    gauge(
      'codedesk_oauth_token_expiry_seconds',
      'Seconds until the OAuth access token in use expires, by what it signs in to.',
      tokens
        .filter((t) => t.expiresInSeconds !== null)
        .map((t) => ({ labels: { purpose: t.purpose }, value: t.expiresInSeconds! })),
    ),
    gauge(
      'codedesk_oauth_renewal_failing',
      '1 while renewing the OAuth access token fails, else 0.',
      tokens.map((t) => ({ labels: { purpose: t.purpose }, value: t.renewalFailing ? 1 : 0 })),
    ),
  ];
}

/** A Redis that does not answer would hold a scrape for ever (its commands wait for the reconnect). */
async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error('timed out')), ms)),
  );
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The renewal status as the metrics show it: one token, the mailbox's. */
export function tokenHealth(status: { read(): Promise<TokenHealthSummary> }): () => Promise<TokenHealth[]> {
  return async () => {
    const s = await status.read();
    const expiresIn = s.expiresAt ? Math.round((s.expiresAt.getTime() - Date.now()) / 1000) : null;
    return [{ purpose: 'imap', expiresInSeconds: expiresIn, renewalFailing: s.failingSince !== null }];
  };
}

/** Every family; a source that fails is marked down in codedesk_metrics_source_up and skipped. */
export async function collectMetrics(s: MetricSources, timeoutMs = 5000): Promise<Family[]> {
  const sources: [string, () => Promise<Family[]>][] = [['postgresql', () => fromDatabase(s)]];
  if (s.queues) sources.push(['redis', () => fromRedis(s.queues!)]);
  if (s.oauth) sources.push(['oauth', async () => fromOAuth(await s.oauth!())]);
  const results = await Promise.allSettled(sources.map(([, read]) => withTimeout(read(), timeoutMs)));
  return [
    gauge(
      'codedesk_metrics_source_up',
      '1 when the source answered this scrape, else 0 (its metrics are missing from it).',
      sources.map(([source], i) => ({
        labels: { source },
        value: results[i]!.status === 'fulfilled' ? 1 : 0,
      })),
    ),
    ...results.flatMap((r) => (r.status === 'fulfilled' ? r.value : [])),
  ];
}
