// Shapes the dashboard's figures for its template: numbers formatted, charts laid out (chart-model.ts).
import type { DashboardFigures } from '../services/dashboard.service.js';
import { barList, columnChart } from './chart-model.js';

/** "42 s", "3.5 min", "2.1 h", "1.4 d": short enough for a tile. */
export function formatSeconds(s: number | null): string {
  if (s === null) return '—';
  if (s < 90) return `${Math.round(s)} s`;
  if (s < 90 * 60) return `${(s / 60).toFixed(1)} min`;
  if (s < 36 * 3600) return `${(s / 3600).toFixed(1)} h`;
  return `${(s / 86_400).toFixed(1)} d`;
}

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${Math.round((100 * part) / whole)}%`);

export function presentDashboard(f: DashboardFigures) {
  const questions = f.questionsPerDay.reduce((n, d) => n + d.count, 0);
  const points = f.questionsPerDay.map((d) => ({ label: d.day.slice(5), value: d.count }));
  const quarantined = f.quarantine.reduce((n, q) => n + q.count, 0);
  return {
    days: f.days,
    since: f.from,
    targetHours: f.targetHours,
    tiles: [
      { label: 'Questions', value: String(questions), note: `drafted in ${f.days} days` },
      {
        label: 'Time to draft',
        value: formatSeconds(f.draft.p50),
        note: `median; 90% within ${formatSeconds(f.draft.p90)}`,
      },
      {
        label: 'Time to reply',
        value: formatSeconds(f.reply.p50),
        note: `median; 90% within ${formatSeconds(f.reply.p90)}`,
      },
      {
        label: 'On time',
        value: percent(f.reply.onTime, f.reply.count),
        note: `${f.reply.onTime} of ${f.reply.count} replies within ${f.targetHours} h`,
      },
      { label: 'Quarantined', value: String(quarantined), note: 'messages not answered' },
      {
        label: 'Sends failed',
        value: String(f.sendsFailed),
        note: `${f.sendsUnknown} outcome unknown; ${f.failedNow} in Failed now`,
      },
    ],
    questionsChart: columnChart(points, { width: 720, height: 220 }, Math.ceil(points.length / 10)),
    questionsTable: f.questionsPerDay,
    quarantineChart: f.quarantine.length
      ? barList(f.quarantine.map((q) => ({ label: q.reason, value: q.count })))
      : null,
    workload: f.workload,
    openNow: f.openNow,
  };
}
