// A PDF's text as `pdftotext -layout` reads it (Debian poppler-utils, installed by src/stack/stack.sh):
// the layout mode keeps each heading's marker on the heading's line.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { AppError } from '../../errors.js';

const run = promisify(execFile);

export async function pdfText(file: string): Promise<string> {
  try {
    const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
      maxBuffer: 64 << 20,
    });
    return stdout;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT')
      throw new AppError(
        'REFDATA.NO_PDFTOTEXT',
        'pdftotext is missing: install poppler-utils (npm run stack -- up does)',
      );
    throw err;
  }
}
