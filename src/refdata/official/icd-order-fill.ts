// The ICD-10 order files carry codes, flags and titles only. The columns the code tables also keep
// (ICD-10-CM chapter and section, the first fiscal year of a code) come from the edition loaded before
// this one: a code it had keeps its values, a new ICD-10-CM code takes the chapter and section of its
// category (from its siblings, else from the CDC category list), and a new code's first fiscal year is this edition's.
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/database.js';

/** The fiscal year an edition belongs to: one starting on or after 1 October is the next year's. */
const FISCAL_YEAR = sql`(extract(year from e.effective_from)::int + (extract(month from e.effective_from) >= 10)::int)`;

export async function afterOrderFile(
  trx: Transaction<Database>,
  table: string,
  editionId: number,
): Promise<void> {
  if (table !== 'icd10cm_codes' && table !== 'icd10pcs_codes') return;
  const t = sql.table(table);
  const dataset = table === 'icd10cm_codes' ? 'icd10cm' : 'icd10pcs';
  const { rows } = await sql<{ id: number }>`
    select p.id from refdata_editions p, refdata_editions e
    where e.id = ${editionId} and p.dataset = ${dataset} and p.id <> e.id and p.effective_from <= e.effective_from
    order by p.effective_from desc, p.id desc limit 1`.execute(trx);
  const previous = rows[0]?.id ?? null;
  if (previous !== null) {
    const chapter = table === 'icd10cm_codes' ? sql`, chapter = o.chapter, section = o.section` : sql``;
    await sql`update ${t} n set first_fy = o.first_fy ${chapter}
      from ${t} o where n.edition_id = ${editionId} and o.edition_id = ${previous} and o.code = n.code`.execute(
      trx,
    );
  }
  if (table === 'icd10cm_codes') {
    await sql`update icd10cm_codes n set chapter = c.chapter, section = c.section
      from (select distinct on (left(code, 3)) left(code, 3) as category, chapter, section from icd10cm_codes
            where edition_id = ${editionId} and chapter is not null order by left(code, 3), code) c
      where n.edition_id = ${editionId} and n.chapter is null and left(n.code, 3) = c.category`.execute(trx);
    // a new category: the CDC category list, when one is loaded
    await sql`update icd10cm_codes n set chapter = c.chapter, section = c.section from icd10cm_categories c
      where n.edition_id = ${editionId} and n.chapter is null and c.code = left(n.code, 3)
        and c.edition_id = (select id from refdata_editions where dataset = 'icd10cm_categories'
                            order by effective_from desc, id desc limit 1)`.execute(trx);
  }
  await sql`update ${t} n set first_fy = ${FISCAL_YEAR} from refdata_editions e
    where e.id = ${editionId} and n.edition_id = e.id and n.first_fy is null`.execute(trx);
}
