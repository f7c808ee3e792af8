// Every action name the audit log stores. Stored names are kept as they were written (older rows
// use bare verbs for reviewer decisions, dotted names elsewhere), so a row reads the same years on.

export const AUDIT_ACTIONS = [
  // the pipeline
  'consult.received',
  'consult.quarantined',
  'message.joined',
  'draft.created',
  // reviewers
  'claim',
  'release',
  'discard',
  'edit',
  'approve',
  'reject',
  'request_info',
  'consult.deleted',
  // the sender and sweeper
  'send.sent',
  'send.retry',
  'send.failed',
  'send.unknown',
  'send.refused',
  'send.requeued',
  'send.settled',
  'send.acknowledged',
  // accounts and tokens
  'reviewer.add',
  'reviewer.disable',
  'reviewer.enable',
  'reviewer.reset_password',
  'sign_in',
  'sign_in.failed',
  'sign_out',
  'token.create',
  'token.revoke',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
