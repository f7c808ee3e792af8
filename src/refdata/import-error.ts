// An import that stops on bad input: names the file line, the column and why, so an operator can fix
// the file. Nothing of the file is kept (the whole file is one transaction).
import { AppError } from '../errors.js';

export class ImportError extends AppError {
  constructor(
    readonly dataset: string,
    readonly line: number | null,
    readonly column: string | null,
    readonly reason: string,
  ) {
    const where = [line !== null ? `line ${line}` : null, column ? `column "${column}"` : null]
      .filter(Boolean)
      .join(', ');
    super('REFDATA.BAD_FILE', `${dataset}: ${where ? `${where}: ` : ''}${reason}; nothing was loaded`, 422);
  }
}

/** A bad value in one field; the importer adds the line number. */
export class FieldError extends Error {
  constructor(
    readonly column: string,
    readonly reason: string,
  ) {
    super(`column "${column}": ${reason}`);
  }
}
