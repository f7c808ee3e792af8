// Row types of the desk's own tables: reviewers and their sessions, API tokens, sign-in attempts and
// the audit trail (migrations/20261122090000_core.ts and later).
import type { Generated, Selectable } from 'kysely';
import type { BigId, JsonDefault, Timestamp } from './columns.js';

export type ReviewerRole = 'reviewer' | 'admin';

export interface ReviewersTable {
  id: Generated<number>;
  email: string;
  name: string;
  password_hash: string;
  role: Generated<ReviewerRole>;
  disabled: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface AuditEventsTable {
  id: Generated<string>;
  at: Generated<Date>;
  actor: string;
  reviewer_id: number | null;
  action: string;
  consult_id: BigId | null;
  draft_id: BigId | null;
  draft_version: number | null;
  detail: JsonDefault<Record<string, unknown>>;
}

export const TOKEN_SCOPES = ['read', 'review', 'admin'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export interface ApiTokensTable {
  id: Generated<number>;
  name: string;
  token_hash: string;
  scope: TokenScope;
  created_by: number | null;
  created_at: Generated<Date>;
  expires_at: Timestamp;
  revoked_at: Date | null;
}

export interface SessionsTable {
  id: string;
  reviewer_id: number;
  csrf_token: string;
  created_at: Generated<Date>;
  expires_at: Timestamp;
}

export interface SignInAttemptsTable {
  key: string;
  count: number;
  window_ends: Timestamp;
}

export type ReviewerRow = Selectable<ReviewersTable>;
