// Where a PTP edition's pair filter (pair-filter.ts) comes from: ptp_pair_filters when some process has
// built it already, else a scan of the edition's pairs, stored for the next process. Building scans
// every pair (1.6 s of server CPU for the 2.5M practitioner pairs); reading one back is 3 MB. Loading
// reference data builds the filters of the PTP editions it loaded (`ensurePairFilters`), so the desk's
// first look-ups do not pay for it.
import { CompiledQuery, sql, type Kysely } from 'kysely';
import { to as copyTo } from 'pg-copy-streams';
import type { Readable } from 'node:stream';
import type { Database } from '../../db/database.js';
import { DATASET_KEYS, datasetSpec } from '../datasets.js';
import { PAIR_FILTER_SCHEME, PairFilter, PairLineReader } from '../pair-filter.js';

/** The datasets whose editions are PTP edits (one per setting). */
const PTP_DATASETS = DATASET_KEYS.filter((key) => datasetSpec(key).table === 'ptp_edits');

/** The edition's filter, or null when there is no such PTP edition. */
export async function loadPairFilter(db: Kysely<Database>, editionId: number): Promise<PairFilter | null> {
  const stored = await db
    .selectFrom('ptp_pair_filters')
    .select(['hashes', 'bits'])
    .where('edition_id', '=', editionId)
    .where('scheme', '=', PAIR_FILTER_SCHEME)
    .executeTakeFirst();
  if (stored) return PairFilter.fromBytes(stored.bits, stored.hashes);

  const edition = await db
    .selectFrom('refdata_editions')
    .select('row_count')
    .where('id', '=', editionId)
    .where('dataset', 'in', PTP_DATASETS)
    .executeTakeFirst();
  if (!edition) return null;
  const filter = await buildPairFilter(db, editionId, edition.row_count);
  const row = {
    edition_id: editionId,
    scheme: PAIR_FILTER_SCHEME,
    hashes: filter.hashes,
    pairs: edition.row_count,
    bits: Buffer.from(filter.toBytes()),
  };
  // Two processes may build the same filter at once; the first to store it wins, and both are the same.
  // One stored by another scheme (an older release) is replaced.
  await db
    .insertInto('ptp_pair_filters')
    .values(row)
    .onConflict((oc) =>
      oc
        .column('edition_id')
        .doUpdateSet({ ...row, built_at: new Date() })
        .where('ptp_pair_filters.scheme', '<>', PAIR_FILTER_SCHEME),
    )
    .execute();
  return filter;
}

export interface EnsuredPairFilters {
  built: number[];
  /** A filter only saves work: an edition whose filter failed to build is still looked up, probing every pair. */
  failed: { editionId: number; error: unknown }[];
}

/** Builds and stores the filter of every PTP edition that has none (of this scheme). */
export async function ensurePairFilters(db: Kysely<Database>): Promise<EnsuredPairFilters> {
  const { rows } = await sql<{ id: number }>`
    select e.id from refdata_editions e
    where e.dataset = any(${PTP_DATASETS}::text[])
      and not exists (select from ptp_pair_filters f where f.edition_id = e.id and f.scheme = ${PAIR_FILTER_SCHEME})
    order by e.id`.execute(db);
  const result: EnsuredPairFilters = { built: [], failed: [] };
  for (const { id } of rows) {
    await loadPairFilter(db, id).then(
      () => result.built.push(id),
      (error: unknown) => result.failed.push({ editionId: id, error }),
    );
  }
  return result;
}

/** Streams the edition's pairs out with COPY (text format: `column1 TAB column2 LF`) into a filter. */
async function buildPairFilter(
  db: Kysely<Database>,
  editionId: number,
  rowCount: number,
): Promise<PairFilter> {
  if (!Number.isInteger(editionId)) throw new Error(`not an edition id: ${editionId}`);
  const filter = PairFilter.forPairs(rowCount);
  const reader = new PairLineReader(filter);
  await db.connection().execute(async (conn) => {
    // COPY takes no parameters; the id is an integer, checked above.
    const stream = copyTo(
      `COPY (select column1, column2 from ptp_edits where edition_id = ${editionId}) TO STDOUT`,
    );
    // pg runs a "submittable" given as the query text on this connection (see copy-in.ts).
    await conn.executeQuery({ ...CompiledQuery.raw(''), sql: stream as unknown as string });
    for await (const chunk of stream as unknown as Readable) reader.push(chunk as Buffer);
    reader.end();
  });
  // A filter missing pairs would hide edits for as long as it is stored: refuse one that does not
  // hold exactly the edition's rows.
  if (reader.lines !== rowCount) {
    throw new Error(`PTP edition ${editionId} has ${rowCount} rows but ${reader.lines} pairs were read`);
  }
  return filter;
}
