// Stable codes for the desk's refusals. Messages go to the reviewer and to logs: ids and states only.
import { AppError, conflict, notFound } from '../../errors.js';
import type { Consult } from '../../repositories/consult.repository.js';
import { DECIDED } from '../../lifecycle/sets.js';

export const consultNotFound = () => notFound('consult');

export function notAwaitingReview(c: Consult): AppError {
  const done = DECIDED.includes(c.state);
  return conflict(
    'CONSULT.NOT_AWAITING_REVIEW',
    done
      ? `Consult ${c.id} was already approved (state: ${c.state}); nothing was sent twice.`
      : `Consult ${c.id} is not awaiting review (state: ${c.state}).`,
  );
}

export const claimedByOther = (c: Consult, holder: string) =>
  conflict(
    'CONSULT.CLAIMED',
    `Consult ${c.id} is claimed by ${holder}; wait until they release it or the claim expires.`,
  );

export const claimRequired = (id: string) =>
  conflict('CONSULT.CLAIM_REQUIRED', `Claim consult ${id} before editing it.`);

export const staleDraft = (seen: number, latest: number) =>
  conflict(
    'DRAFT.STALE',
    `The draft changed (you saw version ${seen}, the latest is ${latest}); reload before approving.`,
  );

export const noDraft = (id: string) => conflict('DRAFT.MISSING', `Consult ${id} has no draft yet.`);

export const forbidden = (message = 'This needs an administrator.') =>
  new AppError('AUTH.FORBIDDEN', message, 403);
export const unauthorized = () => new AppError('AUTH.REQUIRED', 'Sign in or send a valid bearer token.', 401);

export const notQuarantined = (c: Consult) =>
  conflict('CONSULT.NOT_QUARANTINED', `Consult ${c.id} is not in quarantine (state: ${c.state}).`);
