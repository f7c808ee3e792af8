// Editions: one per loaded file. A dataset's editions follow each other: each one is in force from
// its effective date until the next one's (effective_to is recomputed after every load).
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Database } from '../../db/database.js';
import type { RefdataEditionsTable } from '../../db/schema/refdata.js';

export type EditionRow = Selectable<RefdataEditionsTable>;

export interface NewEdition {
  dataset: string;
  label: string;
  version: string;
  effectiveFrom: string;
  sourceFile: string;
  sha256: string;
}

export async function findEditionByChecksum(db: Kysely<Database>, dataset: string, sha256: string) {
  return db
    .selectFrom('refdata_editions')
    .selectAll()
    .where('dataset', '=', dataset)
    .where('sha256', '=', sha256)
    .executeTakeFirst();
}

export async function insertEdition(trx: Transaction<Database>, e: NewEdition): Promise<EditionRow> {
  return trx
    .insertInto('refdata_editions')
    .values({
      dataset: e.dataset,
      label: e.label,
      version: e.version,
      effective_from: e.effectiveFrom,
      source_file: e.sourceFile,
      sha256: e.sha256,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Records the row count and re-chains the dataset's editions by effective date. */
export async function finishEdition(
  trx: Transaction<Database>,
  id: number,
  rowCount: number,
): Promise<EditionRow> {
  await trx.updateTable('refdata_editions').set({ row_count: rowCount }).where('id', '=', id).execute();
  await sql`
    update refdata_editions e set effective_to = n.next_from
    from (
      select id, lead(effective_from) over (partition by dataset order by effective_from, id) as next_from
      from refdata_editions where dataset = (select dataset from refdata_editions where id = ${id})
    ) n
    where e.id = n.id and e.effective_to is distinct from n.next_from`.execute(trx);
  return trx.selectFrom('refdata_editions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

export async function listEditions(db: Kysely<Database>): Promise<EditionRow[]> {
  return db
    .selectFrom('refdata_editions')
    .selectAll()
    .orderBy('dataset')
    .orderBy('effective_from')
    .orderBy('id')
    .execute();
}
