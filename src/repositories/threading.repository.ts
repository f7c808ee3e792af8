// Threading a stored question into its consult, each one statement: a data-modifying CTE is atomic on
// its own, and a single round trip per step is what lets a two-core machine keep up with a backlog.
// Every write is conditional on the message still being `stored`, so a retried job finds nothing to do.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { executePrepared } from '../db/prepared.js';
import type { ConsultState } from '../db/schema/core.js';
import { stateList, stateLit } from '../lifecycle/sql.js';
import { CONSULT, INBOUND } from '../lifecycle/transitions.js';
import {
  CONTEXT_COLUMNS,
  contextOf,
  LATEST_DRAFT,
  type ConsultContextRow,
  type DraftingContext,
} from './drafting-context.repository.js';
import type { MachineDraft } from './machine-draft.repository.js';
import { parsedRow, type ParsedColumns } from './parsed-row.js';

export type ConsultChoice =
  | { kind: 'existing'; consultId: string }
  | { kind: 'new'; token: string; askerAddress: string; askerName: string | null; subject: string };

/** Joins a stored message to a consult (opening one when needed) and records it; returns what drafting
 * reads, from the same statement, so drafting at once needs no second query. Null when the message was
 * no longer `stored` (another attempt got there first); nothing is written then. */
export async function threadMessage(
  db: Kysely<Database>,
  inboundId: string,
  consult: ConsultChoice,
  cols: ParsedColumns,
): Promise<DraftingContext | null> {
  const consultCte =
    consult.kind === 'new'
      ? sql`${openConsult(consult, CONSULT.open.to)} returning id, state, token, subject, asker_name`
      : sql`update consults set state = case when state in ${stateList(CONSULT.reopen.from)} then ${stateLit(CONSULT.reopen.to)} else state end,
              updated_at = now()
            where id = ${consult.consultId} and exists (select 1 from lock) returning id, state, token, subject, asker_name`;
  const statement = sql<ConsultContextRow>`
    with lock as (select id from inbound_messages where id = ${inboundId} and state in ${stateList(INBOUND.thread.from)} for update),
    c as (${consultCte}),
    m as (
      update inbound_messages set state = ${stateLit(INBOUND.thread.to)}, consult_id = (select id from c), processed_at = now(), ${parsedAssignments(cols)}
      where id in (select id from lock) returning id),
    a as (
      insert into audit_events (actor, action, consult_id, detail)
      select 'pipeline', ${consult.kind === 'new' ? CONSULT.open.action : CONSULT.reopen.action}, c.id, jsonb_build_object('inboundId', ${inboundId}::bigint)
      from c where exists (select 1 from m))
    select ${CONTEXT_COLUMNS} from c cross join m ${LATEST_DRAFT}`.compile(db);
  const row = (await executePrepared(db, statement)).rows[0];
  if (!row) return null;
  const inbound = {
    inbound_id: inboundId,
    inbound_state: INBOUND.thread.to,
    question_text: cols.questionText,
  };
  return contextOf({
    ...row,
    ...inbound,
    phi_flags: cols.phiFlags,
  });
}

/** What parsing found, written to the message row as it joins its consult; its ingest attempt ended. */
function parsedAssignments(parsed: ParsedColumns) {
  const cols = parsedRow(parsed);
  return sql`from_address = ${cols.from_address}, from_name = ${cols.from_name}, subject = ${cols.subject},
    in_reply_to = ${cols.in_reply_to}, "references" = ${sql.val(cols.references)}::text[], text_body = ${cols.text_body},
    question_text = ${cols.question_text}, html_body = ${cols.html_body}, attachments = ${cols.attachments}::jsonb,
    phi_flags = ${cols.phi_flags}::jsonb, sent_at = ${cols.sent_at}, sender_auth = ${cols.sender_auth}::jsonb,
    tried_to_join_consult_id = ${cols.tried_to_join_consult_id}, intake_notes = ${sql.val(cols.intake_notes)}::text[],
    ingest_started_at = null`;
}

export type NewConsult = Omit<Extract<ConsultChoice, { kind: 'new' }>, 'kind'>;

/** Opens the consult of a question that starts one, if the statement's `lock` found the message. */
function openConsult(consult: NewConsult, state: ConsultState) {
  return sql`insert into consults (token, asker_address, asker_name, subject, state)
    select ${consult.token}, ${consult.askerAddress}, ${consult.askerName}, ${consult.subject}, ${state} from lock`;
}

/**
 * A question that starts a consult, threaded and drafted in one statement: the consult is opened
 * `awaiting_review` with the machine draft as version 1, and the message goes from `stored` straight
 * to `drafted`. Threading and saving the draft as two statements wrote the message and the consult
 * twice each. Null when the message was no longer `stored` (another attempt got there first).
 */
export async function openConsultWithDraft(
  db: Kysely<Database>,
  inboundId: string,
  consult: NewConsult,
  cols: ParsedColumns,
  machine: MachineDraft,
): Promise<{ consultId: string; id: string; version: number } | null> {
  const statement = sql<{ consult_id: string; id: string; version: number }>`
    with lock as (select id from inbound_messages where id = ${inboundId} and state in ${stateList(INBOUND.openDrafted.from)} for update),
    c as (${openConsult(consult, CONSULT.openDrafted.to)} returning id),
    m as (update inbound_messages set state = ${stateLit(INBOUND.openDrafted.to)}, consult_id = (select id from c), processed_at = now(), ${parsedAssignments(cols)}
          where id in (select id from lock) returning id),
    d as (insert into drafts (consult_id, version, kind, source, based_on_message_id, subject, text, html, findings, flags)
          select c.id, 1, ${machine.kind}, 'machine', ${inboundId}, ${machine.subject}, ${machine.text}, ${machine.html},
            ${JSON.stringify(machine.findings)}::jsonb, ${JSON.stringify(machine.flags)}::jsonb
          from c where exists (select 1 from m) returning id, version, consult_id),
    a as (insert into audit_events (actor, action, consult_id, draft_id, draft_version, detail)
          select 'pipeline', ${sql.lit(CONSULT.openDrafted.action)}, d.consult_id, null, null, jsonb_build_object('inboundId', ${inboundId}::bigint) from d
          union all
          select 'pipeline', ${sql.lit(CONSULT.drafted.action)}, d.consult_id, d.id, d.version, jsonb_build_object('inboundId', ${inboundId}::bigint) from d)
    select consult_id::text, id::text, version from d`.compile(db);
  const row = (await executePrepared(db, statement)).rows[0];
  return row ? { consultId: row.consult_id, id: row.id, version: row.version } : null;
}
