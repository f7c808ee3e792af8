// Hand-kept row types of the core tables (migrations/20261122090000_core.ts).
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { BigId, Json, JsonDefault } from './columns.js';
import type {
  ApiTokensTable,
  AuditEventsTable,
  ReviewersTable,
  SessionsTable,
  SignInAttemptsTable,
} from './desk.js';
import type { ConsultState, InboundState, OutboxState } from '../../lifecycle/states.js';

/** Whether the From's domain was authenticated, as the receiving server judged it (mail/sender-auth.ts). */
export type AuthVerdict = 'pass' | 'fail' | 'none';

export interface SenderAuth {
  /** pass: DMARC passed, or, without a DMARC verdict, SPF or DKIM passed aligned with the From domain.
   * fail: DMARC failed. none: anything else, including no trusted header. */
  verdict: AuthVerdict;
  /** For a person: what decided the verdict. */
  detail: string;
  authservId: string | null;
  dmarc: string | null;
  spf: string | null;
  dkim: string | null;
}

// The states are declared with their transitions in lifecycle/; re-exported for the row types' users.
export { CONSULT_STATES } from '../../lifecycle/states.js';
export type { ConsultState, InboundState, OutboxState };

export interface MailboxesTable {
  id: Generated<number>;
  address: string;
  folder: string;
  uid_validity: string | null;
  last_uid: ColumnType<string, string | number | undefined, string | number>;
  last_polled_at: Date | null;
}

export interface ConsultsTable {
  id: Generated<string>;
  token: string;
  asker_address: string;
  asker_name: string | null;
  subject: string;
  state: ConsultState;
  quarantine_reason: string | null;
  /** The reviewer's reason for rejecting, or note asking for information (never in the audit log). */
  decision_note: Generated<string | null>;
  claimed_by: number | null;
  claimed_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface AttachmentInfo {
  filename: string | null;
  contentType: string;
  size: number;
}

/** Where a flag was found; flags stored before parts were named have none (subject and question). */
export type PhiPart = 'subject' | 'body' | 'html' | 'attachment';

export interface PhiFlag {
  kind: string;
  start: number;
  end: number;
  part?: PhiPart;
}

export interface InboundMessagesTable {
  id: Generated<string>;
  mailbox_id: number;
  uid_validity: BigId;
  uid: BigId;
  message_id: string;
  raw: Buffer;
  size: number;
  state: Generated<InboundState>;
  consult_id: BigId | null;
  from_address: string | null;
  from_name: string | null;
  subject: string | null;
  in_reply_to: string | null;
  references: Generated<string[]>;
  text_body: string | null;
  question_text: string | null;
  html_body: string | null;
  attachments: JsonDefault<AttachmentInfo[]>;
  screen_reason: string | null;
  phi_flags: JsonDefault<PhiFlag[]>;
  /** The sender's authentication (migrations/20261123090000); null before that, or when unparsed. */
  sender_auth: ColumnType<SenderAuth | null, string | null | undefined, string | null>;
  /** The consult this message's thread keys named but it was not allowed to join. */
  tried_to_join_consult_id: BigId | null;
  sent_at: Date | null;
  received_at: Generated<Date>;
  processed_at: Date | null;
  source_sha256: Buffer | null;
  source_in_parts: Generated<boolean>;
  ingest_started_at: Date | null;
  ingest_failures: Generated<number>;
  intake_notes: Generated<string[]>;
}

/** A message over the size limit, stored in 1 MiB parts instead of `inbound_messages.raw`. */
export interface InboundSourcePartsTable {
  inbound_id: BigId;
  seq: number;
  bytes: Buffer;
}

/** A message over the size limit seen by a poller pass, waiting to be streamed into parts. */
export interface InboundOversizePendingTable {
  mailbox_id: number;
  uid_validity: BigId;
  uid: BigId;
  size: BigId;
  noticed_at: Generated<Date>;
}

/** A message whose Message-ID was already stored: recorded against the first copy, never ingested. */
export interface InboundDuplicatesTable {
  id: Generated<string>;
  original_id: BigId;
  mailbox_id: number;
  uid_validity: BigId;
  uid: BigId;
  size: number;
  identical: boolean;
  raw: Buffer | null;
  received_at: Generated<Date>;
}

export type DraftSource = 'machine' | 'reviewer';

export interface DraftsTable {
  id: Generated<string>;
  consult_id: BigId;
  version: number;
  kind: string;
  source: DraftSource;
  based_on_message_id: BigId | null;
  subject: string;
  text: string;
  html: string;
  findings: Json<unknown>;
  flags: JsonDefault<unknown[]>;
  author_id: number | null;
  created_at: Generated<Date>;
}

export type OutboxKind = 'reply' | 'request_info' | 'rejection';

export interface OutboxTable {
  id: Generated<string>;
  consult_id: BigId;
  draft_id: BigId | null;
  kind: OutboxKind;
  state: Generated<OutboxState>;
  to_address: string;
  subject: string;
  text: string;
  html: string;
  message_id: string;
  in_reply_to: string | null;
  references: Generated<string[]>;
  attempts: Generated<number>;
  last_error: string | null;
  created_by: number | null;
  created_at: Generated<Date>;
  claimed_at: Date | null;
  /** The sender process holding the claim (sender-presence.ts); null on rows claimed before it existed. */
  claimed_by: number | null;
  /** Set just before the final dot: a claimed row without it never reached the SMTP server whole. */
  handed_over_at: Date | null;
  sent_at: Date | null;
  next_attempt_at: Date | null;
  failed_at: Date | null;
  acknowledged_at: Date | null;
  acknowledged_by: number | null;
}

export interface CoreTables {
  mailboxes: MailboxesTable;
  consults: ConsultsTable;
  inbound_messages: InboundMessagesTable;
  inbound_source_parts: InboundSourcePartsTable;
  inbound_duplicates: InboundDuplicatesTable;
  inbound_oversize_pending: InboundOversizePendingTable;
  reviewers: ReviewersTable;
  drafts: DraftsTable;
  outbox: OutboxTable;
  audit_events: AuditEventsTable;
  api_tokens: ApiTokensTable;
  sessions: SessionsTable;
  sign_in_attempts: SignInAttemptsTable;
}

export type ConsultRow = Selectable<ConsultsTable>;
export type InboundMessageRow = Selectable<InboundMessagesTable>;
export type DraftRow = Selectable<DraftsTable>;
export type OutboxRow = Selectable<OutboxTable>;
