// The guidance library (issue 16): the NCCI Policy Manual and the ICD-10-CM Official Guidelines as
// paragraphs, each under its section id ("ch. IX §C.9", "I.C.2.l"), with the code ranges its chapter
// covers (null: the whole code set of its source) and a weighted search document (title A, text B, chapter title C).
// Every row belongs to an edition, as in the other reference tables. Frozen in time: never import app code.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table guidance_paragraphs (
    edition_id integer not null references refdata_editions (id) on delete cascade,
    source text not null,
    ordinal integer not null,
    section text not null,
    title text not null,
    chapter text not null,
    code_ranges text[],
    text text not null,
    doc tsvector generated always as (
      setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', text), 'B')
        || setweight(to_tsvector('english', chapter), 'C')
    ) stored,
    primary key (edition_id, ordinal)
  )`.execute(db);
  await sql`create index guidance_paragraphs_doc_idx on guidance_paragraphs using gin (doc)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table guidance_paragraphs`.execute(db);
}
