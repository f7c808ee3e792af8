// The shared real-world messages (../shared/emails) with their category from INDEX.tsv.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const SHARED_DIR = path.resolve(import.meta.dirname, '..', '..', '..', 'shared');

export interface SharedEmail {
  path: string;
  category: string;
  note: string;
  raw: Buffer;
}

export function sharedEmails(): SharedEmail[] {
  const index = readFileSync(path.join(SHARED_DIR, 'emails', 'INDEX.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1);
  return index.map((line) => {
    const [file, , , , category, note] = line.split('\t');
    return {
      path: file!,
      category: category!,
      note: note ?? '',
      raw: readFileSync(path.join(SHARED_DIR, file!)),
    };
  });
}
