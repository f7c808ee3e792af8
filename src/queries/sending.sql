-- What the code sends, written by test/unit/queries/queries.test.ts: do not edit; rewrite with
-- UPDATE_QUERIES=1 npx vitest run --project unit test/unit/queries

-- queueOutbound(trx, { consultId: '7', draftId: '9', kind: 'reply', ... }), in the decision's transaction
begin;
select *
from "consults"
where "id" = $1;
select "m"."message_id",
  "m"."references",
  "b"."address"
from "inbound_messages" as "m"
inner join "mailboxes" as "b" on "b"."id" = "m"."mailbox_id"
where "m"."consult_id" = $1
order by "m"."received_at" desc,
  "m"."id" desc;
insert into "outbox" ("consult_id", "draft_id", "kind", "to_address", "subject", "text", "html", "message_id", "in_reply_to", "references", "created_by")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
returning "id";
commit;

-- findOutbox(db, '42')
select *
from "outbox"
where "id" = $1;

-- claimForSending(db, '42', 5)
begin;
update "outbox"
set "state" = $1,
  "attempts" = "attempts" + $2,
  "claimed_at" = $3,
  "claimed_by" = $4,
  "handed_over_at" = $5
where "id" = $6
  and "state" in ($7)
returning *;
update "consults"
set "state" = $1,
  "updated_at" = $2
where "id" = $3
  and "state" in ($4)
returning *;
commit;

-- markHandedOver(db, row)
update "outbox"
set "handed_over_at" = $1
where "id" = $2
  and "state" = $3
  and "attempts" = $4;

-- markSent(trx, row) and followUpsWaiting(trx, '7'): sendJob's delivery transaction
begin;
update "outbox"
set "state" = $1,
  "sent_at" = $2,
  "last_error" = $3,
  "next_attempt_at" = $4
where "id" = $5
  and "state" in ($6)
  and "attempts" = $7;
update "consults"
set "state" = $1,
  "updated_at" = $2
where "id" = $3
  and "state" in ($4)
returning *;
insert into "audit_events" ("actor", "reviewer_id", "action", "consult_id", "draft_id", "draft_version", "detail")
values ($1, $2, $3, $4, $5, $6, $7);
select "id"
from "inbound_messages"
where "consult_id" = $1
  and "state" = $2;
update "consults"
set "state" = $1,
  "updated_at" = $2
where "id" = $3
  and "state" in ($4)
returning *;
commit;

-- markAttemptFailed(db, row, { outcome: 'retry' }, smtp)
begin;
update "outbox"
set "state" = $1,
  "last_error" = $2,
  "next_attempt_at" = $3,
  "failed_at" = $4
where "id" = $5
  and "state" in ($6)
  and "attempts" = $7;
update "consults"
set "state" = $1,
  "updated_at" = $2
where "id" = $3
  and "state" in ($4)
returning *;
insert into "audit_events" ("actor", "reviewer_id", "action", "consult_id", "draft_id", "draft_version", "detail")
values ($1, $2, $3, $4, $5, $6, $7);
commit;

-- listAbandonedSends(db, 600): each sweep
begin;
select * from outbox
where state = 'sending'
and (claimed_at < $1
  or (claimed_by is not null and pg_try_advisory_xact_lock(hashtext('codedesk.sender'), claimed_by)))
order by id;
commit;

-- requeueNeverHandedOver(db, row)
begin;
update "outbox"
set "state" = $1,
  "next_attempt_at" = $2,
  "claimed_by" = $3
where "id" = $4
  and "state" in ($5)
  and "attempts" = $6
  and "handed_over_at" is null
  and "claimed_by" is not null;
update "consults"
set "state" = $1,
  "updated_at" = $2
where "id" = $3
  and "state" in ($4)
returning *;
insert into "audit_events" ("actor", "reviewer_id", "action", "consult_id", "draft_id", "draft_version", "detail")
values ($1, $2, $3, $4, $5, $6, $7);
commit;

-- releaseForSettling(db, row, 'connection lost')
update "outbox"
set "claimed_by" = $1,
  "last_error" = $2
where "id" = $3
  and "state" = $4
  and "attempts" = $5;
