// A full quarter in the official layouts imported with `import-release` (issue 18: at most 90 s here),
// on a scratch database of its own: the release is laid out first (official-release-builder.ts, not
// timed), then imported as an operator would, each edition timed as it loads.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importRelease } from '../../src/refdata/official/release.service.js';
import { createScratchDb } from '../helpers/scratch-db.js';
import { buildOfficialQuarter } from './official-release-builder.js';

const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

export async function officialQuarterBench(shared: string): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'codedesk-quarter-'));
  const scratch = await createScratchDb();
  try {
    await buildOfficialQuarter(shared, dir);
    const started = performance.now();
    const report = await importRelease(scratch.db, [dir]);
    const seconds = (performance.now() - started) / 1000;
    const editions = report.editions.map((e) => ({
      edition: e.label,
      files: e.files.length,
      // a file inside a zip is shown as "zip: entry": the zip's size stands for it
      megabytes: round(e.files.reduce((n, f) => n + statSync(f.split(': ')[0]!).size, 0) / 1e6, 1),
      rows: e.result?.rows ?? 0,
      seconds: round(e.result?.seconds ?? 0),
      rowsPerSecond: Math.round((e.result?.rows ?? 0) / Math.max(e.result?.seconds ?? 0, 0.001)),
      error: e.error,
    }));
    const rows = editions.reduce((n, e) => n + e.rows, 0);
    return {
      seconds: round(seconds),
      rows,
      rowsPerSecond: Math.round(rows / seconds),
      // what the total holds beyond the editions: finding and extracting files, the search documents, the PTP pair filters
      otherSeconds: round(seconds - editions.reduce((n, e) => n + e.seconds, 0)),
      editions,
    };
  } finally {
    await scratch.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}
