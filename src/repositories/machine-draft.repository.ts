// A message's machine draft saved as the consult's next version, in one statement (as threading is):
// conditional on the consult and the message still waiting for it, so a retried job writes nothing.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { executePrepared } from '../db/prepared.js';
import { stateList, stateLit } from '../lifecycle/sql.js';
import { CONSULT, INBOUND } from '../lifecycle/transitions.js';
import type { DraftingContext } from './drafting-context.repository.js';

export interface MachineDraft {
  kind: string;
  subject: string;
  text: string;
  html: string;
  /** The draft's `Findings` (coding/types.ts), stored as JSON. */
  findings: unknown;
  flags: unknown[];
}

/** A reviewer's words that stay the current version above a new machine draft. */
export interface KeptEdit {
  text: string;
  html: string;
  flags: unknown[];
  authorId: number | null;
}

/**
 * Stores the machine draft of a message (and, when the reviewer's edit is kept, the reviewer's words
 * as the version above it), marks the message drafted and the consult awaiting review. Null when the
 * consult or the message is no longer waiting for this draft.
 */
export async function saveMachineDraft(
  db: Kysely<Database>,
  ctx: Pick<DraftingContext, 'inboundId' | 'consultId'>,
  machine: MachineDraft,
  keptEdit: KeptEdit | null,
): Promise<{ id: string; version: number } | null> {
  const statement = sql<{ id: string; version: number }>`
    with c as (select id from consults where id = ${ctx.consultId} and state in ${stateList(CONSULT.drafted.from)} for update),
    m as (update inbound_messages set state = ${stateLit(INBOUND.draft.to)}, processed_at = now()
          where id = ${ctx.inboundId} and state in ${stateList(INBOUND.draft.from)} and exists (select 1 from c) returning id),
    v as (select coalesce(max(version), 0) as n from drafts where consult_id = ${ctx.consultId}),
    -- the findings (~6 KB) sent and parsed once, though both drafts carry them
    f as (select ${JSON.stringify(machine.findings)}::jsonb as findings),
    d as (insert into drafts (consult_id, version, kind, source, based_on_message_id, subject, text, html, findings, flags)
          select ${ctx.consultId}, v.n + 1, ${machine.kind}, 'machine', ${ctx.inboundId}, ${machine.subject}, ${machine.text},
            ${machine.html}, f.findings, ${JSON.stringify(machine.flags)}::jsonb
          from v cross join f where exists (select 1 from m) returning id, version),
    e as (insert into drafts (consult_id, version, kind, source, subject, text, html, findings, flags, author_id)
          select ${ctx.consultId}, d.version + 1, ${machine.kind}, 'reviewer', ${machine.subject}, ${keptEdit?.text ?? ''},
            ${keptEdit?.html ?? ''}, f.findings, ${JSON.stringify(keptEdit?.flags ?? [])}::jsonb, ${keptEdit?.authorId ?? null}
          from d cross join f where ${keptEdit !== null} returning id, version),
    cur as (select id, version from e union all select id, version from d where not exists (select 1 from e)),
    s as (update consults set state = ${stateLit(CONSULT.drafted.to)}, updated_at = now() where id in (select id from c) and exists (select 1 from d)),
    a as (insert into audit_events (actor, action, consult_id, draft_id, draft_version, detail)
          select 'pipeline', ${sql.lit(CONSULT.drafted.action)}, ${ctx.consultId}, cur.id, cur.version, jsonb_build_object('inboundId', ${ctx.inboundId}::bigint) from cur)
    select id::text, version from cur`.compile(db);
  return (await executePrepared(db, statement)).rows[0] ?? null;
}
