// The word search's one query over the code_search view (refdata/search.ts says how it scores): the
// question's word groups in, the best document per code out, best first.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { QueryGroup } from '../search-words.js';

interface Row {
  code: string;
  system: string;
  description: string;
  source: string;
  doc: string;
  score: number;
  groups: number[];
  words: string[];
  all_strong: number;
  lead_groups: number[];
  lead_unasked: number;
}

export type SearchRow = Omit<Row, 'all_strong' | 'lead_groups' | 'lead_unasked'> & {
  /** The weight of all the question's content words: what a full match covers. */
  allStrong: number;
  /** The content words found in the description's lead phrase, the thing it names ("Home ventilator"
   *  before ", also performs ... oxygen concentration"). */
  leadGroups: number[];
  /** Words of the lead phrase the question never said ("hypertensive" chronic kidney disease). */
  leadUnasked: number;
};

/** A word found in more documents than this is too common to find candidates with (it still weighs). */
const COMMON_DF = 5000;
/** Candidates are the documents holding one of the question's rarest content words: a code that misses
 *  all of them could not cover enough of the question to be shown anyway. */
const FINDER_WORDS = 3;
/** ...as long as they find no more documents than this together (the rarest one always counts). */
const FINDER_DOCS = 3000;
/** A word of the question found nowhere in the data (a brand name, a typo) weighs this share of the
 *  rarest word: it lowers every score, but a misspelt aside does not sink the rest. */
const UNKNOWN_WORD_WEIGHT = 0.5;
/** A document whose words are mostly the question's (a title, a short summary) beats a long one. */
const SHORT_DOC_BONUS = 0.3;
/** HCPCS codes a practitioner's Medicare claim rarely carries for a service described in words rank
 *  below an equal match: quality measures (G8, G9, M1: a measure's result, not a service), the M codes of
 *  single programs, C codes (hospital outpatient only), and S and H codes (other payers and Medicaid). */
const NICHE_CODES = '^(G8|G9|M|C|S|H)';
const NICHE_WEIGHT = 0.85;
/** A question describing a procedure or a service wants its procedure code: a diagnosis or status code
 *  that shares its words ("vasectomy status", "cerumen impaction") ranks below an equal match. */
const OTHER_SIDE_WEIGHT = 0.85;
/** ICD-10-CM chapters 15 and 16 (O, P codes) code a pregnancy or a newborn: below an equal match unless
 *  the question speaks of one (search-words.ts). */
const OTHER_CONTEXT_WEIGHT = 0.8;

/** A description's lead phrase: up to its first comma, semicolon or colon, and in a HCPCS description
 *  before the purpose it is "for" ("test strips for home blood glucose monitor": the strips). */
const LEAD_PHRASE = sql.raw(
  `regexp_replace(regexp_replace(best.description, '\\s*[,;:].*$', ''), ` +
    `case when best.system = 'hcpcs' then '\\s+for\\s.*$' else '^$' end, '')`,
);

export interface QuestionContext {
  pregnancyOrNewborn: boolean;
  procedureAsked: boolean;
  /** HCPCS codes the question gives no reason to offer (search-words.ts): never candidates. */
  nicheOutOfPlace: string;
  /** The question speaks of an injury's cause, so external cause codes (V00-Y99) may be candidates. */
  externalCauseAsked: boolean;
}

/** One statement behind a short timeout: search is a suggestion, never worth holding a connection for long. */
export async function searchRows(
  db: Kysely<Database>,
  groups: readonly QueryGroup[],
  ctx: QuestionContext,
  limit: number,
): Promise<SearchRow[]> {
  const rows = await db.transaction().execute(async (trx) => {
    await sql`set local statement_timeout = '3s'`.execute(trx);
    return (await sql<Row>`${searchQuery(groups, ctx, limit)}`.execute(trx)).rows;
  });
  return rows.map(({ all_strong, lead_groups, lead_unasked, ...r }) => ({
    ...r,
    allStrong: all_strong,
    leadGroups: lead_groups,
    leadUnasked: lead_unasked,
  }));
}

function searchQuery(groups: readonly QueryGroup[], ctx: QuestionContext, limit: number) {
  const { pregnancyOrNewborn, procedureAsked, nicheOutOfPlace, externalCauseAsked } = ctx;
  const alternatives = groups.flatMap((g, i) => g.alternatives.map((word) => ({ g: i, word, weak: g.weak })));
  const gs = alternatives.map((a) => a.g);
  const words = alternatives.map((a) => a.word);
  const weak = alternatives.map((a) => a.weak);
  return sql<Row>`
    with input as (
      select g, word, weak from unnest(${gs}::int[], ${words}::text[], ${weak}::bool[]) as t(g, word, weak)
    ), lex as (
      select distinct i.g, i.word, i.weak, l.lexeme
      from input i cross join lateral unnest(tsvector_to_array(to_tsvector('english', i.word))) as l(lexeme)
    ), stats as (
      select x.lexeme, coalesce(c.df, 0) as df
      from (select distinct lexeme from lex) x left join code_search_lexemes c using (lexeme)
    ), n as (
      select greatest(reltuples, 1) as docs from pg_class where relname = 'code_search'
    ), weighted as (
      select lex.g, lex.word, lex.weak, lex.lexeme, stats.df,
        ln(n.docs / (stats.df + 1)) * case when stats.df = 0 then ${UNKNOWN_WORD_WEIGHT}::float8 else 1 end as idf,
        to_tsquery('simple', quote_literal(lex.lexeme)) as q
      from lex join stats using (lexeme), n
    ), total as (
      select coalesce(sum(idf) filter (where not weak), 0) as all_strong,
        coalesce(sum(idf) filter (where weak), 0) as all_weak
      from (select g, bool_or(weak) as weak, max(idf) as idf from weighted group by g) per_group
    ), finder_groups as (
      select g from (
        select g, sum(sum(df)) over (order by sum(df), g rows between unbounded preceding and current row) as cost,
          row_number() over (order by sum(df), g) as n
        from weighted where not weak and df between 1 and ${COMMON_DF - 1} group by g
      ) ranked where n = 1 or (n <= ${FINDER_WORDS} and cost <= ${FINDER_DOCS})
    ), finder as (
      select to_tsquery('simple', string_agg(quote_literal(lexeme), ' | ')) as q
      from weighted where df between 1 and ${COMMON_DF - 1} and g in (select g from finder_groups)
    ), docs as (
      select s.code, s.system, s.description, s.source, s.weight, s.doc, length(s.tsv) as doc_len, m.*
      from finder, code_search s cross join lateral (
        select coalesce(sum(idf) filter (where not weak), 0) as strong, coalesce(sum(idf) filter (where weak), 0) as weak,
          count(*) as groups_matched, array_agg(g order by g) as groups, array_agg(words order by g) as words
        from (
          select w.g, bool_or(w.weak) as weak, max(w.idf) as idf, string_agg(distinct w.word, '|') as words
          from weighted w where w.df > 0 and s.tsv @@ w.q group by w.g
        ) per_group
      ) m
      where finder.q is not null and s.tsv @@ finder.q
        and not (s.system = 'hcpcs' and s.code ~ ${nicheOutOfPlace})
        and not (s.system = 'icd10cm' and s.code ~ '^[VWXY]' and not ${externalCauseAsked})
    ), scored as (
      select distinct on (code, system) code, system, description, source, doc, groups, words, all_strong,
        (weight * case when system = 'hcpcs' and code ~ ${NICHE_CODES} then ${NICHE_WEIGHT}::float8 else 1 end
          * case when system = 'icd10cm' and ${procedureAsked} then ${OTHER_SIDE_WEIGHT}::float8 else 1 end
          * case when system = 'icd10cm' and code ~ '^[OP]' and not ${pregnancyOrNewborn} then ${OTHER_CONTEXT_WEIGHT}::float8 else 1 end
          * (strong / nullif(all_strong, 0)
          + 0.1 * case when all_weak > 0 then docs.weak / all_weak else 0 end
          + ${SHORT_DOC_BONUS}::float8 * least(1, groups_matched::float8 / greatest(doc_len, 1))))::float8 as score
      from docs, total
      where strong > 0
      order by code, system, score desc
    ), best as (
      select * from scored order by score desc, code limit ${limit}
    )
    select best.*, array(
      select distinct w.g from weighted w where not w.weak and w.df > 0 and lead.tsv @@ w.q order by w.g
    ) as lead_groups, (
      select count(*) from unnest(tsvector_to_array(lead.tsv)) as l(lexeme)
      where l.lexeme not in (select lexeme from lex)
    )::int as lead_unasked
    from best cross join lateral (select to_tsvector('english', ${LEAD_PHRASE}) as tsv) lead
    order by score desc, code`;
}
