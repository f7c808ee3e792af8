// The reads behind GET /metrics: gauges of the state now, and the rows of a time window that the
// running counters and histograms add up (metrics/tallies.ts).
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/database.js';
import { draftLatencies, replyLatencies } from './latency.repository.js';

/** How many rows are in each state, by state. */
export async function statesOf(
  db: Kysely<Database>,
  table: 'consults' | 'outbox',
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom(table)
    .select(['state', sql<string>`count(*)`.as('n')])
    .groupBy('state')
    .execute();
  return new Map(rows.map((r) => [r.state, Number(r.n)]));
}

/** Seconds since any mailbox folder was last polled, by the database's clock; null before the first poll. */
export async function lastPollAgeSeconds(db: Kysely<Database>): Promise<number | null> {
  const { rows } = await sql<{
    age: number | null;
  }>`select extract(epoch from now() - max(last_polled_at))::float8 as age from mailboxes`.execute(db);
  return rows[0]?.age ?? null;
}

/** A window of rows to count: from the end of the last one (none at first: all history) until `to`. */
export type TallyWindow = { from: Date | null; to: Date };

const within = (column: RawBuilder<unknown>, w: TallyWindow) =>
  w.from ? sql`${column} >= ${w.from} and ${column} < ${w.to}` : sql`${column} < ${w.to}`;

/** The database's now minus the settle time: where the next window ends. */
export async function settledUntil(db: Kysely<Database>, settleMs: number): Promise<Date> {
  const { rows } = await sql<{
    to: Date;
  }>`select now() - make_interval(secs => ${settleMs / 1000}) as to`.execute(db);
  return rows[0]!.to;
}

export async function ingestedIn(db: Kysely<Database>, w: TallyWindow): Promise<number> {
  const { rows } = await sql<{
    n: string;
  }>`select count(*) as n from inbound_messages where ${within(sql`received_at`, w)}`.execute(db);
  return Number(rows[0]!.n);
}

export interface TalliedEvent {
  action: string;
  reason: string | null;
  n: number;
}

/** Quarantines (with their reason) and send outcomes recorded in the window, counted by kind. */
export async function talliedEventsIn(db: Kysely<Database>, w: TallyWindow): Promise<TalliedEvent[]> {
  const { rows } = await sql<{ action: string; reason: string | null; n: string }>`
    select action, detail->>'reason' as reason, count(*) as n from audit_events
    where (action = 'consult.quarantined' or action like 'send.%') and ${within(sql`at`, w)}
    group by 1, 2`.execute(db);
  return rows.map((r) => ({ action: r.action, reason: r.reason, n: Number(r.n) }));
}

export interface HistogramCounts {
  /** Cumulative: how many values were at most each bound. */
  counts: number[];
  sum: number;
  count: number;
}

const LATENCIES = { draft: draftLatencies, reply: replyLatencies };

/** The window's waits (a question to its draft, or to its reply going out) counted into buckets. */
export async function latencyHistogram(
  db: Kysely<Database>,
  which: keyof typeof LATENCIES,
  bounds: number[],
  w: TallyWindow,
): Promise<HistogramCounts> {
  const values = sql`select v from (${LATENCIES[which]}) l where ${within(sql`at`, w)}`;
  const buckets = sql.join(bounds.map((b) => sql`count(*) filter (where v <= ${b}::float8)`));
  const { rows } = await sql<{ counts: string[]; sum: number | null; count: string }>`
    select array[${buckets}] as counts, sum(v) as sum, count(*) as count from (${values}) w`.execute(db);
  const r = rows[0]!;
  return { counts: r.counts.map(Number), sum: Number(r.sum ?? 0), count: Number(r.count) };
}
