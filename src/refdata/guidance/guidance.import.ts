// One guidance text (NCCI Policy Manual, ICD-10-CM Official Guidelines) -> one edition of paragraphs,
// through importEdition like every dataset: the same file twice changes nothing, a failure keeps nothing.
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { importEdition, type EditionImportOptions, type ImportResult } from '../edition-import.js';
import { editionMeta } from '../edition-meta.js';
import { sha256File } from '../sha256.js';
import { guidanceDataset } from './guidance-datasets.js';

export interface GuidanceImportOptions extends EditionImportOptions {
  dataset: string;
  file: string;
  label?: string;
  version?: string;
  effective?: string;
}

const BATCH = 200;

export async function importGuidance(
  db: Kysely<Database>,
  opts: GuidanceImportOptions,
): Promise<ImportResult> {
  const spec = guidanceDataset(opts.dataset);
  if (!spec) throw new AppError('REFDATA.UNKNOWN_DATASET', `unknown guidance dataset "${opts.dataset}"`);
  const [sha256, { size }, text] = await Promise.all([
    sha256File(opts.file),
    stat(opts.file),
    spec.read(opts.file),
  ]);
  const stated = spec.editionOf(text);
  const meta = editionMeta(spec.title, basename(opts.file), {
    label: opts.label,
    version: opts.version ?? stated?.version,
    effective: opts.effective ?? stated?.effectiveFrom,
  });
  const paragraphs = spec.split(text);
  if (paragraphs.length === 0)
    throw new AppError('REFDATA.LAYOUT', `${basename(opts.file)}: no ${spec.title} sections found`);
  return importEdition(
    db,
    {
      dataset: spec.dataset,
      table: 'guidance_paragraphs',
      meta,
      sourceFile: basename(opts.file),
      sha256,
      size,
      async load(trx, editionId, progress) {
        for (let i = 0; i < paragraphs.length; i += BATCH) {
          const rows = paragraphs.slice(i, i + BATCH).map((p, j) => ({
            edition_id: editionId,
            source: spec.dataset,
            ordinal: i + j + 1,
            section: p.section,
            title: p.title,
            chapter: p.chapter,
            code_ranges: p.codeRanges,
            text: p.text,
          }));
          await trx.insertInto('guidance_paragraphs').values(rows).execute();
          progress.rows(rows.length);
        }
        progress.bytes(size);
        return paragraphs.length;
      },
    },
    opts,
  );
}
