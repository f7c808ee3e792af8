// The audit log keeps ids and codes only, and outlives the consults it speaks of:
// - a consult can be deleted (with its mail) while its audit entries stay: their foreign key goes
//   (consult_id is kept as a plain id, which the deletion's tombstone entry shares);
// - a reviewer's reason for rejecting, or note asking for information, moves to the consult
//   (consults.decision_note), deleted with it;
// - entries written before hold free text (quarantine reasons quoting headers, SMTP replies quoting
//   the asker's address): strings that are not ids or codes are replaced, a quarantine reason by its
//   code (the words before the first colon or parenthesis, which our code wrote). The append-only
//   trigger is lifted for this one statement.
// Frozen in time: never import app code here.
import { sql, type Kysely } from 'kysely';

const CODE_LIKE = '^[A-Za-z0-9_.:,+-]{0,100}$';
const REMOVED = '[removed: not an id or code]';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table audit_events drop constraint if exists audit_events_consult_id_fkey`.execute(db);
  await sql`alter table consults add column decision_note text`.execute(db);
  await sql`update consults c set decision_note = latest.note
    from (select distinct on (consult_id) consult_id, coalesce(detail->>'reason', detail->>'note') as note
            from audit_events
           where action in ('reject', 'request_info') and consult_id is not null
           order by consult_id, id desc) latest
   where latest.consult_id = c.id and latest.note is not null`.execute(db);

  await sql`alter table audit_events disable trigger audit_events_no_change`.execute(db);
  await sql`update audit_events a set detail = coalesce((
      select jsonb_object_agg(e.key,
        case
          when jsonb_typeof(e.value) in ('number', 'boolean', 'null') then e.value
          when jsonb_typeof(e.value) = 'string' and (e.value #>> '{}') ~ ${CODE_LIKE} then e.value
          when e.key = 'reason' and jsonb_typeof(e.value) = 'string' then to_jsonb(coalesce(nullif(
            trim(both '-' from regexp_replace(lower(substring(e.value #>> '{}' from '^[^:(]*')), '[^a-z0-9]+', '-', 'g')),
            ''), 'unspecified'))
          else to_jsonb(${REMOVED}::text)
        end)
      from jsonb_each(case when a.action in ('reject', 'request_info') then a.detail - 'reason' - 'note'
                           else a.detail end) e), '{}'::jsonb)
    where jsonb_typeof(a.detail) = 'object'`.execute(db);
  await sql`alter table audit_events enable trigger audit_events_no_change`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table consults drop column decision_note`.execute(db);
  // Deleted consults leave entries without a consult: the constraint comes back for new rows only.
  await sql`alter table audit_events add constraint audit_events_consult_id_fkey
    foreign key (consult_id) references consults (id) not valid`.execute(db);
}
