// An NCCI PTP edition from its official parts (f1..f4, in column 1 order): each part is read and
// checked line by line, the edits are written to one temporary file in the pass-through layout with
// their effective dates, and that file is loaded by the PTP loader (split side by side, indexed,
// attached as the edition's partition). The official files name each edit's rationale in words; the
// table keeps its number from the PTP rationale list, and a rationale not on the list yet is added to
// it as a new rationale edition taking effect with this PTP edition.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/database.js';
import { copyIn, copyTextLine } from '../copy-in.js';
import { PTP_HEADER_EFFECTIVE } from '../datasets-ncci.js';
import { findEditionByChecksum, finishEdition, insertEdition } from '../repositories/edition.repository.js';
import type { Progress } from '../progress.js';
import { loadPtp, type PtpLoadOptions } from '../ptp-split.js';
import { PTP_LAYOUT } from './layouts-ncci.js';
import { officialRows } from './official-rows.js';
import type { RecordFormat } from './record-readers.js';
import { readPtpText, type PtpEdit } from './ptp-text.js';
import { Readable } from 'node:stream';

export interface PtpPart {
  path: string;
  name: string;
  format: RecordFormat;
}

export interface OfficialPtpJob {
  dataset: string;
  editionId: number;
  parts: readonly PtpPart[];
  version: string;
  effectiveFrom: string;
  progress: Progress;
  ptp?: PtpLoadOptions;
}

const key = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** The rationale list in force last (by effective date), text -> number. */
async function currentRationales(
  trx: Transaction<Database>,
): Promise<{ byText: Map<string, number>; list: [number, string][] }> {
  const { rows } = await sql<{ rationale_id: number; rationale: string }>`
    select r.rationale_id, r.rationale from ptp_rationales r
    where r.edition_id = (select id from refdata_editions where dataset = 'ptp_rationale' order by effective_from desc, id desc limit 1)
    order by r.rationale_id`.execute(trx);
  return {
    byText: new Map(rows.map((r) => [key(r.rationale), r.rationale_id])),
    list: rows.map((r) => [r.rationale_id, r.rationale]),
  };
}

/** Writes the parts' edits to `out` in the pass-through layout; returns the rationales it added. */
async function convertParts(
  job: OfficialPtpJob,
  out: string,
  rationales: Awaited<ReturnType<typeof currentRationales>>,
) {
  const added: [number, string][] = [];
  let next = Math.max(0, ...rationales.list.map(([id]) => id)) + 1;
  const stream = createWriteStream(out, { highWaterMark: 1 << 20 });
  const write = async (text: string) => {
    if (!stream.write(text)) await once(stream, 'drain');
  };
  try {
    await write(`${PTP_HEADER_EFFECTIVE.join(',')}\n`);
    for (const part of job.parts) {
      let batch = '';
      const each = ([c1, c2, deleted, modifier, rationale, effective]: PtpEdit) => {
        let id = rationales.byText.get(key(rationale));
        if (id === undefined) {
          id = next++;
          rationales.byText.set(key(rationale), id);
          added.push([id, rationale.trim()]);
        }
        batch += `${c1},${c2},${deleted},${modifier},${id},${effective}\n`;
      };
      const dataset = `${job.dataset} (${part.name})`;
      const onBytes = (n: number) => job.progress.bytes(n);
      if (part.format.kind === 'tsv') {
        // the text parts in one synchronous pass per chunk, written out after each
        await readPtpText(part.path, dataset, each, async (n) => {
          onBytes(n);
          await write(batch);
          batch = '';
        });
      } else {
        for await (const { values } of officialRows(part.path, PTP_LAYOUT, part.format, {
          dataset,
          onBytes,
        })) {
          each(values as PtpEdit);
          if (batch.length > 1 << 20) {
            await write(batch);
            batch = '';
          }
        }
      }
      await write(batch);
    }
  } finally {
    stream.end();
    await once(stream, 'close');
  }
  return added;
}

/** A rationale edition holding the list in force and the rationales this PTP edition adds. */
async function addRationales(
  trx: Transaction<Database>,
  job: OfficialPtpJob,
  list: [number, string][],
): Promise<void> {
  const text = list.map(([id, r]) => copyTextLine([id, r])).join('');
  const sha256 = createHash('sha256').update(text).digest('hex');
  if (await findEditionByChecksum(trx, 'ptp_rationale', sha256)) return; // the other setting added the same list
  const edition = await insertEdition(trx, {
    dataset: 'ptp_rationale',
    label: `NCCI PTP edit rationale ${job.version}`,
    version: job.version,
    effectiveFrom: job.effectiveFrom,
    sourceFile: job.parts.map((p) => p.name).join(', '),
    sha256,
  });
  const rows = list.map(([id, r]) => copyTextLine([edition.id, id, r])).join('');
  await copyIn(
    trx,
    'COPY ptp_rationales (edition_id, rationale_id, rationale) FROM STDIN',
    Readable.from([rows]),
  );
  await finishEdition(trx, edition.id, list.length);
}

/** Loads the edition's parts as the partition of `job.editionId`; returns the row count. */
export async function loadOfficialPtp(
  db: Kysely<Database>,
  trx: Transaction<Database>,
  job: OfficialPtpJob,
): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'codedesk-ptp-'));
  try {
    const rationales = await currentRationales(trx);
    const file = join(dir, 'ptp.csv');
    const added = await convertParts(job, file, rationales);
    if (added.length) await addRationales(trx, job, [...rationales.list, ...added]);
    // The parts' bytes were counted while converting; the loader counts the rows.
    const rowsOnly: Progress = { rows: (n) => job.progress.rows(n), bytes: () => {}, done: () => {} };
    return await loadPtp(db, trx, job.dataset, job.editionId, file, rowsOnly, job.ptp);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
