// Loads the shipped lay summaries as an edition of 'cpt_lay_summaries' (checksummed like a file, so a
// changed text makes a new edition and an unchanged one is skipped).
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { findEditionByChecksum, finishEdition, insertEdition } from './repositories/edition.repository.js';
import { LAY_SUMMARIES } from './lay-summaries.js';

export const LAY_DATASET = 'cpt_lay_summaries';

export async function loadLaySummaries(db: Kysely<Database>): Promise<number> {
  const entries = Object.entries(LAY_SUMMARIES);
  const sha256 = createHash('sha256').update(JSON.stringify(entries)).digest('hex');
  if (await findEditionByChecksum(db, LAY_DATASET, sha256)) return 0;
  return db.transaction().execute(async (trx) => {
    const edition = await insertEdition(trx, {
      dataset: LAY_DATASET,
      label: 'CodeDesk lay summaries',
      version: sha256.slice(0, 8),
      // Descriptions, not rules: in force for any date of service.
      effectiveFrom: '2000-01-01',
      sourceFile: 'src/refdata/lay-summaries.ts',
      sha256,
    });
    await trx
      .insertInto('cpt_descriptors')
      .values(
        entries.map(([code, descriptor]) => ({
          edition_id: edition.id,
          code,
          descriptor,
          source: 'lay_summary' as const,
        })),
      )
      .execute();
    await finishEdition(trx, edition.id, entries.length);
    return entries.length;
  });
}
