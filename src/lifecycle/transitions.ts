// Every allowed state change, with the audit action it writes (null: the step is audited by the
// transition it belongs to). Repositories take a transition, never a bare state, so a change that is
// not declared here cannot be written; the one-statement queries read the same values.
import type { AuditAction } from './audit-actions.js';
import {
  CONSULT_STATES,
  INBOUND_STATES,
  type ConsultState,
  type InboundState,
  type OutboxState,
} from './states.js';

export interface Transition<S extends string> {
  /** States the row must be in; empty for a row created in `to`. */
  readonly from: readonly S[];
  readonly to: S;
  readonly action: AuditAction | null;
}

const declare =
  <S extends string>() =>
  <T extends Record<string, Transition<S>>>(t: T) =>
    t;

/** A consult the pipeline, a reviewer or the sender moves. */
export const CONSULT = declare<ConsultState>()({
  open: { from: [], to: 'drafting', action: 'consult.received' },
  openDrafted: { from: [], to: 'awaiting_review', action: 'consult.received' },
  quarantine: { from: [], to: 'quarantined', action: 'consult.quarantined' },
  /** A message whose job used every attempt takes its consult to quarantine from wherever it was. */
  giveUp: { from: CONSULT_STATES, to: 'quarantined', action: 'consult.quarantined' },
  /** A follow-up reopens its consult; approved/sending finish their send first. */
  reopen: {
    from: ['received', 'drafting', 'awaiting_review', 'awaiting_info', 'sent', 'rejected', 'failed'],
    to: 'drafting',
    action: 'message.joined',
  },
  /** A machine draft saved; `awaiting_review` covers a follow-up whose sibling was drafted a moment earlier. */
  drafted: {
    from: ['drafting', 'received', 'awaiting_review'],
    to: 'awaiting_review',
    action: 'draft.created',
  },
  approve: { from: ['awaiting_review'], to: 'approved', action: 'approve' },
  reject: { from: ['awaiting_review'], to: 'rejected', action: 'reject' },
  requestInfo: { from: ['awaiting_review'], to: 'awaiting_info', action: 'request_info' },
  release: { from: ['quarantined'], to: 'received', action: 'release' },
  /** Released mail that was never parsed goes back to ingest as a consult of its own. */
  releaseUnparsed: { from: ['quarantined'], to: 'discarded', action: 'release' },
  discard: { from: ['quarantined'], to: 'discarded', action: 'discard' },
  sendClaimed: { from: ['approved'], to: 'sending', action: null },
  sent: { from: ['sending'], to: 'sent', action: 'send.sent' },
  sendRetry: { from: ['sending'], to: 'approved', action: 'send.retry' },
  /** A consult still in `approved` is one whose move to `sending` failed after the claim (older rows). */
  sendFailed: { from: ['approved', 'sending'], to: 'failed', action: 'send.failed' },
  sendRefused: { from: ['sending'], to: 'failed', action: 'send.refused' },
  sendRequeued: { from: ['sending'], to: 'approved', action: 'send.requeued' },
  /** The sweeper settles a consult left in approved/sending with its latest reply's outcome. */
  settledSent: { from: ['approved', 'sending'], to: 'sent', action: 'send.settled' },
  settledFailed: { from: ['approved', 'sending'], to: 'failed', action: 'send.settled' },
  /** A follow-up waiting behind a send reopens the consult once it is sent. */
  followUpAfterSend: { from: ['sent'], to: 'drafting', action: null },
});

/** An inbound message from storage to its consult. */
export const INBOUND = declare<InboundState>()({
  thread: { from: ['stored'], to: 'threaded', action: null },
  openDrafted: { from: ['stored'], to: 'drafted', action: null },
  /** A quarantined message is drafted once a reviewer released its consult. */
  draft: { from: ['threaded', 'quarantined'], to: 'drafted', action: null },
  quarantine: { from: ['stored'], to: 'quarantined', action: null },
  giveUp: { from: INBOUND_STATES, to: 'quarantined', action: null },
  releaseToIngest: { from: ['quarantined'], to: 'stored', action: null },
  releaseToDraft: { from: ['quarantined'], to: 'threaded', action: null },
});

/** An outbox row through its send attempts. */
export const OUTBOX = declare<OutboxState>()({
  claim: { from: ['queued'], to: 'sending', action: null },
  sent: { from: ['sending'], to: 'sent', action: 'send.sent' },
  retry: { from: ['sending'], to: 'queued', action: 'send.retry' },
  fail: { from: ['sending'], to: 'failed', action: 'send.failed' },
  refuse: { from: ['sending'], to: 'failed', action: 'send.refused' },
  requeue: { from: ['sending'], to: 'queued', action: 'send.requeued' },
  stuck: { from: ['sending'], to: 'failed', action: 'send.unknown' },
});

export type ConsultTransition = (typeof CONSULT)[keyof typeof CONSULT];
export type InboundTransition = (typeof INBOUND)[keyof typeof INBOUND];
export type OutboxTransition = (typeof OUTBOX)[keyof typeof OUTBOX];

/** Whether a row in `state` may take transition `t`. */
export const canMove = <S extends string>(t: Transition<S>, state: NoInfer<S>): boolean =>
  t.from.includes(state);
