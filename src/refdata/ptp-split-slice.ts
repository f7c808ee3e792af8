// One slice of a split PTP file: a staging table of its own, COPYed, indexed and analyzed on whatever
// connection runs it. Its CHECK constraints state the edition and the column1 range, so attaching it
// as a RANGE partition (and the edition as a LIST partition of ptp_edits) skips the validation scans.
import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import { csvCopyFailure } from './copy-failure.js';
import { ImportError } from './import-error.js';
import type { Progress } from './progress.js';
import { copyPtpLines } from './ptp-copy.js';
import { linesBefore, PtpOutOfRange, PtpSliceStopped, type PtpSlice } from './ptp-split-plan.js';

export interface SliceJob {
  dataset: string;
  editionId: number;
  file: string;
  progress: Progress;
  analyze: boolean;
  /** How many parts the file was cut into. */
  parts: number;
  /** The file's columns (ptpColumns). */
  columns: readonly string[];
  /** True once any slice has failed: the others stop early. */
  stop: () => boolean;
}

export const stageName = (editionId: number, k: number) => `ptp_stage_e${editionId}_${k}`;
export const partName = (editionId: number, k: number) => `ptp_edits_e${editionId}_p${k}`;

/** The partition bound of a slice: MINVALUE/MAXVALUE at the open ends. */
export function sliceBounds(slice: PtpSlice) {
  const bound = (code: string | null, open: string) => (code === null ? sql.raw(open) : sql.lit(code));
  return sql`from (${bound(slice.lo, 'minvalue')}) to (${bound(slice.hi, 'maxvalue')})`;
}

/** What the partition bounds say, as one CHECK: one expression per row costs less than two (COPY
 * checks every row), and ATTACH still finds each bound among its conjuncts and skips its scans. */
function sliceCheck(editionId: number, slice: PtpSlice) {
  const terms = [sql`edition_id = ${sql.lit(editionId)}`];
  if (slice.lo !== null) terms.push(sql`column1 >= ${sql.lit(slice.lo)}`);
  if (slice.hi !== null) terms.push(sql`column1 < ${sql.lit(slice.hi)}`);
  return sql.join(terms, sql` and `);
}

/** Loads slice `k` into its staging table on `trx`; returns its row count. */
export async function loadSlice(
  trx: Transaction<Database>,
  job: SliceJob,
  slice: PtpSlice,
  k: number,
): Promise<number> {
  const { editionId: id } = job;
  const stage = sql.table(stageName(id, k));
  const part = partName(id, k);
  await sql`create table ${stage} (like ptp_edits including defaults)`.execute(trx);
  await sql`alter table ${stage} alter column edition_id set default ${sql.lit(id)},
    add constraint ${sql.raw(`${part}_check`)} check (${sliceCheck(id, slice)})`.execute(trx);
  let rows: number;
  try {
    rows = await copyPtpLines(trx, job.dataset, stageName(id, k), job.file, job.progress, {
      header: k === 0,
      columns: job.columns,
      slice,
      stop: job.stop,
    });
  } catch (err) {
    throw await located(job, slice, err);
  }
  // The slices are indexed side by side already: one process each, with room to sort in memory. The
  // pairs are unique and never updated: deduplication finds nothing to merge (it cost 0.4 s of 1.5 s of
  // CPU on the full file) and full pages are the right density.
  await sql`set local maintenance_work_mem = '512MB'`.execute(trx);
  await sql`set local max_parallel_maintenance_workers = 0`.execute(trx);
  await sql`create index ${sql.raw(`${part}_pair_idx`)} on ${stage} (column1, column2) with (deduplicate_items = off, fillfactor = 100)`.execute(
    trx,
  );
  if (job.analyze) {
    // Each part samples its share, so the edition is sampled about as much as one table would be
    // (ANALYZE of four parts at the full target cost 0.3 s of CPU, a tenth of the whole load).
    await sql`select set_config('default_statistics_target',
      greatest(10, current_setting('default_statistics_target')::int / ${sql.lit(job.parts)})::text, true)`.execute(
      trx,
    );
    await sql`analyze ${stage}`.execute(trx);
  }
  return rows;
}

/** The slice's error with its line counted from the start of the file (PostgreSQL's and ours). */
async function located(job: SliceJob, slice: PtpSlice, err: unknown): Promise<unknown> {
  if (err instanceof PtpOutOfRange || err instanceof PtpSliceStopped) return err;
  try {
    csvCopyFailure(job.dataset, err);
  } catch (e) {
    if (!(e instanceof ImportError) || e.line === null || slice.start === 0) return e;
    return new ImportError(
      job.dataset,
      e.line + (await linesBefore(job.file, slice.start)),
      e.column,
      e.reason,
    );
  }
  return err;
}
