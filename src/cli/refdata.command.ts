// `npm run codedesk -- refdata import <dataset> <file> [--edition LABEL] [--effective YYYY-MM-DD]`,
// `refdata status`, `refdata load-sample [dir]`. Progress goes to stderr; results to stdout.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createDb, createPool } from '../db/database.js';
import { DATASET_KEYS } from '../refdata/datasets.js';
import { listEditions } from '../refdata/edition.repository.js';
import { importFile, type ImportResult } from '../refdata/import.service.js';
import { ensurePairFilters } from '../refdata/pair-filter.repository.js';
import { streamProgress } from '../refdata/progress.js';
import { loadSample } from '../refdata/sample.js';

const USAGE = `usage: codedesk refdata import <dataset> <file> [--edition LABEL] [--effective YYYY-MM-DD]
       codedesk refdata status
       codedesk refdata load-sample [dir]
datasets: ${DATASET_KEYS.join(', ')}`;

const describe = (r: ImportResult) =>
  `${r.status === 'loaded' ? 'loaded' : 'unchanged (same file already loaded)'}: ${r.edition.label} — ${r.rows} rows` +
  (r.status === 'loaded'
    ? ` in ${r.seconds.toFixed(1)} s (${Math.round(r.rows / Math.max(r.seconds, 0.001))} rows/s)`
    : '');

export async function run(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { edition: { type: 'string' }, effective: { type: 'string' } },
  });
  const [sub, ...rest] = positionals;
  if (!sub || !['import', 'status', 'load-sample'].includes(sub) || (sub === 'import' && rest.length !== 2)) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  const db = createDb(createPool(config.databaseUrl, 2, config.databasePreparedStatements));
  try {
    if (sub === 'import') {
      const [dataset, file] = rest as [string, string];
      const r = await importFile(db, {
        dataset,
        file: resolve(file),
        label: values.edition,
        effective: values.effective,
        progress: streamProgress,
      });
      console.log(describe(r));
      const filters = await ensurePairFilters(db);
      if (filters.built.length)
        console.log(`built the PTP pair filter of edition ${filters.built.join(', ')}`);
      for (const { editionId, error } of filters.failed) {
        console.error(
          `warning: no PTP pair filter for edition ${editionId} (look-ups probe every pair): ${String(error)}`,
        );
      }
    } else if (sub === 'load-sample') {
      for (const r of await loadSample(db, resolve(rest[0] ?? config.refdataDir), streamProgress))
        console.log(describe(r));
    } else {
      for (const e of await listEditions(db)) {
        const to = e.effective_to ?? '(current)';
        console.log(
          `${e.dataset.padEnd(24)} ${e.label.padEnd(48)} ${String(e.row_count).padStart(9)} rows  ${e.effective_from} .. ${to}`,
        );
      }
    }
    return 0;
  } finally {
    await db.destroy();
  }
}
