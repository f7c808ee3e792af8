// How long questions wait, as rows (`at`: when it ended, `v`: seconds), for /metrics' histograms and the
// desk's dashboard: both measure from the time a question was read from the mailbox. Callers filter by
// `at`; PostgreSQL pushes that into these queries, so the time indexes serve them.
import { sql } from 'kysely';

/** A question to its machine draft. */
export const draftLatencies = sql<{ at: Date; v: number }>`
  select d.created_at as at, extract(epoch from d.created_at - m.received_at)::float8 as v
  from drafts d join inbound_messages m on m.id = d.based_on_message_id
  where d.source = 'machine'`;

/** A question to its reply going out: the question the reply's draft answered, or else the consult's
 * latest message before the reply was approved. */
export const replyLatencies = sql<{ at: Date; v: number }>`
  select o.sent_at as at, extract(epoch from o.sent_at - q.received_at)::float8 as v
  from outbox o
  left join drafts d on d.id = o.draft_id
  cross join lateral (
    select coalesce(
      (select received_at from inbound_messages where id = d.based_on_message_id),
      (select max(received_at) from inbound_messages where consult_id = o.consult_id and received_at <= o.created_at)
    ) as received_at) q
  where o.kind = 'reply' and o.state = 'sent' and o.sent_at is not null and q.received_at is not null`;
