// Shapes queue rows for the template: everything pre-formatted, nothing computed in Handlebars.
import { CONSULT_STATES, type ConsultState } from '../../db/schema/core.js';
import { DUE_LABELS, formatMinutes } from '../core/turnaround.js';
import type { QueueItem } from '../services/consult-view.service.js';

export const STATE_LABELS: Record<ConsultState, string> = {
  received: 'Received',
  quarantined: 'Quarantine',
  drafting: 'Drafting',
  awaiting_review: 'Awaiting review',
  awaiting_info: 'Awaiting info',
  approved: 'Approved',
  sending: 'Sending',
  sent: 'Sent',
  rejected: 'Rejected',
  discarded: 'Discarded',
  failed: 'Failed',
};

export function presentStates(counts: Partial<Record<ConsultState, number>>, current: ConsultState) {
  return CONSULT_STATES.map((s) => ({
    state: s,
    label: STATE_LABELS[s],
    count: counts[s] ?? 0,
    current: s === current,
  }));
}

export function presentRow(item: QueueItem, me: number | null) {
  const late = item.due.minutesLeft < 0;
  return {
    id: item.id,
    subject: item.subject || '(no subject)',
    asker: item.askerName ? `${item.askerName} <${item.askerAddress}>` : item.askerAddress,
    receivedAt: item.receivedAt,
    age: formatMinutes(item.due.ageMinutes),
    dueStatus: item.due.status,
    dueLabel: DUE_LABELS[item.due.status],
    dueDetail: late
      ? `${formatMinutes(item.due.minutesLeft)} over`
      : `${formatMinutes(item.due.minutesLeft)} left`,
    claim: item.claimLive
      ? item.claimedBy === me
        ? 'You'
        : (item.claimedByName ?? 'Another reviewer')
      : null,
    quarantineReason: item.quarantineReason,
  };
}
