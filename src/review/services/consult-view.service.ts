// Read models for the queue and the consult page (and the JSON API, which shares them).
import type { Findings } from '../../coding/types.js';
import { failedSendsOf } from '../../sending/repositories/send-alerts.repository.js';
import { decodeCursor, encodeCursor, pageSize, type ConsultOrder } from '../core/page-cursor.js';
import { turnaround, type Turnaround } from '../core/turnaround.js';
import { auditOfConsult } from '../../repositories/audit.repository.js';
import {
  listConsults,
  type ConsultFilter,
  type ConsultListRow,
} from '../repositories/consult-list.repository.js';
import {
  countByState,
  duplicatesOfConsult,
  findConsult,
  messagesOfConsult,
  type ConsultMessage,
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
    claimLive: claimIsLive(r, ttl, now),
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
  messages: (ConsultMessage & {
    /** Later copies with the same Message-ID: recorded, never drafted or answered again. */
    duplicates: Omit<DuplicateNote, 'originalId'>[];
  })[];
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
    c.claimedBy === null ? undefined : findReviewer(deps.db, c.claimedBy),
    duplicatesOfConsult(deps.db, consultId),
  ]);
  const last = messages.at(-1);
  return {
    consult: {
      id: c.id,
      token: c.token,
      state: c.state,
      subject: c.subject,
      askerAddress: c.askerAddress,
      askerName: c.askerName,
      quarantineReason: c.quarantineReason,
      decisionNote: c.decisionNote,
      claimedBy: c.claimedBy,
      claimedByName: holder?.name ?? null,
      claimLive: claimIsLive(c, deps.config.web.claimTtlMinutes),
      receivedAt: last?.receivedAt ?? c.createdAt,
    },
    messages: messages.map((m) => ({
      ...m,
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
          basedOnMessageId: draft.basedOnMessageId,
          subject: draft.subject,
          text: draft.text,
          html: draft.html,
          findings: draft.findings,
          flags: draft.flags,
          createdAt: draft.createdAt,
        }
      : null,
    audit,
    failedSends,
  };
}
