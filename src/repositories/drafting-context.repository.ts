// Everything drafting reads about a threaded message, in one query: the message, its consult and the
// consult's latest draft. Threading returns the same from its own statement (threading.repository.ts).
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { executePrepared } from '../db/prepared.js';
import type { ConsultState, DraftSource, InboundState } from '../db/schema/core.js';

export interface DraftingContext {
  inboundId: string;
  inboundState: InboundState;
  questionText: string;
  phiFlags: { kind: string; start: number; end: number }[];
  consultId: string;
  consultState: ConsultState;
  token: string;
  subject: string;
  askerName: string | null;
  previous: {
    version: number;
    source: DraftSource;
    text: string;
    html: string;
    authorId: number | null;
    /** Already went out as a reply (an outbox row was made from it). */
    sent: boolean;
  } | null;
}

export interface ContextRow extends ConsultContextRow {
  inbound_id: string;
  inbound_state: InboundState;
  question_text: string | null;
  phi_flags: DraftingContext['phiFlags'] | null;
}

export interface ConsultContextRow {
  consult_id: string;
  consult_state: ConsultState;
  token: string;
  subject: string;
  asker_name: string | null;
  version: number | null;
  source: DraftSource | null;
  text: string | null;
  html: string | null;
  author_id: number | null;
  sent: boolean | null;
}

// The consult `c` and its latest draft `d`, as threading and loading both return them.
export const CONTEXT_COLUMNS = sql`c.id::text as consult_id, c.state as consult_state, c.token, c.subject, c.asker_name,
  d.version, d.source, d.text, d.html, d.author_id, exists (select 1 from outbox o where o.draft_id = d.id) as sent`;
export const LATEST_DRAFT = sql`left join lateral (select id, version, source, text, html, author_id from drafts
  where consult_id = c.id order by version desc limit 1) d on true`;

export async function loadDraftingContext(
  db: Kysely<Database>,
  inboundId: string,
): Promise<DraftingContext | null> {
  const statement = sql<ContextRow>`
    select m.id::text as inbound_id, m.state as inbound_state, m.question_text, m.phi_flags, ${CONTEXT_COLUMNS}
    from inbound_messages m
    join consults c on c.id = m.consult_id
    ${LATEST_DRAFT}
    where m.id = ${inboundId}`.compile(db);
  const row = (await executePrepared(db, statement)).rows[0];
  return row ? contextOf(row) : null;
}

export function contextOf(row: ContextRow): DraftingContext {
  return {
    inboundId: row.inbound_id,
    inboundState: row.inbound_state,
    questionText: row.question_text ?? '',
    phiFlags: row.phi_flags ?? [],
    consultId: row.consult_id,
    consultState: row.consult_state,
    token: row.token,
    subject: row.subject,
    askerName: row.asker_name,
    previous:
      row.version === null
        ? null
        : {
            version: row.version,
            source: row.source!,
            text: row.text!,
            html: row.html!,
            authorId: row.author_id,
            sent: row.sent === true,
          },
  };
}
