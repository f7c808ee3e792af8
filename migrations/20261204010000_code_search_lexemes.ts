// How many search documents hold each word (lexeme) of code_search, for the word search's weights
// (src/refdata/search.ts): counting them per question through the GIN index cost a second on a long
// question. Refreshed with code_search. Frozen in time: never import app code.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create materialized view code_search_lexemes as
    select word as lexeme, ndoc as df from ts_stat('select tsv from code_search')`.execute(db);
  await sql`create unique index code_search_lexemes_lexeme_idx on code_search_lexemes (lexeme)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop materialized view if exists code_search_lexemes`.execute(db);
}
