// One edition in one transaction, whatever file layout feeds it: checksum first (the same file twice
// changes nothing), then the load, then the edition chain and the search documents. A failure keeps
// nothing of the edition. Used by the CSV importer (import.service.ts) and the official layouts
// (official/official-import.ts).
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import type { EditionMeta } from './edition-meta.js';
import {
  findEditionByChecksum,
  finishEdition,
  insertEdition,
  type EditionRow,
} from './repositories/edition.repository.js';
import { silentProgress, type Progress } from './progress.js';
import { dropPtpStaging } from './ptp-split.js';

export interface ImportResult {
  status: 'loaded' | 'unchanged';
  edition: EditionRow;
  rows: number;
  seconds: number;
}

export interface EditionLoad {
  dataset: string;
  /** The table the rows go to (analyzed after the load). */
  table: string;
  meta: EditionMeta;
  sourceFile: string;
  sha256: string;
  /** Bytes to read, for the progress bar. */
  size: number;
  /** Loaded as partitions of ptp_edits by the PTP loader, which analyzes them itself. */
  ptp?: boolean;
  /** The load changes the search documents (code_search). */
  searchable?: boolean;
  /** Loads the rows under `editionId` inside `trx`; returns the row count. */
  load(trx: Transaction<Database>, editionId: number, progress: Progress): Promise<number>;
}

export interface EditionImportOptions {
  progress?: (label: string, totalBytes: number) => Progress;
  /** Refresh the search documents after a searchable load (bulk loads do it once at the end). */
  refreshSearch?: boolean;
  /** Refresh planner statistics after the load (bulk loads do it once at the end). */
  analyze?: boolean;
}

export async function importEdition(
  db: Kysely<Database>,
  load: EditionLoad,
  opts: EditionImportOptions = {},
): Promise<ImportResult> {
  const started = performance.now();
  const existing = await findEditionByChecksum(db, load.dataset, load.sha256);
  if (existing) return { status: 'unchanged', edition: existing, rows: existing.row_count, seconds: 0 };

  const progress = opts.progress?.(load.meta.label, load.size) ?? silentProgress;
  let ptpEdition: number | null = null;
  const edition = await db
    .transaction()
    .execute(async (trx) => {
      const row = await insertEdition(trx, {
        dataset: load.dataset,
        ...load.meta,
        sourceFile: load.sourceFile,
        sha256: load.sha256,
      });
      if (load.ptp) ptpEdition = row.id;
      const rows = await load.load(trx, row.id, progress);
      if (load.searchable && opts.refreshSearch !== false) await refreshSearch(trx);
      return finishEdition(trx, row.id, rows);
    })
    .catch(async (err: unknown) => {
      // Parts of a split PTP load are committed by their own connections before the import commits.
      if (ptpEdition !== null) await dropPtpStaging(db, ptpEdition).catch(() => {}); // the next import drops them too
      throw err;
    });
  progress.done();
  // Fresh rows have no statistics until autovacuum gets to them; the look-up's cached plan needs them.
  // (The PTP loader analyzes its partitions itself, side by side, before commit.)
  if (opts.analyze !== false && !load.ptp) await analyzeTables(db, [load.table]);
  return {
    status: 'loaded',
    edition,
    rows: edition.row_count,
    seconds: (performance.now() - started) / 1000,
  };
}

/** Rebuilds the search-by-words documents from the newest editions, and their word counts. */
export async function refreshSearch(db: Kysely<Database>): Promise<void> {
  await sql`refresh materialized view code_search`.execute(db);
  await sql`refresh materialized view code_search_lexemes`.execute(db);
}

export async function analyzeTables(db: Kysely<Database>, tables: string[]): Promise<void> {
  for (const t of tables) await sql`analyze ${sql.table(t)}`.execute(db);
}
