// The desk's and the API's list of consults: one page at a time, filtered, in a stable order.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../db/database.js';
import type { ConsultState } from '../../db/schema/core.js';
import type { ConsultOrder, PagePosition } from '../core/page-cursor.js';

export interface ConsultFilter {
  state?: ConsultState;
  asker?: string;
  code?: string;
  text?: string;
  /** Only consults changed at or after this time (the API's updatedSince). */
  updatedSince?: Date;
}

export interface ConsultPageRequest {
  order: ConsultOrder;
  /** The last row of the previous page. */
  after?: PagePosition;
  limit: number;
}

export interface ConsultListRow {
  id: string;
  state: ConsultState;
  subject: string;
  askerAddress: string;
  askerName: string | null;
  quarantineReason: string | null;
  claimedBy: number | null;
  claimedByName: string | null;
  claimedAt: Date | null;
  messageId: string | null;
  receivedAt: Date;
  updatedAt: Date;
}

export interface ConsultPage {
  rows: ConsultListRow[];
  /** Where the next page starts; null on the last page. */
  next: PagePosition | null;
}

const like = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Each order's sort key; ties are broken by id. `m` is the consult's latest inbound message. */
const SORT_KEYS: Record<ConsultOrder, RawBuilder<Date>> = {
  opened: sql<Date>`c.created_at`,
  updated: sql<Date>`c.updated_at`,
  waiting: sql<Date>`coalesce(m.received_at, c.created_at)`,
};

/** One page of consults in a stable order (keyset: no offset, so rows added or moved meanwhile neither
 * repeat nor go missing within that order). The desk's order is oldest waiting first. */
export async function listConsults(
  db: Kysely<Database>,
  f: ConsultFilter,
  page: ConsultPageRequest,
): Promise<ConsultPage> {
  const key = SORT_KEYS[page.order];
  let q = db
    .selectFrom('consults as c')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('inbound_messages as m')
          .select(['m.message_id', 'm.received_at'])
          .whereRef('m.consult_id', '=', 'c.id')
          .orderBy('m.received_at', 'desc')
          .orderBy('m.id', 'desc')
          .limit(1)
          .as('m'),
      (join) => join.onTrue(),
    )
    .leftJoin('reviewers as r', 'r.id', 'c.claimed_by')
    .select([
      'c.id',
      'c.state',
      'c.subject',
      'c.asker_address as askerAddress',
      'c.asker_name as askerName',
      'c.quarantine_reason as quarantineReason',
      'c.claimed_by as claimedBy',
      'r.name as claimedByName',
      'c.claimed_at as claimedAt',
      'm.message_id as messageId',
      sql<Date>`coalesce(m.received_at, c.created_at)`.as('receivedAt'),
      'c.updated_at as updatedAt',
      sql<string>`to_char(${key} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('sortKey'),
    ]);
  if (f.state) q = q.where('c.state', '=', f.state);
  if (f.updatedSince) q = q.where('c.updated_at', '>=', f.updatedSince);
  if (page.after)
    q = q.where(sql<boolean>`(${key}, c.id) > (${page.after.key}::timestamptz, ${page.after.id}::bigint)`);
  if (f.asker) {
    const a = like(f.asker);
    q = q.where((eb) => eb.or([eb('c.asker_address', 'ilike', a), eb('c.asker_name', 'ilike', a)]));
  }
  if (f.text) {
    const t = like(f.text);
    q = q.where((eb) =>
      eb.or([
        eb('c.subject', 'ilike', t),
        eb.exists(
          eb
            .selectFrom('inbound_messages as t')
            .whereRef('t.consult_id', '=', 'c.id')
            .where('t.question_text', 'ilike', t)
            .select('t.id'),
        ),
      ]),
    );
  }
  if (f.code) {
    const code = f.code.trim().toUpperCase();
    const probe = JSON.stringify([{ code }]);
    // A code the extraction found (findings of any draft), or the bare string in the question.
    q = q.where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('drafts as d')
            .whereRef('d.consult_id', '=', 'c.id')
            .select('d.id')
            .where(
              sql<boolean>`((d.findings->'mentions') @> ${probe}::jsonb or (d.findings->'codes') @> ${probe}::jsonb)`,
            ),
        ),
        eb.exists(
          eb
            .selectFrom('inbound_messages as t')
            .whereRef('t.consult_id', '=', 'c.id')
            .where('t.question_text', 'ilike', like(code))
            .select('t.id'),
        ),
      ]),
    );
  }
  const found = await q
    .orderBy(key)
    .orderBy('c.id')
    .limit(page.limit + 1)
    .execute();
  const rows = found.slice(0, page.limit).map(({ sortKey: _, ...row }) => row);
  const last = found.length > page.limit ? found[page.limit - 1]! : null;
  return { rows, next: last && { order: page.order, key: last.sortKey, id: last.id } };
}
