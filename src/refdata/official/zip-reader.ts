// A small reader for the zip archives CMS and CDC publish (and for xlsx workbooks, which are zips):
// the central directory at the end of the file names each entry, its method (stored or deflated) and
// where its data starts; an entry is read back with inflateRaw and checked against its CRC-32.
// Zip64 sizes and offsets are read from the extra field. Spec: PKWARE APPNOTE.TXT, sections 4.3 and 4.5.
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { createInflateRaw, crc32 } from 'node:zlib';
import { AppError } from '../../errors.js';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  crc: number;
  /** Offset of the entry's local header. */
  offset: number;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;

const bad = (file: string, why: string) => new AppError('REFDATA.BAD_ZIP', `${file}: ${why}`, 422);

async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buf, 0, length, position);
  return buf.subarray(0, bytesRead);
}

/** Where the central directory lies and how many entries it holds (zip64 when the 32-bit fields overflow). */
async function directoryBounds(fh: FileHandle, size: number, file: string) {
  const tailStart = Math.max(0, size - (22 + MAX_COMMENT));
  const tail = await readAt(fh, tailStart, size - tailStart);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) throw bad(file, 'not a zip archive (no end of central directory)');
  let entries = tail.readUInt16LE(at + 10);
  let length = tail.readUInt32LE(at + 12);
  let offset = tail.readUInt32LE(at + 16);
  if (
    (entries === 0xffff || offset === 0xffffffff) &&
    at >= 20 &&
    tail.readUInt32LE(at - 20) === EOCD64_LOCATOR
  ) {
    const record = await readAt(fh, Number(tail.readBigUInt64LE(at - 20 + 8)), 56);
    entries = Number(record.readBigUInt64LE(32));
    length = Number(record.readBigUInt64LE(40));
    offset = Number(record.readBigUInt64LE(48));
  }
  return { entries, length, offset };
}

/** The zip64 extended information extra field replaces whichever 32-bit values are 0xFFFFFFFF. */
function zip64Values(extra: Buffer, values: number[]): number[] {
  for (let i = 0; i + 4 <= extra.length;) {
    const id = extra.readUInt16LE(i);
    const len = extra.readUInt16LE(i + 2);
    if (id === 0x0001) {
      let p = i + 4;
      return values.map((v) => {
        if (v !== 0xffffffff || p + 8 > i + 4 + len) return v;
        const big = Number(extra.readBigUInt64LE(p));
        p += 8;
        return big;
      });
    }
    i += 4 + len;
  }
  return values;
}

/** The archive's entries in directory order (folders left out). */
export async function readZipDirectory(file: string): Promise<ZipEntry[]> {
  const fh = await open(file, 'r');
  try {
    const { size } = await fh.stat();
    const bounds = await directoryBounds(fh, size, file);
    const dir = await readAt(fh, bounds.offset, bounds.length);
    const entries: ZipEntry[] = [];
    for (let i = 0, n = 0; n < bounds.entries; n++) {
      if (i + 46 > dir.length || dir.readUInt32LE(i) !== CENTRAL)
        throw bad(file, 'damaged central directory');
      const nameLen = dir.readUInt16LE(i + 28);
      const extraLen = dir.readUInt16LE(i + 30);
      const commentLen = dir.readUInt16LE(i + 32);
      const utf8 = (dir.readUInt16LE(i + 8) & 0x800) !== 0;
      const name = dir.toString(utf8 ? 'utf8' : 'latin1', i + 46, i + 46 + nameLen);
      const extra = dir.subarray(i + 46 + nameLen, i + 46 + nameLen + extraLen);
      const [size, compressedSize, offset] = zip64Values(extra, [
        dir.readUInt32LE(i + 24),
        dir.readUInt32LE(i + 20),
        dir.readUInt32LE(i + 42),
      ]);
      if (!name.endsWith('/'))
        entries.push({
          name,
          method: dir.readUInt16LE(i + 10),
          compressedSize: compressedSize!,
          size: size!,
          crc: dir.readUInt32LE(i + 16),
          offset: offset!,
        });
      i += 46 + nameLen + extraLen + commentLen;
    }
    return entries;
  } finally {
    await fh.close();
  }
}

/** Passes bytes through, then checks their count and CRC-32 against the directory's. */
class EntryCheck extends Transform {
  private crc = 0;
  private bytes = 0;
  constructor(
    private readonly entry: ZipEntry,
    private readonly file: string,
  ) {
    super();
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.crc = crc32(chunk, this.crc);
    this.bytes += chunk.length;
    done(null, chunk);
  }
  override _flush(done: TransformCallback): void {
    if (this.bytes !== this.entry.size || this.crc >>> 0 !== this.entry.crc >>> 0)
      return done(bad(this.file, `entry ${this.entry.name} is damaged (size or CRC-32 does not match)`));
    done();
  }
}

/** The entry's uncompressed bytes as a stream. */
export async function openZipEntry(file: string, entry: ZipEntry): Promise<Readable> {
  if (entry.method !== 0 && entry.method !== 8)
    throw bad(
      file,
      `entry ${entry.name} uses compression method ${entry.method} (only stored and deflated are read)`,
    );
  const fh = await open(file, 'r');
  let header: Buffer;
  try {
    header = await readAt(fh, entry.offset, 30);
  } finally {
    await fh.close();
  }
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL)
    throw bad(file, `entry ${entry.name}: no local header`);
  const start = entry.offset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (entry.compressedSize === 0) return Readable.from([]).pipe(new EntryCheck(entry, file));
  const raw = createReadStream(file, {
    start,
    end: start + entry.compressedSize - 1,
    highWaterMark: 1 << 20,
  });
  const check = new EntryCheck(entry, file);
  if (entry.method === 0) return raw.pipe(check);
  const inflate = createInflateRaw({ chunkSize: 1 << 20 });
  raw.on('error', (err) => inflate.destroy(err));
  inflate.on('error', (err) => check.destroy(bad(file, `entry ${entry.name}: ${err.message}`)));
  return raw.pipe(inflate).pipe(check);
}

/** The entry's uncompressed bytes. */
export async function readZipEntry(file: string, entry: ZipEntry): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await openZipEntry(file, entry)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
