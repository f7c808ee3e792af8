// The files of a release as an operator gives them: files, folders (searched recursively) and zip
// archives (their entries, and the entries of zips inside them, as CMS nests PTP parts). Entries are
// extracted to a scratch folder only when they are to be loaded.
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../errors.js';
import type { ReleaseFile } from './release-plan.js';
import { openZipEntry, readZipDirectory, type ZipEntry } from './zip-reader.js';

export interface SourceFile extends ReleaseFile {
  /** A file on disk, or an entry of a zip on disk. */
  path: string;
  entry?: ZipEntry;
}

const isZip = (name: string) => /\.zip$/i.test(name);
const NESTING = 2;

/** Extracts a zip entry into `dir` (unique per call) and returns its path. */
async function extract(zip: string, entry: ZipEntry, dir: string, n: number): Promise<string> {
  const target = join(dir, String(n));
  await mkdir(target, { recursive: true });
  const path = join(target, basename(entry.name));
  await pipeline(await openZipEntry(zip, entry), createWriteStream(path));
  return path;
}

let extracted = 0;

async function zipFiles(zip: string, shownAs: string, scratch: string, depth: number): Promise<SourceFile[]> {
  const out: SourceFile[] = [];
  for (const entry of await readZipDirectory(zip)) {
    const name = basename(entry.name);
    const shown = `${shownAs}: ${entry.name}`;
    if (isZip(name) && depth < NESTING) {
      const inner = await extract(zip, entry, scratch, ++extracted);
      out.push(...(await zipFiles(inner, shown, scratch, depth + 1)));
    } else out.push({ shownAs: shown, name, path: zip, entry });
  }
  return out;
}

async function walk(path: string, shownAs: string, scratch: string): Promise<SourceFile[]> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new AppError('REFDATA.NO_SUCH_FILE', `${shownAs}: no such file or folder`, 404);
  if (info.isDirectory()) {
    const names = (await readdir(path)).sort();
    const nested = await Promise.all(names.map((n) => walk(join(path, n), join(shownAs, n), scratch)));
    return nested.flat();
  }
  if (isZip(path)) return zipFiles(path, shownAs, scratch, 0);
  return [{ shownAs, name: basename(path), path }];
}

/** Every file of the given paths; zips inside zips are extracted into `scratch` to be read. */
export async function releaseFiles(paths: readonly string[], scratch: string): Promise<SourceFile[]> {
  const lists = [];
  for (const p of paths) lists.push(await walk(p, p, scratch));
  return lists.flat();
}

/** A path to read the file from: the file itself, or its zip entry extracted into `scratch`. */
export async function materialise(file: SourceFile, scratch: string): Promise<string> {
  return file.entry ? extract(file.path, file.entry, scratch, ++extracted) : file.path;
}
