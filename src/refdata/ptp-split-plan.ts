// Where to cut a PTP file so that its parts can be loaded side by side: near equal byte offsets, moved
// forward to the first line whose column1 differs from the line before, so that each column1 lives in
// exactly one part and each part is a column1 range [lo, hi) of a RANGE partition. Only the bytes near
// each cut are read; the loaders check every line of their part against its range.
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

/** A byte range of the file; `lo`/`hi` bound its column1 (null: open end). */
export interface PtpSlice {
  start: number;
  end: number;
  lo: string | null;
  hi: string | null;
}

/** A valid line whose column1 lies outside its slice: the file is not sorted the way the split assumed. */
export class PtpOutOfRange extends Error {}
/** Another slice failed first; this one stops without a verdict of its own. */
export class PtpSliceStopped extends Error {}

const WINDOW = 1 << 16;
const NL = 0x0a;

/** column1 of a line: the bytes before its first comma (latin1, like the line check). */
const codeOf = (line: Buffer) => {
  const comma = line.indexOf(0x2c);
  return line.toString('latin1', 0, comma < 0 ? line.length : comma);
};

/** Lines of the file from `from`, each with its start offset; null at the end of the file. */
async function* linesFrom(fh: FileHandle, from: number): AsyncGenerator<{ at: number; line: Buffer }> {
  let pos = from;
  let carry = Buffer.alloc(0);
  for (;;) {
    const buf = Buffer.alloc(WINDOW);
    const { bytesRead } = await fh.read(buf, 0, WINDOW, pos);
    if (bytesRead === 0) return; // a last line without newline is never a cut
    const data = Buffer.concat([carry, buf.subarray(0, bytesRead)]);
    const base = pos - carry.length;
    let s = 0;
    for (let nl = data.indexOf(NL); nl >= 0; nl = data.indexOf(NL, s)) {
      yield { at: base + s, line: data.subarray(s, nl) };
      s = nl + 1;
    }
    carry = data.subarray(s);
    pos += bytesRead;
  }
}

/** The first line start after `target` where column1 changes, with both codes; null when there is none. */
async function cutAfter(
  fh: FileHandle,
  target: number,
): Promise<{ at: number; before: string; code: string } | null> {
  let before: string | null = null;
  let first = true;
  for await (const { at, line } of linesFrom(fh, target)) {
    if (first) {
      first = false; // the partial line the target fell into (or the header)
      continue;
    }
    const code = codeOf(line);
    if (before !== null && code !== before) return { at, before, code };
    before = code;
  }
  return null;
}

/**
 * Up to `parts` slices of `file` (`size` bytes), or null when the file cannot be cut that way: fewer
 * than two cuts, or a cut where column1 goes down (the file is not sorted by column1).
 */
export async function planPtpSplit(file: string, size: number, parts: number): Promise<PtpSlice[] | null> {
  const fh = await open(file, 'r');
  try {
    const cuts: { at: number; code: string }[] = [];
    for (let k = 1; k < parts; k++) {
      const from = Math.max(Math.floor((size * k) / parts), cuts.at(-1)?.at ?? 0);
      const cut = await cutAfter(fh, from);
      if (!cut) break;
      if (cut.code < cut.before) return null;
      if (cut.at > (cuts.at(-1)?.at ?? 0)) cuts.push(cut);
    }
    if (!cuts.length) return null;
    const edges = [{ at: 0, code: null as string | null }, ...cuts, { at: size, code: null }];
    return edges
      .slice(0, -1)
      .map((e, i) => ({ start: e.at, end: edges[i + 1]!.at, lo: e.code, hi: edges[i + 1]!.code }));
  } finally {
    await fh.close();
  }
}

/** Lines before byte `offset`: counted only when an error in a later part needs its absolute line. */
export async function linesBefore(file: string, offset: number): Promise<number> {
  if (offset <= 0) return 0;
  let n = 0;
  for await (const chunk of createReadStream(file, { start: 0, end: offset - 1, highWaterMark: 1 << 20 })) {
    for (let i = (chunk as Buffer).indexOf(NL); i >= 0; i = (chunk as Buffer).indexOf(NL, i + 1)) n++;
  }
  return n;
}
