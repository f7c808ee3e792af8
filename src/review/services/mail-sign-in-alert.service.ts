// The desk's banner while the mailbox's XOAUTH2 token cannot be renewed: the poller stops reading mail
// when the token in hand expires, and a silent stop is what helpdesk users complain about most.
import type { ReviewDeps } from './review-deps.js';

export interface MailSignInAlert {
  since: Date;
  error: string;
}

export async function mailSignInAlert(deps: ReviewDeps): Promise<MailSignInAlert | null> {
  const status = await deps.oauthStatus?.read().catch(() => null);
  return status?.failingSince ? { since: status.failingSince, error: status.lastError ?? 'error' } : null;
}
