// A large PTP file sorted by column1 loads in parts side by side (issue 3: at least 0.7 of a bare COPY,
// which one stream plus its index build cannot reach). The file is cut at column1 changes; each part
// is COPYed, indexed and analyzed in a staging table of its own; the import's transaction then makes
// them the RANGE partitions of the edition's table and attaches that as ptp_edits' LIST partition for
// the edition (the parent's index adopts the parts' indexes). Small or unsorted files load in one stream.
//
// Parts run on the import's own connection and on any other pooled connection that becomes free: the
// caller's pool may have no connection to spare (the test setup holds one for its lock out of two), so
// no part ever waits for a second connection; the import's connection takes what nobody started.
import { stat } from 'node:fs/promises';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import type { Progress } from './progress.js';
import { copyPtp, ptpColumns } from './ptp-copy.js';
import { planPtpSplit, PtpOutOfRange, PtpSliceStopped, type PtpSlice } from './ptp-split-plan.js';
import { loadSlice, partName, sliceBounds, stageName, type SliceJob } from './ptp-split-slice.js';

const DEFAULT_PARTS = 2;

export interface PtpLoadOptions {
  /** Parts loaded side by side (default 2, one per core here). Each part is a partition that every
   * look-up's cached plan opens: the 10-code look-up's p50 was 2.40 ms on unsplit editions, 2.51 ms
   * with 2 parts and 2.86 ms with 4, while 4 parts gained only under load (import/bare COPY ratio about
   * 0.68 against 0.56). Each part beyond the first wants a pooled connection of its own. */
  parts?: number;
  /** Files smaller than this load in one stream (default 8 MB). */
  minSplitBytes?: number;
  /** Refresh the planner statistics of the new partition(s) before commit. */
  analyze?: boolean;
}

/** Loads a PTP file as the partition of `editionId` inside the import's `trx`; returns the row count. */
export async function loadPtp(
  db: Kysely<Database>,
  trx: Transaction<Database>,
  dataset: string,
  editionId: number,
  file: string,
  progress: Progress,
  opts: PtpLoadOptions = {},
): Promise<number> {
  // One PTP import at a time, so that staging tables which are no partition are leftovers of a crashed
  // import (a failed one drops its own, see dropPtpStaging), never a running import's parts.
  await sql`select pg_advisory_xact_lock(hashtext('codedesk.refdata.ptp'))`.execute(trx);
  await dropStaging(trx, 'ptp\\_stage\\_%');
  const columns = await ptpColumns(dataset, file);
  const parts = opts.parts ?? DEFAULT_PARTS;
  const { size } = await stat(file);
  const plan =
    parts >= 2 && size >= (opts.minSplitBytes ?? 8 << 20) ? await planPtpSplit(file, size, parts) : null;
  const job: SliceJob = {
    dataset,
    editionId,
    file,
    progress,
    analyze: opts.analyze ?? false,
    parts: 1,
    columns,
    stop: () => false,
  };
  const rows = plan ? await loadSlices(db, trx, job, plan) : null;
  if (rows !== null) return rows;
  const n = await copyPtp(trx, dataset, editionId, file, progress, columns);
  if (job.analyze) await sql`analyze ${sql.table(`ptp_edits_e${editionId}`)}`.execute(trx);
  return n;
}

/** The row count, or null when a part found the file not sorted as the cuts assumed. */
async function loadSlices(
  db: Kysely<Database>,
  trx: Transaction<Database>,
  job: SliceJob,
  plan: PtpSlice[],
): Promise<number | null> {
  const queue = plan.map((slice, k) => ({ slice, k }));
  const errors: unknown[] = [];
  const fail = (err: unknown) => void errors.push(err);
  const take = () => (errors.length ? undefined : queue.shift());
  const sliced: SliceJob = { ...job, parts: plan.length, stop: () => errors.length > 0 };
  let rows = 0;
  const drain = async (t: Transaction<Database>) => {
    for (let p = take(); p; p = take()) {
      const n = await loadSlice(t, sliced, p.slice, p.k);
      rows += n;
    }
  };

  // The import's own parts roll back to here when another part fails or finds the file unsorted.
  await sql`savepoint ptp_split`.execute(trx);
  const helpers: Promise<void>[] = [];
  for (let i = 1; i < plan.length; i++) {
    db.connection()
      .execute(async (conn) => {
        if (errors.length || !queue.length) return; // came free too late: the work is taken
        const work = conn.transaction().execute(drain).catch(fail);
        helpers.push(work);
        await work;
      })
      .catch(() => {}); // a connection that comes free after the pool closed has nothing to do
  }
  await drain(trx).catch(fail);
  await Promise.all(helpers); // complete: no helper starts once the queue is empty or a part failed

  if (!errors.length) {
    await sql`release savepoint ptp_split`.execute(trx);
    await attachSlices(trx, job.editionId, plan);
    return rows;
  }
  await sql`rollback to savepoint ptp_split`.execute(trx);
  const real = errors.find((e) => !(e instanceof PtpOutOfRange) && !(e instanceof PtpSliceStopped));
  if (real) throw real; // the import rolls back; the caller drops the parts other connections committed
  await dropStaging(trx, `ptp\\_stage\\_e${job.editionId}\\_%`);
  return null;
}

async function attachSlices(trx: Transaction<Database>, editionId: number, plan: PtpSlice[]): Promise<void> {
  const edition = sql.table(`ptp_edits_e${editionId}`);
  const like = sql`(like ptp_edits including defaults)`;
  await sql`create table ${edition} ${like} partition by range (column1)`.execute(trx);
  for (const [k, slice] of plan.entries()) {
    const stage = sql.table(stageName(editionId, k));
    await sql`alter table ${edition} attach partition ${stage} for values ${sliceBounds(slice)}`.execute(trx);
    await sql`alter table ${stage} rename to ${sql.table(partName(editionId, k))}`.execute(trx);
  }
  const value = sql.lit(editionId);
  await sql`alter table ptp_edits attach partition ${edition} for values in (${value})`.execute(trx);
}

/** After a failed import: drops the parts of `editionId` that other connections had committed. */
export async function dropPtpStaging(db: Kysely<Database>, editionId: number): Promise<void> {
  await dropStaging(db, `ptp\\_stage\\_e${editionId}\\_%`);
}

async function dropStaging(db: Kysely<Database>, like: string): Promise<void> {
  const { rows } = await sql<{ name: string }>`select relname as name from pg_class
    where relname like ${like} and relkind = 'r' and not relispartition
      and relnamespace = current_schema()::regnamespace`.execute(db);
  for (const { name } of rows) await sql`drop table if exists ${sql.table(name)}`.execute(db);
}
