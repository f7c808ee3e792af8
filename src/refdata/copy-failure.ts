// Turns a PostgreSQL COPY rejection into an ImportError naming the line: PostgreSQL reports
// "COPY <table>, line N, column c" in the error's `where` (for the PTP pass-through N is the file line,
// header included; for the generic path it is the N-th data row).
import { ImportError } from './import-error.js';

interface PgError {
  code?: string;
  message: string;
  where?: string;
}

export function csvCopyFailure(dataset: string, err: unknown): never {
  if (err instanceof ImportError) throw err;
  const pg = err as PgError;
  const where = /COPY \S+, line (\d+)(?:, column (\w+))?/.exec(pg.where ?? '');
  if (pg.code && where) throw new ImportError(dataset, Number(where[1]), where[2] ?? null, pg.message);
  throw err;
}
