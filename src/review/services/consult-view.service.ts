// Read models for the queue and the consult page (and the JSON API, which shares them).
import type { Findings } from '../../coding/types.js';
import type { AttachmentInfo, PhiFlag } from '../../db/schema/core.js';
import type { SenderAuth } from '../../mail/sender-auth.js';
import { failedSendsOf } from '../../sending/repositories/send-alerts.repository.js';
import { decodeCursor, encodeCursor, pageSize, type ConsultOrder } from '../core/page-cursor.js';
import { turnaround, type Turnaround } from '../core/turnaround.js';
import { auditOfConsult } from '../../repositories/audit.repository.js';
import {
  countByState,
  duplicatesOfConsult,
  findConsult,
  listConsults,
  messagesOfConsult,
  type ConsultFilter,
  type ConsultListRow,
  type DuplicateNote,
} from '../repositories/consult-view.repository.js';
import { latestDraft } from '../repositories/draft.repository.js';
import { findReviewer } from '../repositories/reviewer.repository.js';
import { claimIsLive } from './claim.service.js';
import type { ReviewDeps } from './review-deps.js';
import { consultNotFound } from './review-errors.js';

export type QueueItem = ConsultListRow & { due: Turnaround; claimLive: boolean };

export interface QueuePage {
  items: QueueItem[];
  /** The cursor of the next page; null on the last one. */
  nextCursor: string | null;
}

/** One page of the list, for the API (opened or updated order) and the desk (waiting order). */
export async function queuePage(
  deps: ReviewDeps,
  filter: ConsultFilter,
  page: { order: ConsultOrder; cursor?: string; limit?: number },
  now = new Date(),
): Promise<QueuePage> {
  const after = page.cursor ? decodeCursor(page.cursor, page.order) : undefined;
  const { rows, next } = await listConsults(deps.db, filter, {
    order: page.order,
    after,
    limit: pageSize(page.limit),
  });
  const ttl = deps.config.web.claimTtlMinutes;
  const items: QueueItem[] = rows.map((r) => ({
    ...r,
    due: turnaround(r.receivedAt, now, deps.config.web.turnaroundHours),
    claimLive: claimIsLive({ claimed_by: r.claimedBy, claimed_at: r.claimedAt }, ttl, now),
  }));
  return { items, nextCursor: next && encodeCursor(next) };
}

export const consultCounts = (deps: ReviewDeps) => countByState(deps.db);

export interface ConsultView {
  /** The queue row's fields, plus what only the consult page shows. */
  consult: Pick<
    ConsultListRow,
    | 'id'
    | 'state'
    | 'subject'
    | 'askerAddress'
    | 'askerName'
    | 'quarantineReason'
    | 'claimedBy'
    | 'claimedByName'
    | 'receivedAt'
  > & { token: string; claimLive: boolean; decisionNote: string | null };
  messages: {
    id: string;
    from: string | null;
    fromName: string | null;
    subject: string | null;
    messageId: string;
    receivedAt: Date;
    text: string | null;
    questionText: string | null;
    html: string | null;
    attachments: AttachmentInfo[];
    phiFlags: PhiFlag[];
    screenReason: string | null;
    /** The receiving server's verdict on the sender; null for messages read before it was kept. */
    senderAuth: SenderAuth | null;
    /** The consult this message named (token, In-Reply-To, References) but was not let into. */
    triedToJoin: { id: string; token: string } | null;
    /** What an intake limit cut or changed (a truncated question, HTML read without layout). */
    notes: string[];
    /** Later copies with the same Message-ID: recorded, never drafted or answered again. */
    duplicates: Omit<DuplicateNote, 'originalId'>[];
  }[];
  draft: {
    id: string;
    version: number;
    kind: string;
    source: string;
    basedOnMessageId: string | null;
    subject: string;
    text: string;
    html: string;
    findings: Findings | null;
    flags: unknown[];
    createdAt: Date;
  } | null;
  audit: Awaited<ReturnType<typeof auditOfConsult>>;
  /** Sends that failed for good, with the SMTP reply, for the person who checks them. */
  failedSends: Awaited<ReturnType<typeof failedSendsOf>>;
}

export async function consultView(deps: ReviewDeps, consultId: string): Promise<ConsultView> {
  const c = await findConsult(deps.db, consultId);
  if (!c) throw consultNotFound();
  const [messages, draft, audit, failedSends, holder, duplicates] = await Promise.all([
    messagesOfConsult(deps.db, consultId),
    latestDraft(deps.db, consultId),
    auditOfConsult(deps.db, consultId),
    failedSendsOf(deps.db, consultId),
    c.claimed_by === null ? undefined : findReviewer(deps.db, c.claimed_by),
    duplicatesOfConsult(deps.db, consultId),
  ]);
  const last = messages.at(-1);
  return {
    consult: {
      id: c.id,
      token: c.token,
      state: c.state,
      subject: c.subject,
      askerAddress: c.asker_address,
      askerName: c.asker_name,
      quarantineReason: c.quarantine_reason,
      decisionNote: c.decision_note,
      claimedBy: c.claimed_by,
      claimedByName: holder?.name ?? null,
      claimLive: claimIsLive(c, deps.config.web.claimTtlMinutes),
      receivedAt: last?.received_at ?? c.created_at,
    },
    messages: messages.map((m) => ({
      id: m.id,
      from: m.from_address,
      fromName: m.from_name,
      subject: m.subject,
      messageId: m.message_id,
      receivedAt: m.received_at,
      text: m.text_body,
      questionText: m.question_text,
      html: m.html_body,
      attachments: m.attachments,
      phiFlags: m.phi_flags,
      screenReason: m.screen_reason,
      senderAuth: m.sender_auth,
      triedToJoin:
        m.tried_to_join_consult_id && m.tried_to_join_token
          ? { id: String(m.tried_to_join_consult_id), token: m.tried_to_join_token }
          : null,
      notes: m.intake_notes,
      duplicates: duplicates
        .filter((d) => d.originalId === m.id)
        .map(({ receivedAt, size, identical }) => ({ receivedAt, size, identical })),
    })),
    draft: draft
      ? {
          id: draft.id,
          version: draft.version,
          kind: draft.kind,
          source: draft.source,
          basedOnMessageId: draft.based_on_message_id,
          subject: draft.subject,
          text: draft.text,
          html: draft.html,
          findings: (draft.findings ?? null) as Findings | null,
          flags: draft.flags,
          createdAt: draft.created_at,
        }
      : null,
    audit,
    failedSends,
  };
}
