// COPYs the mapped rows of one official file into its table under an edition. A mapper may still
// amend the row it returned last until it returns the next one (HCPCS long descriptions continue on
// later records), so each row is written one row late.
import { Readable } from 'node:stream';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.js';
import { copyIn, copyTextLine } from '../copy-in.js';
import { csvCopyFailure } from '../copy-failure.js';
import type { Progress } from '../progress.js';
import type { OfficialLayout, RowValues } from './layout.types.js';
import { officialRows } from './official-rows.js';
import type { RecordFormat } from './record-readers.js';

export interface OfficialCopy {
  dataset: string;
  layout: OfficialLayout;
  file: string;
  format: RecordFormat;
  editionId: number;
  progress: Progress;
}

const BATCH = 1 << 16;

async function* copyText(job: OfficialCopy, count: { rows: number }): AsyncGenerator<string> {
  let batch = '';
  let held: RowValues | null = null;
  let reported = 0;
  const rows = officialRows(job.file, job.layout, job.format, {
    dataset: job.dataset,
    onBytes: (n) => job.progress.bytes(n),
  });
  for await (const { values } of rows) {
    if (held) batch += copyTextLine([job.editionId, ...held]);
    held = values;
    count.rows++;
    if (batch.length > BATCH) {
      yield batch;
      batch = '';
      job.progress.rows(count.rows - reported);
      reported = count.rows;
    }
  }
  if (held) batch += copyTextLine([job.editionId, ...held]);
  job.progress.rows(count.rows - reported);
  if (batch) yield batch;
}

/** Loads the file's rows; returns their count. */
export async function copyOfficial(trx: Transaction<Database>, job: OfficialCopy): Promise<number> {
  const count = { rows: 0 };
  const columns = ['edition_id', ...job.layout.targetColumns].join(', ');
  await copyIn(
    trx,
    `COPY ${job.layout.table} (${columns}) FROM STDIN`,
    Readable.from(copyText(job, count)),
  ).catch((err: unknown) => csvCopyFailure(job.dataset, err));
  return count.rows;
}
