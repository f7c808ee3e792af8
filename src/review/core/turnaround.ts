// How late a consult is against the turnaround target. Plain wall-clock hours (not business hours):
// a reviewer desk that works evenings and weekends sees the same clock the asker does.
export type DueStatus = 'on_time' | 'due_soon' | 'late';

/** Share of the target after which a consult shows as "due soon". */
export const DUE_SOON_SHARE = 0.75;

export interface Turnaround {
  status: DueStatus;
  ageMinutes: number;
  /** Minutes left before the target; negative once late. */
  minutesLeft: number;
}

export function turnaround(receivedAt: Date, now: Date, targetHours: number): Turnaround {
  const ageMinutes = Math.max(0, Math.floor((now.getTime() - receivedAt.getTime()) / 60_000));
  const targetMinutes = targetHours * 60;
  const minutesLeft = Math.round(targetMinutes - ageMinutes);
  const status: DueStatus =
    ageMinutes >= targetMinutes
      ? 'late'
      : ageMinutes >= targetMinutes * DUE_SOON_SHARE
        ? 'due_soon'
        : 'on_time';
  return { status, ageMinutes, minutesLeft };
}

/** "2 h 05 min" — short enough for a table cell. */
export function formatMinutes(minutes: number): string {
  const m = Math.abs(minutes);
  const h = Math.floor(m / 60);
  const rest = String(m % 60).padStart(2, '0');
  return h > 0 ? `${h} h ${rest} min` : `${m % 60} min`;
}

export const DUE_LABELS: Record<DueStatus, string> = {
  on_time: 'On time',
  due_soon: 'Due soon',
  late: 'Late',
};
