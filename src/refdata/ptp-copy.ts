// Fast path for the NCCI PTP layout (2.5M quote-free lines). csv-parse tops out near 400k rows/s on
// this machine while PostgreSQL's own CSV COPY does about 1.3M, so each line is checked here with one
// anchored pattern and the original bytes go to COPY unchanged. The rows land in a bare table of their
// own, get their index, and are attached as the edition's partition of ptp_edits: far faster than COPY
// into an indexed table, and still one transaction. Large sorted files are split (ptp-split.ts).
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform, type TransformCallback } from 'node:stream';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import { copyIn } from './copy-in.js';
import { PTP_HEADER, PTP_HEADER_EFFECTIVE } from './datasets-ncci.js';
import { ImportError } from './import-error.js';
import type { Progress } from './progress.js';
import { compareCode, explainPtpLine, PTP_LINE_MAX, ptpLineEnd, ptpLineOk } from './ptp-split-line.js';
import { PtpOutOfRange, PtpSliceStopped, type PtpSlice } from './ptp-split-plan.js';

export { explainPtpLine } from './ptp-split-line.js';
export { PtpOutOfRange, PtpSliceStopped, type PtpSlice } from './ptp-split-plan.js';

interface CheckOptions {
  /** The slice starts at the header line (the first slice, or the whole file). */
  header: boolean;
  /** The file's columns (ptpColumns): the five of the CSV layout, or those and effective_date. */
  columns: readonly string[];
  slice?: PtpSlice;
  stop?: () => boolean;
}

const NL = 0x0a;

/** Checks each line of a file (or of one slice of it) and passes the bytes through unchanged. */
export class PtpLineCheck extends Transform {
  rows = 0;
  private line = 0;
  private tail: Buffer | null = null;
  private readonly lo: Buffer | null;
  private readonly hi: Buffer | null;
  private readonly effective: boolean;

  constructor(
    private readonly dataset: string,
    private readonly progress: Progress,
    private readonly opts: CheckOptions,
  ) {
    super();
    const code = (c: string | null | undefined) => (c == null ? null : Buffer.from(c, 'latin1'));
    this.lo = code(opts.slice?.lo);
    this.hi = code(opts.slice?.hi);
    this.effective = opts.columns.length > PTP_HEADER.length;
  }

  /** Checks bytes [s, e) of `b`, one line without its newline (the header, or one the fast path refused). */
  private check(b: Buffer, s: number, e: number): void {
    if (this.line === 0 && this.opts.header) {
      this.line++;
      const text = b.toString('latin1', s, e);
      if (text.replace(/^\uFEFF|\r$/g, '') !== this.opts.columns.join(',')) {
        throw new ImportError(
          this.dataset,
          1,
          null,
          `unexpected header "${text}" (expected ${this.opts.columns.join(',')})`,
        );
      }
      return;
    }
    // Line numbers are relative to the slice; the caller adds the lines before it.
    if (!ptpLineOk(b, s, e, this.effective))
      throw explainPtpLine(this.dataset, b.toString('latin1', s, e), this.line + 1, this.effective);
    this.accept(b, s);
  }

  /** Counts a valid line starting at `s`, which must lie in the slice's column1 range. */
  private accept(b: Buffer, s: number): void {
    this.line++;
    if ((this.lo && compareCode(b, s, this.lo) < 0) || (this.hi && compareCode(b, s, this.hi) >= 0)) {
      throw new PtpOutOfRange(`line ${this.line}: ${b.toString('latin1', s, s + 5)} outside the slice`);
    }
    this.rows++;
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    try {
      if (this.opts.stop?.()) throw new PtpSliceStopped('stopped');
      const before = this.line;
      let s = 0;
      if (this.tail) {
        const nl = chunk.indexOf(NL);
        const line = Buffer.concat([this.tail, nl < 0 ? chunk : chunk.subarray(0, nl)]);
        this.tail = nl < 0 ? line : null;
        if (nl >= 0) this.check(line, 0, line.length);
        s = nl < 0 ? chunk.length : nl + 1;
      }
      const fast = chunk.length - PTP_LINE_MAX;
      while (s < chunk.length) {
        const e =
          s <= fast && (this.line > 0 || !this.opts.header) ? ptpLineEnd(chunk, s, this.effective) : -1;
        if (e >= 0) {
          this.accept(chunk, s);
          s = e + 1;
          continue;
        }
        const nl = chunk.indexOf(NL, s);
        if (nl < 0) {
          this.tail = chunk.subarray(s);
          break;
        }
        this.check(chunk, s, nl);
        s = nl + 1;
      }
      this.progress.bytes(chunk.length);
      this.progress.rows(this.line - before);
      done(null, chunk);
    } catch (err) {
      done(err as Error);
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      if (this.tail) this.check(this.tail, 0, this.tail.length);
      if (this.line === 0 && this.opts.header)
        throw new ImportError(this.dataset, 1, null, 'the file is empty');
      done();
    } catch (err) {
      done(err as Error);
    }
  }
}

/** COPYs the checked lines of `file` (or of one slice of it) into `table`; returns the row count. */
export async function copyPtpLines(
  trx: Transaction<Database>,
  dataset: string,
  table: string,
  file: string,
  progress: Progress,
  opts: CheckOptions,
): Promise<number> {
  const check = new PtpLineCheck(dataset, progress, opts);
  const range = opts.slice ? { start: opts.slice.start, end: opts.slice.end - 1 } : {};
  // COPY's text format parses about 10% faster than CSV; the checked lines hold no backslash or quote
  // that the two formats would read differently ('*' is the null marker in both).
  await copyIn(
    trx,
    `COPY ${table} (${opts.columns.join(', ')}) FROM STDIN WITH (FORMAT text, DELIMITER ',', HEADER ${opts.header}, NULL '*', FREEZE true)`,
    createReadStream(file, { highWaterMark: 1 << 20, ...range }),
    check,
  );
  return check.rows;
}

/** The columns a PTP file's header names: the CSV layout's five, or those and the effective date. */
export async function ptpColumns(dataset: string, file: string): Promise<readonly string[]> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(256);
    const { bytesRead } = await fh.read(buf, 0, 256, 0);
    const first = buf
      .toString('latin1', 0, bytesRead)
      .split('\n')[0]!
      .replace(/^\uFEFF|\r$/g, '');
    const known = [PTP_HEADER, PTP_HEADER_EFFECTIVE].find((h) => h.join(',') === first);
    if (known) return known;
    throw new ImportError(
      dataset,
      1,
      null,
      `unexpected header "${first}" (expected ${PTP_HEADER.join(',')})`,
    );
  } finally {
    await fh.close();
  }
}

/** Loads a whole PTP file as the partition of `editionId` in one stream; returns the row count. */
export async function copyPtp(
  trx: Transaction<Database>,
  dataset: string,
  editionId: number,
  file: string,
  progress: Progress,
  columns: readonly string[] = PTP_HEADER,
): Promise<number> {
  const part = sql.raw(`ptp_edits_e${editionId}`);
  await sql`create table ${part} (like ptp_edits including defaults)`.execute(trx);
  await sql`alter table ${part} alter column edition_id set default ${sql.lit(editionId)},
    add constraint ${sql.raw(`ptp_edits_e${editionId}_edition_check`)} check (edition_id = ${sql.lit(editionId)})`.execute(
    trx,
  );
  const rows = await copyPtpLines(trx, dataset, `ptp_edits_e${editionId}`, file, progress, {
    header: true,
    columns,
  });
  // Index after load; the sort gets memory enough to stay in RAM, and attach adopts the index.
  await sql`set local maintenance_work_mem = '512MB'`.execute(trx);
  await sql`create index on ${part} (column1, column2)`.execute(trx);
  await sql`alter table ptp_edits attach partition ${part} for values in (${sql.lit(editionId)})`.execute(
    trx,
  );
  return rows;
}
