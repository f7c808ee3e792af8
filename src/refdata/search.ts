// Search by words over ICD-10-CM titles and index terms, HCPCS descriptions and CPT descriptors or lay
// summaries (the code_search view). Score: full-text rank on any of the words, a bonus when every word
// matches, plus trigram similarity of the whole phrase; best document per code wins.
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

const MAX_WORDS = 12;
/** Trigram similarity of the whole phrase only helps short phrases; on a long question it matches everything. */
const MAX_TRIGRAM_PHRASE = 40;

export async function searchByWords(db: Kysely<Database>, text: string, opts: SearchOptions = {}): Promise<CodeSuggestion[]> {
  const words = [...new Set(text.toLowerCase().match(/[a-z0-9]+/g) ?? [])].slice(0, MAX_WORDS);
  if (!words.length) return [];
  const phrase = words.join(' ');
  const trigram = phrase.length <= MAX_TRIGRAM_PHRASE;
  const limit = Math.min(Math.max(opts.limit ?? 10, 1), 100);
  const rows = await db.transaction().execute(async (trx) => {
    // A guard for odd inputs: search is a suggestion, never worth holding a connection for long.
    await sql`set local statement_timeout = '3s'`.execute(trx);
    const r = await sql<Row>`
    with q as (
      select plainto_tsquery('english', ${phrase}) as all_words,
             replace(plainto_tsquery('english', ${phrase})::text, '&', '|')::tsquery as any_word
    ), hits as (
      select s.code, s.system, s.description, s.source,
        s.weight * (ts_rank(s.tsv, q.any_word) + case when s.tsv @@ q.all_words then 1 else 0 end
          + case when ${trigram} then similarity(s.doc, ${phrase}) else 0 end) as score
      from code_search s, q
      where (q.any_word::text <> '' and s.tsv @@ q.any_word) or (${trigram} and s.doc % ${phrase})
    )
    select distinct on (code, system) code, system, description, source, score::float8 as score
    from hits order by code, system, score desc`.execute(trx);
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
