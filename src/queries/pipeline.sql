-- What the code sends, written by test/unit/queries/queries.test.ts: do not edit; rewrite with
-- UPDATE_QUERIES=1 npx vitest run --project unit test/unit/queries

-- intakeSources(db, [two sources])
insert into "inbound_messages" ("mailbox_id", "uid_validity", "uid", "message_id", "raw", "size", "source_sha256")
values ($1, $2, $3, $4, $5, $6, $7),
  ($8, $9, $10, $11, $12, $13, $14)
on conflict do nothing
returning "uid";
select "id",
  "message_id",
  "uid_validity",
  "uid",
  coalesce(source_sha256, sha256(raw)) as "sha256"
from "inbound_messages"
where "mailbox_id" = $1
  and "message_id" in ($2, $3);

-- beginIngestAttempt(db, { mailboxId: 1, uidValidity: '1700000001', uid: '42' }, 26214400)
update "inbound_messages"
set "ingest_failures" = ingest_failures + (ingest_started_at is not null)::int,
  "ingest_started_at" = now()
where "mailbox_id" = $1
  and "uid_validity" = $2
  and "uid" = $3
  and "state" = $4
returning "id",
  "size",
  "source_in_parts",
  "ingest_failures",
  case when size <= $5 and not source_in_parts then raw end as "raw";

-- findConsultForThread(db, { token: 'CD-ABCDEF', parentIds: [two ids] }), the token not found
select *
from "consults"
where "token" = $1;
select *
from "consults"
where ("id" in (select "consult_id" from "outbox" where "message_id" in ($1, $2)) or "id" in (select "consult_id" from "inbound_messages" where "message_id" in ($3, $4) and "consult_id" is not null))
  and "state" not in ($5, $6)
order by "created_at" desc;

-- hasWrittenIn(db, '7', 'dana@clinic.example')
select "id"
from "inbound_messages"
where "consult_id" = $1
  and "from_address" = $2
limit $3;

-- threadMessage(db, '42', { kind: 'existing', consultId: '7' }, columns)
with lock as (select id from inbound_messages where id = $1 and state in ('stored') for update),
c as (update consults set state = case when state in ('received', 'drafting', 'awaiting_review', 'awaiting_info', 'sent', 'rejected', 'failed') then 'drafting' else state end,
  updated_at = now()
  where id = $2 and exists (select 1 from lock) returning id, state, token, subject, asker_name),
m as (
  update inbound_messages set state = 'threaded', consult_id = (select id from c), processed_at = now(), from_address = $3, from_name = $4, subject = $5,
  in_reply_to = $6, "references" = $7::text[], text_body = $8,
  question_text = $9, html_body = $10, attachments = $11::jsonb,
  phi_flags = $12::jsonb, sent_at = $13, sender_auth = $14::jsonb,
  tried_to_join_consult_id = $15, intake_notes = $16::text[],
  ingest_started_at = null
  where id in (select id from lock) returning id),
a as (
  insert into audit_events (actor, action, consult_id, detail)
  select 'pipeline', $17, c.id, jsonb_build_object('inboundId', $18::bigint)
  from c where exists (select 1 from m))
select c.id::text as consult_id, c.state as consult_state, c.token, c.subject, c.asker_name,
d.version, d.source, d.text, d.html, d.author_id, exists (select 1 from outbox o where o.draft_id = d.id) as sent from c cross join m left join lateral (select id, version, source, text, html, author_id from drafts
  where consult_id = c.id order by version desc limit 1) d on true;

-- threadMessage(db, '42', { kind: 'new', ...consult }, columns)
with lock as (select id from inbound_messages where id = $1 and state in ('stored') for update),
c as (insert into consults (token, asker_address, asker_name, subject, state)
  select $2, $3, $4, $5, $6 from lock returning id, state, token, subject, asker_name),
m as (
  update inbound_messages set state = 'threaded', consult_id = (select id from c), processed_at = now(), from_address = $7, from_name = $8, subject = $9,
  in_reply_to = $10, "references" = $11::text[], text_body = $12,
  question_text = $13, html_body = $14, attachments = $15::jsonb,
  phi_flags = $16::jsonb, sent_at = $17, sender_auth = $18::jsonb,
  tried_to_join_consult_id = $19, intake_notes = $20::text[],
  ingest_started_at = null
  where id in (select id from lock) returning id),
a as (
  insert into audit_events (actor, action, consult_id, detail)
  select 'pipeline', $21, c.id, jsonb_build_object('inboundId', $22::bigint)
  from c where exists (select 1 from m))
select c.id::text as consult_id, c.state as consult_state, c.token, c.subject, c.asker_name,
d.version, d.source, d.text, d.html, d.author_id, exists (select 1 from outbox o where o.draft_id = d.id) as sent from c cross join m left join lateral (select id, version, source, text, html, author_id from drafts
  where consult_id = c.id order by version desc limit 1) d on true;

-- openConsultWithDraft(db, '42', consult, columns, machine)
with lock as (select id from inbound_messages where id = $1 and state in ('stored') for update),
c as (insert into consults (token, asker_address, asker_name, subject, state)
  select $2, $3, $4, $5, $6 from lock returning id),
m as (update inbound_messages set state = 'drafted', consult_id = (select id from c), processed_at = now(), from_address = $7, from_name = $8, subject = $9,
  in_reply_to = $10, "references" = $11::text[], text_body = $12,
  question_text = $13, html_body = $14, attachments = $15::jsonb,
  phi_flags = $16::jsonb, sent_at = $17, sender_auth = $18::jsonb,
  tried_to_join_consult_id = $19, intake_notes = $20::text[],
  ingest_started_at = null
  where id in (select id from lock) returning id),
d as (insert into drafts (consult_id, version, kind, source, based_on_message_id, subject, text, html, findings, flags)
  select c.id, 1, $21, 'machine', $22, $23, $24, $25,
  $26::jsonb, $27::jsonb
  from c where exists (select 1 from m) returning id, version, consult_id),
a as (insert into audit_events (actor, action, consult_id, draft_id, draft_version, detail)
  select 'pipeline', 'consult.received', d.consult_id, null, null, jsonb_build_object('inboundId', $28::bigint) from d
  union all
  select 'pipeline', 'draft.created', d.consult_id, d.id, d.version, jsonb_build_object('inboundId', $29::bigint) from d)
select consult_id::text, id::text, version from d;

-- loadDraftingContext(db, '42')
select m.id::text as inbound_id, m.state as inbound_state, m.question_text, m.phi_flags, c.id::text as consult_id, c.state as consult_state, c.token, c.subject, c.asker_name,
d.version, d.source, d.text, d.html, d.author_id, exists (select 1 from outbox o where o.draft_id = d.id) as sent
from inbound_messages m
join consults c on c.id = m.consult_id
left join lateral (select id, version, source, text, html, author_id from drafts
  where consult_id = c.id order by version desc limit 1) d on true
where m.id = $1;

-- saveMachineDraft(db, { inboundId: '42', consultId: '7' }, machine, null)
with c as (select id from consults where id = $1 and state in ('drafting', 'received', 'awaiting_review') for update),
m as (update inbound_messages set state = 'drafted', processed_at = now()
  where id = $2 and state in ('threaded', 'quarantined') and exists (select 1 from c) returning id),
v as (select coalesce(max(version), 0) as n from drafts where consult_id = $3),
-- the findings (~6 KB) sent and parsed once, though both drafts carry them
f as (select $4::jsonb as findings),
d as (insert into drafts (consult_id, version, kind, source, based_on_message_id, subject, text, html, findings, flags)
  select $5, v.n + 1, $6, 'machine', $7, $8, $9,
  $10, f.findings, $11::jsonb
  from v cross join f where exists (select 1 from m) returning id, version),
e as (insert into drafts (consult_id, version, kind, source, subject, text, html, findings, flags, author_id)
  select $12, d.version + 1, $13, 'reviewer', $14, $15,
  $16, f.findings, $17::jsonb, $18
  from d cross join f where $19 returning id, version),
cur as (select id, version from e union all select id, version from d where not exists (select 1 from e)),
s as (update consults set state = 'awaiting_review', updated_at = now() where id in (select id from c) and exists (select 1 from d)),
a as (insert into audit_events (actor, action, consult_id, draft_id, draft_version, detail)
  select 'pipeline', 'draft.created', $20, cur.id, cur.version, jsonb_build_object('inboundId', $21::bigint) from cur)
select id::text, version from cur;

-- quarantineMessage(trx, { inboundId: '42', consult: new, columns }), from the pipeline
begin;
insert into "consults" ("token", "asker_address", "asker_name", "subject", "state", "quarantine_reason")
values ($1, $2, $3, $4, $5, $6)
on conflict ("token") do nothing
returning *;
update "inbound_messages"
set "state" = $1,
  "consult_id" = $2,
  "screen_reason" = $3,
  "ingest_started_at" = $4,
  "from_address" = $5,
  "from_name" = $6,
  "subject" = $7,
  "in_reply_to" = $8,
  "references" = $9,
  "text_body" = $10,
  "question_text" = $11,
  "html_body" = $12,
  "attachments" = $13,
  "phi_flags" = $14,
  "sent_at" = $15,
  "sender_auth" = $16,
  "tried_to_join_consult_id" = $17,
  "intake_notes" = $18,
  "processed_at" = $19
where "id" = $20
  and "state" in ($21)
returning *;
insert into "audit_events" ("actor", "reviewer_id", "action", "consult_id", "draft_id", "draft_version", "detail")
values ($1, $2, $3, $4, $5, $6, $7);
commit;
