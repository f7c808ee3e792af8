// Search by words over ICD-10-CM titles and index terms, HCPCS descriptions and CPT descriptors or lay
// summaries (the code_search view). Each word of the question weighs its inverse document frequency,
// so "lung", "drained" and "effusion" count and "physician" or "used" hardly do; a document scores the
// share of the question's weight it covers, plus a little trigram similarity for short phrases; the
// best document per code wins.
import { sql, type Kysely } from 'kysely';
import type { CodeSuggestion, CodeSystem, DescriptorSource } from '../coding/types.js';
import type { Database } from '../db/database.js';

export interface SearchOptions {
  limit?: number;
}

interface Row {
  code: string;
  system: string;
  description: string;
  source: string;
  score: number;
}

const MAX_WORDS = 16;
/** Trigram similarity of the whole phrase only helps short phrases; on a long question it matches everything. */
const MAX_TRIGRAM_PHRASE = 40;
/** A word found in more documents than this is too common to find candidates with (it still weighs). */
const COMMON_DF = 5000;

export async function searchByWords(
  db: Kysely<Database>,
  text: string,
  opts: SearchOptions = {},
): Promise<CodeSuggestion[]> {
  const words = [...new Set(text.toLowerCase().match(/[a-z0-9]+/g) ?? [])].slice(0, MAX_WORDS);
  if (!words.length) return [];
  const phrase = words.join(' ');
  const trigram = phrase.length <= MAX_TRIGRAM_PHRASE;
  const limit = Math.min(Math.max(opts.limit ?? 10, 1), 100);
  const rows = await db.transaction().execute(async (trx) => {
    // A guard for odd inputs: search is a suggestion, never worth holding a connection for long.
    await sql`set local statement_timeout = '3s'`.execute(trx);
    const r = await sql<Row>`
    with words as (
      select distinct lexeme from unnest(tsvector_to_array(to_tsvector('english', ${phrase}))) as lexeme
    ), stats as (
      select w.lexeme, (select count(*) from (select 1 from code_search s
          where s.tsv @@ to_tsquery('simple', quote_literal(w.lexeme)) limit ${COMMON_DF}) x) as df
      from words w
    ), weighted as (
      select lexeme, df, ln((select greatest(reltuples, 1) from pg_class where relname = 'code_search') / (df + 1)) as idf
      from stats where df > 0
    ), total as (
      select sum(idf) as t from weighted
    ), hits as (
      select s.code, s.system, s.description, s.source, s.weight, s.doc, sum(w.idf) as matched
      from weighted w join code_search s on s.tsv @@ to_tsquery('simple', quote_literal(w.lexeme))
      where w.df < ${COMMON_DF}
      group by s.code, s.system, s.description, s.source, s.weight, s.doc
    )
    select distinct on (code, system) code, system, description, source,
      (weight * (matched / nullif(t, 0) + case when ${trigram} then 0.2 * similarity(doc, ${phrase}) else 0 end))::float8 as score
    from hits, total
    order by code, system, score desc`.execute(trx);
    return r.rows;
  });
  return rows
    .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code))
    .slice(0, limit)
    .map((r) => ({
      code: r.code,
      system: r.system as CodeSystem,
      description: r.description,
      descriptorSource: r.source as DescriptorSource,
      score: Math.round(r.score * 1000) / 1000,
    }));
}
