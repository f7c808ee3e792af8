// The states a consult, an inbound message and an outbox row can be in. The database columns are
// typed from these (db/schema/core.ts), so a state that is not declared here does not compile.

export const CONSULT_STATES = [
  'received',
  'quarantined',
  'drafting',
  'awaiting_review',
  'awaiting_info',
  'approved',
  'sending',
  'sent',
  'rejected',
  'discarded',
  'failed',
] as const;
export type ConsultState = (typeof CONSULT_STATES)[number];

export const INBOUND_STATES = ['stored', 'threaded', 'drafted', 'quarantined'] as const;
export type InboundState = (typeof INBOUND_STATES)[number];

export const OUTBOX_STATES = ['queued', 'sending', 'sent', 'failed'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];
