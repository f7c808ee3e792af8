// The dashboard's story: over the chosen period, how many questions came, how fast they were drafted
// and answered against the turnaround target, what went to quarantine, which sends failed, and who
// did the reviewing. Figures come from the database, charts are drawn by the presenter.
import { OPEN } from '../../lifecycle/sets.js';
import { reasonLabel } from '../../metrics/tallies.js';
import { countByState } from '../repositories/consult-view.repository.js';
import {
  draftTimes,
  eventCounts,
  questionsPerDay,
  replyTimes,
  reviewerWorkload,
} from '../repositories/dashboard.repository.js';
import type { ReviewDeps } from './review-deps.js';

export const DASHBOARD_PERIODS = [7, 30, 90] as const;
export type DashboardPeriod = (typeof DASHBOARD_PERIODS)[number];

const DAY_MS = 86_400_000;

/** The UTC days of the period, oldest first, today included. */
export function periodDays(days: number, now: Date): string[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: days }, (_, i) =>
    new Date(today - (days - 1 - i) * DAY_MS).toISOString().slice(0, 10),
  );
}

export async function dashboardFigures(deps: ReviewDeps, days: DashboardPeriod, now = new Date()) {
  const dayList = periodDays(days, now);
  const from = new Date(`${dayList[0]}T00:00:00Z`);
  const targetSeconds = deps.config.web.turnaroundHours * 3600;
  const claimLiveSince = new Date(now.getTime() - deps.config.web.claimTtlMinutes * 60_000);
  const [perDay, draft, reply, events, workload, states] = await Promise.all([
    questionsPerDay(deps.db, from),
    draftTimes(deps.db, from),
    replyTimes(deps.db, from, targetSeconds),
    eventCounts(deps.db, from),
    reviewerWorkload(deps.db, from, claimLiveSince),
    countByState(deps.db),
  ]);
  const quarantine = new Map<string, number>();
  let sendsFailed = 0;
  let sendsUnknown = 0;
  for (const e of events) {
    if (e.action === 'consult.quarantined') {
      const label = reasonLabel(e.reason);
      quarantine.set(label, (quarantine.get(label) ?? 0) + e.count);
    } else if (e.action === 'send.failed' || e.action === 'send.refused') sendsFailed += e.count;
    else if (e.action === 'send.unknown') sendsUnknown += e.count;
  }
  return {
    days,
    from,
    targetHours: deps.config.web.turnaroundHours,
    questionsPerDay: dayList.map((day) => ({ day, count: perDay.get(day) ?? 0 })),
    draft,
    reply,
    quarantine: [...quarantine].map(([reason, count]) => ({ reason, count })),
    sendsFailed,
    sendsUnknown,
    failedNow: states.failed ?? 0,
    openNow: OPEN.reduce((n, s) => n + (states[s] ?? 0), 0),
    workload,
  };
}

export type DashboardFigures = Awaited<ReturnType<typeof dashboardFigures>>;
