// Counters and histograms derived from PostgreSQL, the record every process writes to: each scrape
// counts only rows since the last one and adds them to running totals. The totals start from the whole
// history, so every web node, and a restarted one, reports the same values without any process keeping
// counters of its own. Rows younger than `settleMs` wait for the next scrape: a transaction that began
// before the window's end but commits after it is still counted.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/database.js';
import { draftLatencies, replyLatencies } from '../repositories/latency.repository.js';
import { HistogramTally } from './histogram.js';

export const DRAFT_BUCKETS = [0.25, 0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600];
export const REPLY_BUCKETS = [300, 900, 1800, 3600, 7200, 14_400, 28_800, 86_400, 172_800, 604_800];

/** A short, bounded label for a quarantine reason: the words before its first colon or parenthesis
 * ("unknown sender: not on the allowed list" -> "unknown-sender"), which never quote the message. */
export function reasonLabel(reason: string | null | undefined): string {
  const head = (reason ?? '').split(/[:(]/, 1)[0] ?? '';
  const code = head
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return code.slice(0, 60) || 'unspecified';
}

type Window = { from: Date | null; to: Date };

const within = (column: RawBuilder<unknown>, w: Window) =>
  w.from ? sql`${column} >= ${w.from} and ${column} < ${w.to}` : sql`${column} < ${w.to}`;

export class DbTallies {
  ingested = 0;
  readonly quarantined = new Map<string, number>();
  readonly sends = new Map<string, number>();
  readonly timeToDraft = new HistogramTally(DRAFT_BUCKETS);
  readonly timeToReply = new HistogramTally(REPLY_BUCKETS);
  private through: Date | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly settleMs = 30_000,
  ) {}

  /** Brings the totals up to (the database's) now minus the settle time; concurrent scrapes share one run. */
  refresh(): Promise<void> {
    this.running ??= this.advance().finally(() => (this.running = null));
    return this.running;
  }

  private async advance(): Promise<void> {
    const { rows } = await sql<{
      to: Date;
    }>`select now() - make_interval(secs => ${this.settleMs / 1000}) as to`.execute(this.db);
    const w: Window = { from: this.through, to: rows[0]!.to };
    if (w.from && w.to <= w.from) return;
    const [ingested, events, draft, reply] = await Promise.all([
      sql<{
        n: string;
      }>`select count(*) as n from inbound_messages where ${within(sql`received_at`, w)}`.execute(this.db),
      sql<{ action: string; reason: string | null; n: string }>`
        select action, detail->>'reason' as reason, count(*) as n from audit_events
        where (action = 'consult.quarantined' or action like 'send.%') and ${within(sql`at`, w)}
        group by 1, 2`.execute(this.db),
      this.histogramWindow(
        DRAFT_BUCKETS,
        sql`select v from (${draftLatencies}) l where ${within(sql`at`, w)}`,
      ),
      this.histogramWindow(
        REPLY_BUCKETS,
        sql`select v from (${replyLatencies}) l where ${within(sql`at`, w)}`,
      ),
    ]);
    this.ingested += Number(ingested.rows[0]!.n);
    for (const e of events.rows) {
      const [map, label] =
        e.action === 'consult.quarantined'
          ? [this.quarantined, reasonLabel(e.reason)]
          : [this.sends, e.action.slice('send.'.length)];
      map.set(label, (map.get(label) ?? 0) + Number(e.n));
    }
    this.timeToDraft.add(draft);
    this.timeToReply.add(reply);
    this.through = w.to;
  }

  private async histogramWindow(bounds: number[], values: RawBuilder<unknown>) {
    const buckets = sql.join(bounds.map((b) => sql`count(*) filter (where v <= ${b}::float8)`));
    const { rows } = await sql<{ counts: string[]; sum: number | null; count: string }>`
      select array[${buckets}] as counts, sum(v) as sum, count(*) as count from (${values}) w`.execute(
      this.db,
    );
    const r = rows[0]!;
    return { counts: r.counts.map(Number), sum: Number(r.sum ?? 0), count: Number(r.count) };
  }
}
