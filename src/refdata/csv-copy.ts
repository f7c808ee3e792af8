// Generic streaming importer: csv-parse -> validate and map each record -> COPY text -> table.
// Any bad record aborts the COPY (and so the file's transaction) with its line and column.
import { createReadStream } from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import type { Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import { copyIn, copyTextLine } from './copy-in.js';
import type { CsvFormat, DatasetSpec, RowMapper } from './dataset.types.js';
import { Fields } from './fields.js';
import { FieldError, ImportError } from './import-error.js';
import type { Progress } from './progress.js';

interface Parsed {
  record: string[];
  info: { lines: number };
}

class RecordMapper extends Transform {
  rows = 0;
  private reported = 0;
  private fields: Fields | null = null;
  private mapper: RowMapper | null = null;
  private width = 0;
  // Rows are pushed in ~64 KB batches: one COPY message per row costs more than parsing it.
  private batch = '';

  constructor(
    private readonly spec: DatasetSpec,
    private readonly editionId: number,
    private readonly progress: Progress,
  ) {
    super({ readableObjectMode: false, writableObjectMode: true });
    if (spec.headerless) this.choose(spec.formats[0]!);
  }

  private choose(format: CsvFormat): void {
    this.fields = new Fields(format.header);
    this.mapper = format.mapper();
    this.width = format.header.length;
  }

  override _transform({ record, info }: Parsed, _enc: BufferEncoding, done: TransformCallback): void {
    try {
      if (!this.fields) {
        const names = record.map((h) => h.trim().replace(/^\uFEFF/, ''));
        const format = this.spec.formats.find((f) => f.header.join(',') === names.join(','));
        if (!format) {
          const expected = this.spec.formats.map((f) => f.header.join(',')).join(' or ');
          throw new ImportError(
            this.spec.dataset,
            info.lines,
            null,
            `unexpected header "${names.join(',')}" (expected ${expected})`,
          );
        }
        this.choose(format);
        return done();
      }
      if (record.length !== this.width) {
        throw new ImportError(
          this.spec.dataset,
          info.lines,
          null,
          `expected ${this.width} columns, found ${record.length} (truncated or malformed line?)`,
        );
      }
      const values = this.mapper!(this.fields.use(record));
      this.rows++;
      this.batch += copyTextLine([this.editionId, ...values]);
      if (this.batch.length > 65536) this.pushBatch();
      done();
    } catch (err) {
      done(
        err instanceof FieldError
          ? new ImportError(this.spec.dataset, info.lines, err.column, err.reason)
          : (err as Error),
      );
    }
  }

  override _flush(done: TransformCallback): void {
    if (!this.fields) return done(new ImportError(this.spec.dataset, 1, null, 'the file is empty'));
    this.pushBatch();
    done();
  }

  private pushBatch(): void {
    if (!this.batch) return;
    this.push(this.batch);
    this.batch = '';
    this.progress.rows(this.rows - this.reported);
    this.reported = this.rows;
  }
}

/** COPYs `file` into the dataset's table under `editionId`; returns the row count. */
export async function copyCsv(
  trx: Transaction<Database>,
  spec: DatasetSpec,
  editionId: number,
  file: string,
  progress: Progress,
): Promise<number> {
  const tab = spec.delimiter === '\t';
  const parser = parse({
    delimiter: spec.delimiter ?? ',',
    bom: true,
    info: true,
    skip_empty_lines: true,
    // AMA tab files are unquoted; descriptors may contain quote characters.
    quote: tab ? false : '"',
    relax_column_count: true,
  });
  const mapper = new RecordMapper(spec, editionId, progress);
  const source = createReadStream(file).on('data', (chunk) => progress.bytes(chunk.length));
  const columns = ['edition_id', ...spec.columns].join(', ');
  try {
    await copyIn(trx, `COPY ${spec.table} (${columns}) FROM STDIN`, source, parser, mapper);
  } catch (err) {
    if (err instanceof CsvError) {
      const line = (err as CsvError & { lines?: number }).lines ?? null;
      throw new ImportError(spec.dataset, line, null, err.message);
    }
    throw err;
  }
  return mapper.rows;
}
