// The lifecycle as a table a reviewer can check: every declared move, and what each writes to the log.
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../../../src/lifecycle/audit-actions.js';
import { CONSULT_STATES, INBOUND_STATES, OUTBOX_STATES } from '../../../src/lifecycle/states.js';
import { canMove, CONSULT, INBOUND, OUTBOX, type Transition } from '../../../src/lifecycle/transitions.js';

const rows = <S extends string>(table: Record<string, Transition<S>>) =>
  Object.entries(table).map(
    ([name, t]) => `${name}: ${t.from.join('|') || '(new)'} -> ${t.to} [${t.action ?? '-'}]`,
  );

describe('the consult lifecycle', () => {
  it('declares exactly these consult moves', () => {
    expect(rows(CONSULT)).toEqual([
      'open: (new) -> drafting [consult.received]',
      'openDrafted: (new) -> awaiting_review [consult.received]',
      'quarantine: (new) -> quarantined [consult.quarantined]',
      `giveUp: ${CONSULT_STATES.join('|')} -> quarantined [consult.quarantined]`,
      'reopen: received|drafting|awaiting_review|awaiting_info|sent|rejected|failed -> drafting [message.joined]',
      'drafted: drafting|received|awaiting_review -> awaiting_review [draft.created]',
      'approve: awaiting_review -> approved [approve]',
      'reject: awaiting_review -> rejected [reject]',
      'requestInfo: awaiting_review -> awaiting_info [request_info]',
      'release: quarantined -> received [release]',
      'releaseUnparsed: quarantined -> discarded [release]',
      'discard: quarantined -> discarded [discard]',
      'sendClaimed: approved -> sending [-]',
      'sent: sending -> sent [send.sent]',
      'sendRetry: sending -> approved [send.retry]',
      'sendFailed: approved|sending -> failed [send.failed]',
      'sendRefused: sending -> failed [send.refused]',
      'sendRequeued: sending -> approved [send.requeued]',
      'settledSent: approved|sending -> sent [send.settled]',
      'settledFailed: approved|sending -> failed [send.settled]',
      'followUpAfterSend: sent -> drafting [-]',
    ]);
  });

  it('declares exactly these inbound-message moves', () => {
    expect(rows(INBOUND)).toEqual([
      'thread: stored -> threaded [-]',
      'openDrafted: stored -> drafted [-]',
      'draft: threaded|quarantined -> drafted [-]',
      'quarantine: stored -> quarantined [-]',
      `giveUp: ${INBOUND_STATES.join('|')} -> quarantined [-]`,
      'releaseToIngest: quarantined -> stored [-]',
      'releaseToDraft: quarantined -> threaded [-]',
    ]);
  });

  it('declares exactly these outbox moves', () => {
    expect(rows(OUTBOX)).toEqual([
      'claim: queued -> sending [-]',
      'sent: sending -> sent [send.sent]',
      'retry: sending -> queued [send.retry]',
      'fail: sending -> failed [send.failed]',
      'refuse: sending -> failed [send.refused]',
      'requeue: sending -> queued [send.requeued]',
      'stuck: sending -> failed [send.unknown]',
    ]);
  });

  it('reaches every declared state by some move', () => {
    const reached = <S extends string>(table: Record<string, Transition<S>>) =>
      new Set(Object.values(table).map((t) => t.to));
    const consult = reached(CONSULT);
    expect(CONSULT_STATES.filter((s) => !consult.has(s))).toEqual([]);
    expect(INBOUND_STATES.filter((s) => !reached(INBOUND).has(s))).toEqual([]);
    expect(OUTBOX_STATES.filter((s) => !reached(OUTBOX).has(s))).toEqual([]);
  });

  it('writes only declared audit actions', () => {
    const used = [CONSULT, INBOUND, OUTBOX].flatMap((table) =>
      Object.values(table as Record<string, Transition<string>>).map((t) => t.action),
    );
    for (const action of used) if (action) expect(AUDIT_ACTIONS).toContain(action);
  });

  it('lets a row move only from the states its transition names', () => {
    expect(canMove(CONSULT.approve, 'awaiting_review')).toBe(true);
    expect(canMove<(typeof CONSULT_STATES)[number]>(CONSULT.approve, 'approved')).toBe(false);
    // @ts-expect-error a state that is not declared does not compile
    canMove(CONSULT.approve, 'pending');
  });
});
