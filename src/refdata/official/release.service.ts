// `import-release`: every file of a quarter's release, recognised by name (and checked against its
// layout's header as it loads), one edition at a time, each all or nothing. A refused edition does not
// stop the others; the report says what loaded, what was passed over and what was refused, and why.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { refreshSearch, type ImportResult } from '../edition-import.js';
import { datasetSpec } from '../datasets.js';
import { ensurePairFilters } from '../repositories/pair-filter.repository.js';
import {
  editionLabel,
  importOfficial,
  type OfficialEdition,
  type OfficialImportOptions,
} from './official-import.js';
import { planRelease, type ReleasePlan } from './release-plan.js';
import { materialise, releaseFiles, type SourceFile } from './release-files.js';

export type PlannedEdition = ReleasePlan<SourceFile>['editions'][number];

export interface EditionOutcome {
  label: string;
  dataset: string;
  version: string;
  effectiveFrom: string;
  files: string[];
  result?: ImportResult;
  /** Why nothing of it loaded. */
  error?: string;
}

export interface ReleaseReport {
  editions: EditionOutcome[];
  passedOver: { file: string; reason: string }[];
  refused: { file: string; reason: string }[];
  /** Files of no release layout CodeDesk knows, left alone. */
  unrecognised: string[];
}

export interface ReleaseOptions extends OfficialImportOptions {
  /** Hears the plan before anything loads (the CLI prints it; the desk shows it). */
  onPlan?: (report: ReleaseReport) => void;
  /** Hears each edition as it finishes. */
  onEdition?: (outcome: EditionOutcome) => void;
}

const outcome = (e: PlannedEdition, effective?: string): EditionOutcome => ({
  label: editionLabel({ ...e, files: [] }),
  dataset: e.identity.dataset,
  version: e.identity.version,
  effectiveFrom: effective ?? e.identity.effectiveFrom,
  files: e.files.map((f) => f.shownAs),
});

export async function importRelease(
  db: Kysely<Database>,
  paths: readonly string[],
  opts: ReleaseOptions = {},
): Promise<ReleaseReport> {
  const scratch = await mkdtemp(join(tmpdir(), 'codedesk-release-'));
  try {
    const plan = planRelease(await releaseFiles(paths, scratch));
    const report: ReleaseReport = {
      editions: plan.editions.map((e) => outcome(e, opts.effective)),
      passedOver: plan.passedOver.map((p) => ({ file: p.file.shownAs, reason: p.reason })),
      refused: plan.refused.map((p) => ({ file: p.file.shownAs, reason: p.reason })),
      unrecognised: plan.unrecognised.map((f) => f.shownAs),
    };
    opts.onPlan?.(report);
    let searchable = false;
    for (const [i, planned] of plan.editions.entries()) {
      const out = report.editions[i]!;
      try {
        const files = [];
        for (const f of planned.files) files.push({ ...f, path: await materialise(f.source, scratch) });
        const edition: OfficialEdition = { ...planned, files };
        out.result = await importOfficial(db, edition, { ...opts, refreshSearch: false });
        searchable ||= out.result.status === 'loaded' && datasetSpec(out.dataset).searchable === true;
      } catch (err) {
        // The edition's transaction rolled back: nothing of it is kept, and the other editions go on.
        out.error = err instanceof Error ? err.message : String(err);
      }
      opts.onEdition?.(out);
    }
    if (searchable && opts.refreshSearch !== false) await refreshSearch(db);
    await ensurePairFilters(db);
    return report;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
