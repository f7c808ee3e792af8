// Fixed messages shown after a redirect; the query string names one, so nothing is reflected.
const NOTICES = {
  approved: 'Approved: the reply is queued for sending.',
  rejected: 'Rejected.',
  info_requested: 'The request for more information is queued for sending; the consult waits for the answer.',
  claimed: 'You hold this consult now.',
  released: 'Claim released.',
  saved: 'Draft saved as a new version.',
  quarantine_released: 'Released into the pipeline; a draft will follow.',
  discarded: 'Discarded.',
  consult_deleted: 'Consult deleted, with its messages, drafts and replies; the audit log keeps a tombstone.',
  failure_checked: 'Marked as checked: the failed send no longer shows as an alert.',
  reviewer_added: 'Reviewer added.',
  reviewer_updated: 'Reviewer updated.',
  token_revoked: 'Token revoked.',
} as const;

export function noticeText(key: string | undefined): string | null {
  return key && key in NOTICES ? NOTICES[key as keyof typeof NOTICES] : null;
}
