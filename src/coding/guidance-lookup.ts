// The guidance paragraphs that state the rule behind a question (issue 16), in one query. A paragraph
// is relevant when both hold: its chapter covers the question's codes (or its text names one of them;
// a question without codes passes), and its words match the question's words. Procedure codes are
// covered by the NCCI Policy Manual, diagnosis codes by the ICD-10-CM Official Guidelines; a chapter
// without code ranges (NCCI ch. I, ICD-10-CM Sections I.A-B, II-IV) covers every code of its source.
// Each source is read in the edition in force on the date of service (else its earliest). The best
// paragraph of each section is ranked by the text-search rank, a chapter covering the codes and a
// named code (or its category) adding to it, and the ICD-10-CM sections for the encounter's setting
// (II-III inpatient, IV outpatient) ahead of the others; the best one to three are cited. A question
// naming no code is pointed to its chapters by the codes its words suggest.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { guidanceTerms, guidelineSetting } from './guidance-terms.js';
import type { GuidanceCitation } from './types.js';

export type { GuidanceCitation };

/** A numbered paragraph the manual keeps only as a placeholder ("Reserved for future use.", "Subsection
 *  deleted, January 1, 2024."): it states no rule, however well its title matches. */
const PLACEHOLDER = '^\\s*(reserved for future use|subsection deleted)';

export interface GuidanceQuery {
  question: string;
  procedureCodes: readonly string[];
  diagnosisCodes: readonly string[];
  dateOfService: string;
  /** Codes the word search suggests for a question naming none: they point to the chapter a coder would
   *  open (a sprain to the injury chapter, a colonoscopy to the digestive one) and rank its paragraphs up,
   *  but exclude no other chapter, as the question's own codes do. */
  suggestedCodes?: readonly { code: string; system: string }[];
  limit?: number;
}

export async function findGuidance(db: Kysely<Database>, q: GuidanceQuery): Promise<GuidanceCitation[]> {
  const terms = guidanceTerms(q.question);
  if (terms.length === 0) return [];
  const tsquery = terms.join(' | ');
  const setting = guidelineSetting(q.question);
  const inpatientOnly = `^(II|III)(\\.|$)`;
  const outpatientOnly = `^IV(\\.|$)`;
  const anyCodes = q.procedureCodes.length + q.diagnosisCodes.length > 0;
  const suggested = anyCodes ? [] : (q.suggestedCodes ?? []);
  const proc = [...q.procedureCodes, ...suggested.filter((s) => s.system !== 'icd10cm').map((s) => s.code)];
  const dx = [...q.diagnosisCodes, ...suggested.filter((s) => s.system === 'icd10cm').map((s) => s.code)];
  const { rows } = await sql<GuidanceCitation>`
    with editions as (
      select distinct on (dataset) id, dataset, label from refdata_editions
      where dataset in ('ncci_policy_manual', 'icd10cm_guidelines')
      order by dataset, (effective_from <= ${q.dateOfService}::date) desc,
        case when effective_from <= ${q.dateOfService}::date then effective_from end desc nulls last,
        effective_from, id desc
    ), q as (select to_tsquery('english', ${tsquery}) as query,
        tsvector_to_array(to_tsvector('english', ${terms.join(' ')})) as asked),
    candidates as (
      select p.source, e.label as edition, p.section, p.title, p.text, p.ordinal,
        ts_rank(p.doc, q.query, 1) as words,
        exists (select 1 from unnest(p.code_ranges) r,
                  unnest(case p.source when 'ncci_policy_manual' then ${proc}::text[] else ${dx}::text[] end) c
                where left(c, length(split_part(r, '-', 1))) between split_part(r, '-', 1) and split_part(r, '-', 2))
          as in_chapter,
        exists (select 1 from unnest(${[...proc, ...dx]}::text[]) c where strpos(p.text, c) > 0) as names_code,
        exists (select 1 from unnest(${dx}::text[]) c where strpos(p.text, left(c, 3)) > 0) as names_category,
        p.code_ranges is null and cardinality(
          case p.source when 'ncci_policy_manual' then ${proc}::text[] else ${dx}::text[] end) > 0 as general,
        p.code_ranges is null as whole_code_set,
        (select count(*) filter (where w = any(q.asked))::float8 / greatest(count(*), 1)
           from unnest(tsvector_to_array(to_tsvector('english', p.title))) w) as title_asked
      from guidance_paragraphs p join editions e on e.id = p.edition_id, q
      where p.doc @@ q.query and p.text !~* ${PLACEHOLDER}
    ), best as (
      select distinct on (section, source) *,
        words + case when in_chapter or general then 0.05 else 0 end + case when names_code then 0.1 when names_category then 0.05 else 0 end
          + 0.05 * title_asked
          + case when whole_code_set and not ${anyCodes} then 0.02 else 0 end
          + case when ${setting}::text is null then 0
              when section ~ (case ${setting}::text when 'inpatient' then ${inpatientOnly} else ${outpatientOnly} end) then 0.02
              when section ~ (case ${setting}::text when 'inpatient' then ${outpatientOnly} else ${inpatientOnly} end) then -0.02
              else 0 end as score
      from candidates
      where not ${anyCodes} or in_chapter or names_code or general
      order by section, source, words desc, ordinal
    )
    select source, edition, section, title, text, round(score::numeric, 4)::float8 as score
    from best order by score desc, source, section limit ${4 * (q.limit ?? 3)}`.execute(db);
  return oneOfEachTopic(rows, q.limit ?? 3);
}

/** The best paragraph of each topic (ch. XI §U.1 and §U.5, numbered paragraphs under one title, are one
 *  topic; I.B.5 and I.B.6, titled apart, are two), and no more than two under one heading (I.C.12.a.1-5
 *  all speak of pressure ulcers): three citations of one section's paragraphs tell the reviewer less than
 *  paragraphs from two places do. */
function oneOfEachTopic(rows: GuidanceCitation[], limit: number): GuidanceCitation[] {
  const seen = new Set<string>();
  const underHeading = new Map<string, number>();
  const out: GuidanceCitation[] = [];
  for (const row of rows) {
    const heading = `${row.source} ${row.section.replace(/\.[^.§]+$/, '')}`;
    const topic = `${row.source} ${row.section.replace(/\.\d+$/, '')} ${row.title}`;
    // Only a chapter's subsections count (I.C.12.a.1 under I.C.12.a); I.B.4-I.B.20 are topics apart.
    const n = row.section.split('.').length >= 4 ? (underHeading.get(heading) ?? 0) : 0;
    if (seen.has(topic) || n >= MOST_UNDER_ONE_HEADING) continue;
    seen.add(topic);
    underHeading.set(heading, n + 1);
    out.push(row);
    if (out.length === limit) break;
  }
  return out;
}

const MOST_UNDER_ONE_HEADING = 2;
