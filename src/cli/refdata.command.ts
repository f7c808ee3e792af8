// `npm run codedesk -- refdata import <dataset> <file> [--edition LABEL] [--effective YYYY-MM-DD]`,
// `refdata import-release <folder|zip|file>... [--effective YYYY-MM-DD]`, `refdata status [--today D]`,
// `refdata load-sample [dir]`. Progress goes to stderr; results to stdout.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createDb, createPool } from '../db/database.js';
import { DATASET_KEYS } from '../refdata/datasets.js';
import { GUIDANCE_KEYS } from '../refdata/guidance/guidance-datasets.js';
import { listEditions } from '../refdata/repositories/edition.repository.js';
import { importFile, type ImportResult } from '../refdata/import.service.js';
import { importRelease } from '../refdata/official/release.service.js';
import { ensurePairFilters } from '../refdata/repositories/pair-filter.repository.js';
import { streamProgress } from '../refdata/progress.js';
import { loadSample } from '../refdata/sample.js';
import { outcomeLine, planLines, rate, releaseExitCode } from './refdata-release.output.js';
import { statusLines } from './refdata-status.output.js';

const USAGE = `usage: codedesk refdata import <dataset> <file> [--edition LABEL] [--effective YYYY-MM-DD]
       codedesk refdata import-release <folder|zip|file>... [--effective YYYY-MM-DD]
       codedesk refdata status [--today YYYY-MM-DD]
       codedesk refdata load-sample [dir]
datasets: ${[...DATASET_KEYS, ...GUIDANCE_KEYS].join(', ')}`;

const describe = (r: ImportResult) =>
  r.status === 'loaded'
    ? `loaded: ${r.edition.label} — ${rate(r)}`
    : `unchanged (same file already loaded): ${r.edition.label} — ${r.rows} rows`;

const SUBCOMMANDS = ['import', 'import-release', 'status', 'load-sample'];

export async function run(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { edition: { type: 'string' }, effective: { type: 'string' }, today: { type: 'string' } },
  });
  const [sub, ...rest] = positionals;
  if (
    !sub ||
    !SUBCOMMANDS.includes(sub) ||
    (sub === 'import' && rest.length !== 2) ||
    (sub === 'import-release' && rest.length === 0)
  ) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  // Two connections: a large PTP file loads in two parts side by side.
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
    } else if (sub === 'import-release') {
      const report = await importRelease(db, rest, {
        effective: values.effective,
        progress: streamProgress,
        onPlan: (plan) => console.log(planLines(plan).join('\n')),
        onEdition: (e) => console.log(outcomeLine(e)),
      });
      return releaseExitCode(report);
    } else if (sub === 'load-sample') {
      for (const r of await loadSample(db, resolve(rest[0] ?? config.refdataDir), streamProgress))
        console.log(describe(r));
    } else {
      const today = values.today ?? new Date().toISOString().slice(0, 10);
      console.log(statusLines(await listEditions(db), today).join('\n'));
    }
    return 0;
  } finally {
    await db.destroy();
  }
}
