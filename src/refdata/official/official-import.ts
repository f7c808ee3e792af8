// One edition from official files (one file, or the parts of an NCCI PTP edition) inside
// importEdition's transaction. The edition's checksum is the file's sha256, or for parts the sha256 of
// their sha256s in part order, so the same files loaded again change nothing.
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { datasetSpec } from '../datasets.js';
import { importEdition, type EditionImportOptions, type ImportResult } from '../edition-import.js';
import { sha256File } from '../import.service.js';
import type { PtpLoadOptions } from '../ptp-split.js';
import { afterOrderFile } from './icd-order-fill.js';
import type { Identity, OfficialLayout } from './layout.types.js';
import { copyOfficial } from './official-copy.js';
import { loadOfficialPtp } from './ptp-official.js';
import type { RecordFormat } from './record-readers.js';

/** A file to load, where it is read from and what it was recognised as. */
export interface OfficialFile {
  path: string;
  /** Its name as given (inside its zip: "RVU26C.zip: PPRRVU2026_Jul_nonQPP.csv"). */
  shownAs: string;
  /** Base file name. */
  name: string;
  layout: OfficialLayout;
  identity: Identity;
  format: RecordFormat;
}

/** One edition: a file, or a PTP edition's parts in order. */
export interface OfficialEdition {
  identity: Identity;
  layout: OfficialLayout;
  files: OfficialFile[];
}

export interface OfficialImportOptions extends EditionImportOptions {
  /** Overrides the effective date read from the file name. */
  effective?: string;
  ptp?: PtpLoadOptions;
}

export const editionLabel = (e: OfficialEdition) =>
  `${datasetSpec(e.identity.dataset).title} ${e.identity.version}`;

export async function importOfficial(
  db: Kysely<Database>,
  edition: OfficialEdition,
  opts: OfficialImportOptions = {},
): Promise<ImportResult> {
  const { identity, layout, files } = edition;
  const spec = datasetSpec(identity.dataset);
  const shas = await Promise.all(files.map((f) => sha256File(f.path)));
  const sizes = await Promise.all(files.map((f) => stat(f.path).then((s) => s.size)));
  const sha256 = shas.length === 1 ? shas[0]! : createHash('sha256').update(shas.join('\n')).digest('hex');
  const effectiveFrom = opts.effective ?? identity.effectiveFrom;
  return importEdition(
    db,
    {
      dataset: spec.dataset,
      table: spec.table,
      meta: { label: editionLabel(edition), version: identity.version, effectiveFrom },
      sourceFile: files.map((f) => f.name).join(', '),
      sha256,
      size: sizes.reduce((a, b) => a + b, 0),
      ptp: layout.table === 'ptp_edits',
      searchable: spec.searchable,
      load: async (trx, editionId, progress) => {
        if (layout.table === 'ptp_edits') {
          const parts = files.map((f) => ({ path: f.path, name: f.name, format: f.format }));
          const ptp = { ...opts.ptp, analyze: opts.analyze !== false };
          const { version } = identity;
          return loadOfficialPtp(db, trx, {
            dataset: spec.dataset,
            editionId,
            parts,
            version,
            effectiveFrom,
            progress,
            ptp,
          });
        }
        const [file] = files;
        const rows = await copyOfficial(trx, {
          dataset: spec.dataset,
          layout,
          file: file!.path,
          format: file!.format,
          editionId,
          progress,
        });
        await afterOrderFile(trx, spec.table, editionId);
        return rows;
      },
    },
    opts,
  );
}
