// Counters and histograms derived from PostgreSQL, the record every process writes to: each scrape
// counts only rows since the last one and adds them to running totals. The totals start from the whole
// history, so every web node, and a restarted one, reports the same values without any process keeping
// counters of its own. Rows younger than `settleMs` wait for the next scrape: a transaction that began
// before the window's end but commits after it is still counted.
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import {
  ingestedIn,
  latencyHistogram,
  settledUntil,
  talliedEventsIn,
  type TallyWindow,
} from '../repositories/metrics.repository.js';
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
    const w: TallyWindow = { from: this.through, to: await settledUntil(this.db, this.settleMs) };
    if (w.from && w.to <= w.from) return;
    const [ingested, events, draft, reply] = await Promise.all([
      ingestedIn(this.db, w),
      talliedEventsIn(this.db, w),
      latencyHistogram(this.db, 'draft', DRAFT_BUCKETS, w),
      latencyHistogram(this.db, 'reply', REPLY_BUCKETS, w),
    ]);
    this.ingested += ingested;
    for (const e of events) {
      const [map, label] =
        e.action === 'consult.quarantined'
          ? [this.quarantined, reasonLabel(e.reason)]
          : [this.sends, e.action.slice('send.'.length)];
      map.set(label, (map.get(label) ?? 0) + e.n);
    }
    this.timeToDraft.add(draft);
    this.timeToReply.add(reply);
    this.through = w.to;
  }
}
