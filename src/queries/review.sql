-- What the code sends, written by test/unit/queries/queries.test.ts: do not edit; rewrite with
-- UPDATE_QUERIES=1 npx vitest run --project unit test/unit/queries

-- findLiveSession(db, idHash): each desk request
select "s"."id",
  "s"."csrf_token" as "csrfToken",
  "r"."id" as "reviewerId",
  "r"."name",
  "r"."email",
  "r"."role"
from "sessions" as "s"
inner join "reviewers" as "r" on "r"."id" = "s"."reviewer_id"
where "s"."id" = $1
  and "s"."expires_at" > $2
  and "r"."disabled" = $3;

-- findLiveToken(db, tokenHash): each API request
select "id",
  "name",
  "scope",
  "created_at" as "createdAt",
  "expires_at" as "expiresAt",
  "revoked_at" as "revokedAt"
from "api_tokens"
where "token_hash" = $1
  and "revoked_at" is null
  and "expires_at" > $2;

-- listConsults(db, {}, { order: 'waiting', limit: 50 }): the desk's first page
select "c"."id",
  "c"."state",
  "c"."subject",
  "c"."asker_address" as "askerAddress",
  "c"."asker_name" as "askerName",
  "c"."quarantine_reason" as "quarantineReason",
  "c"."claimed_by" as "claimedBy",
  "r"."name" as "claimedByName",
  "c"."claimed_at" as "claimedAt",
  "m"."message_id" as "messageId",
  coalesce(m.received_at, c.created_at) as "receivedAt",
  "c"."updated_at" as "updatedAt",
  to_char(coalesce(m.received_at, c.created_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "sortKey"
from "consults" as "c"
left join lateral (select "m"."message_id", "m"."received_at" from "inbound_messages" as "m" where "m"."consult_id" = "c"."id" order by "m"."received_at" desc, "m"."id" desc limit $1) as "m" on true
left join "reviewers" as "r" on "r"."id" = "c"."claimed_by"
order by coalesce(m.received_at, c.created_at),
  "c"."id"
limit $2;

-- listConsults(db, { state, asker, code, text, updatedSince }, { order: 'updated', after, limit: 50 })
select "c"."id",
  "c"."state",
  "c"."subject",
  "c"."asker_address" as "askerAddress",
  "c"."asker_name" as "askerName",
  "c"."quarantine_reason" as "quarantineReason",
  "c"."claimed_by" as "claimedBy",
  "r"."name" as "claimedByName",
  "c"."claimed_at" as "claimedAt",
  "m"."message_id" as "messageId",
  coalesce(m.received_at, c.created_at) as "receivedAt",
  "c"."updated_at" as "updatedAt",
  to_char(c.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "sortKey"
from "consults" as "c"
left join lateral (select "m"."message_id", "m"."received_at" from "inbound_messages" as "m" where "m"."consult_id" = "c"."id" order by "m"."received_at" desc, "m"."id" desc limit $1) as "m" on true
left join "reviewers" as "r" on "r"."id" = "c"."claimed_by"
where "c"."state" = $2
  and "c"."updated_at" >= $3
  and (c.updated_at, c.id) > ($4::timestamptz, $5::bigint)
  and ("c"."asker_address" ilike $6 or "c"."asker_name" ilike $7)
  and ("c"."subject" ilike $8 or exists (select "t"."id" from "inbound_messages" as "t" where "t"."consult_id" = "c"."id" and "t"."question_text" ilike $9))
  and (exists (select "d"."id" from "drafts" as "d" where "d"."consult_id" = "c"."id" and ((d.findings->'mentions') @> $10::jsonb or (d.findings->'codes') @> $11::jsonb)) or exists (select "t"."id" from "inbound_messages" as "t" where "t"."consult_id" = "c"."id" and "t"."question_text" ilike $12))
order by c.updated_at,
  "c"."id"
limit $13;

-- countByState(db)
select "state",
  count(*) as "n"
from "consults"
group by "state";

-- listUnacknowledgedFailures(db)
select "o"."id" as "outboxId",
  "o"."consult_id" as "consultId",
  "c"."token",
  "o"."kind",
  coalesce("o"."failed_at", "o"."created_at") as "failedAt"
from "outbox" as "o"
inner join "consults" as "c" on "c"."id" = "o"."consult_id"
where "o"."state" = $1
  and "o"."acknowledged_at" is null
order by "o"."failed_at" desc
limit $2;

-- findConsult(db, '7')
select *
from "consults"
where "id" = $1;

-- messagesOfConsult(db, '7')
select "m"."id",
  "m"."from_address",
  "m"."from_name",
  "m"."subject",
  "m"."message_id",
  "m"."received_at",
  "m"."text_body",
  "m"."question_text",
  "m"."html_body",
  "m"."attachments",
  "m"."phi_flags",
  "m"."screen_reason",
  "m"."sender_auth",
  "m"."tried_to_join_consult_id",
  "tried"."token" as "tried_to_join_token",
  "m"."intake_notes"
from "inbound_messages" as "m"
left join "consults" as "tried" on "tried"."id" = "m"."tried_to_join_consult_id"
where "m"."consult_id" = $1
order by "m"."received_at" asc,
  "m"."id" asc;

-- latestDraft(db, '7')
select *
from "drafts"
where "consult_id" = $1
order by "version" desc
limit $2;

-- auditOfConsult(db, '7')
select "a"."id",
  "a"."at",
  "a"."actor",
  "a"."action",
  "a"."draft_version",
  "a"."detail",
  "r"."name" as "reviewerName"
from "audit_events" as "a"
left join "reviewers" as "r" on "r"."id" = "a"."reviewer_id"
where "a"."consult_id" = $1
order by "a"."id";

-- failedSendsOf(db, '7')
select "id",
  "kind",
  "attempts",
  "last_error" as "lastError",
  "failed_at" as "failedAt",
  "acknowledged_at"
from "outbox"
where "consult_id" = $1
  and "state" = $2
order by "id";

-- findReviewer(db, 3)
select "id",
  "email",
  "name",
  "role",
  "disabled",
  "created_at"
from "reviewers"
where "id" = $1;

-- duplicatesOfConsult(db, '7')
select "original_id" as "originalId",
  "received_at" as "receivedAt",
  "size",
  "identical"
from "inbound_duplicates"
where "original_id" in (select "id" from "inbound_messages" where "consult_id" = $1)
order by "received_at",
  "id";

-- claim(db, '7', 3, 30)
update "consults"
set "claimed_by" = $1,
  "claimed_at" = now()
where "id" = $2
  and "state" in ($3)
  and (claimed_by is null or claimed_by = $4 or claimed_at < now() - make_interval(secs => $5))
returning *;

-- transition(db, '7', CONSULT.approve, { reviewerId: 3, ttlMinutes: 30 })
update "consults"
set "state" = $1,
  "claimed_by" = $2,
  "claimed_at" = $3,
  "updated_at" = now()
where "id" = $4
  and "state" in ($5)
  and (claimed_by is null or claimed_by = $6 or claimed_at < now() - make_interval(secs => $7))
returning *;
