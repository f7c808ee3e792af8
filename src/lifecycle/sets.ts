// Named groups of states that queries and jobs test against, derived from the transitions so a new
// state joins them in one place.
import type { ConsultState, OutboxState } from './states.js';
import { CONSULT } from './transitions.js';

/** A consult whose threaded message may still be drafted. */
export const DRAFTABLE: readonly ConsultState[] = CONSULT.drafted.from;

/** A consult a follow-up reopens for drafting. */
export const REOPENABLE: readonly ConsultState[] = CONSULT.reopen.from;

/** A consult whose reply is between approval and its outcome. */
export const SENDING: readonly ConsultState[] = CONSULT.settledSent.from;

/** A consult that has left the desk's hands (a decision made, the reply on its way or sent). */
export const DECIDED: readonly ConsultState[] = ['approved', 'sending', 'sent'];

/** A consult still open on the desk. */
export const OPEN: readonly ConsultState[] = ['drafting', 'awaiting_review', 'awaiting_info'];

/** A consult hidden from threading: a follow-up never joins it. */
export const CLOSED_TO_THREADING: readonly ConsultState[] = ['quarantined', 'discarded'];

/** An outbox row still to be sent or being sent. */
export const UNSETTLED_SEND: readonly OutboxState[] = ['queued', 'sending'];
