// A Bloom filter of one PTP edition's (column 1, column 2) pairs. A question with 10 procedure codes
// has 90 ordered pairs, and most have no edit; probing the index for each was a third of the 10-code
// look-up on the server. The filter answers "certainly no edit" for all but ~1% of the pairs without
// edits, so refdata_lookup probes only the rest. It never answers "no" for a pair it holds: a pair it
// cannot vouch for (a code outside [0-9A-Z], which no loaded PTP file has) is always probed.
//
// A pair hashes as the bytes of `column1 TAB column2`, which is also how COPY's text format writes the
// two columns, so a filter can be built from the COPY stream without making strings.

/** How a filter's bits are laid out; a stored filter of another scheme is built again. */
export const PAIR_FILTER_SCHEME = 'fnv1a32+fmix32/double-hashing/multiply-scaled/v1';

/** ~0.8% false positives at 10 bits per pair and 7 hashes. */
const BITS_PER_PAIR = 10;
const HASHES = 7;
const TAB = 0x09;

export interface CodePairs {
  column1: string[];
  column2: string[];
}

export class PairFilter {
  private constructor(
    readonly bits: Uint32Array,
    readonly hashes: number,
  ) {}

  /** An empty filter sized for `pairs` entries. */
  static forPairs(pairs: number): PairFilter {
    return new PairFilter(new Uint32Array(Math.max(1, Math.ceil((pairs * BITS_PER_PAIR) / 32))), HASHES);
  }

  /** A filter as stored (see `toBytes`). */
  static fromBytes(bytes: Uint8Array, hashes: number): PairFilter {
    if (bytes.byteLength === 0 || bytes.byteLength % 4 || !Number.isInteger(hashes) || hashes < 1) {
      throw new Error(`not a pair filter: ${bytes.byteLength} bytes, ${hashes} hashes`);
    }
    const copy = new Uint8Array(bytes); // aligned, and detached from the caller's (possibly pooled) buffer
    return new PairFilter(new Uint32Array(copy.buffer, 0, copy.byteLength / 4), hashes);
  }

  /** The bit array's bytes (the platform's byte order: little-endian on every machine Node supports). */
  toBytes(): Uint8Array {
    return new Uint8Array(this.bits.buffer, this.bits.byteOffset, this.bits.byteLength);
  }

  /** Adds the pair written as bytes [start, end) of `buf`: column 1, a tab, column 2. */
  addBytes(buf: Uint8Array, start: number, end: number): void {
    let h = FNV_OFFSET;
    for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i]!, FNV_PRIME);
    this.set(h);
  }

  add(column1: string, column2: string): void {
    const h = hashPair(column1, column2);
    if (h === null) throw new Error(`not a PTP code pair: ${column1}, ${column2}`);
    this.set(h);
  }

  /** False only when the pair is certainly not in the edition. */
  mayHave(column1: string, column2: string): boolean {
    const h = hashPair(column1, column2);
    return h === null || this.test(h);
  }

  /** The ordered pairs of different codes among `codes` that may be in the edition. */
  pairsAmong(codes: readonly string[]): CodePairs {
    const pairs: CodePairs = { column1: [], column2: [] };
    // each code's hash as column 1 (with the tab), continued over each column 2
    const prefixes = codes.map(hashColumn1);
    for (let i = 0; i < codes.length; i++) {
      const after = prefixes[i]!;
      for (let j = 0; j < codes.length; j++) {
        if (codes[i] === codes[j]) continue;
        const h = after === null ? null : hashFrom(after, codes[j]!);
        if (h === null || this.test(h)) {
          pairs.column1.push(codes[i]!);
          pairs.column2.push(codes[j]!);
        }
      }
    }
    return pairs;
  }

  private test(h: number): boolean {
    const [h1, h2] = spread(h);
    for (let i = 0; i < this.hashes; i++) {
      const bit = this.bitOf(h1, h2, i);
      if ((this.bits[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }

  private set(h: number): void {
    const [h1, h2] = spread(h);
    for (let i = 0; i < this.hashes; i++) {
      const bit = this.bitOf(h1, h2, i);
      this.bits[bit >>> 5] = this.bits[bit >>> 5]! | (1 << (bit & 31));
    }
  }

  /** The i-th bit of a pair: a 32-bit hash scaled to the bit count by a multiply (a modulo of doubles
   * was most of the look-up's 90 checks). IEEE arithmetic is deterministic, so every process agrees,
   * and the result stays below the bit count. */
  private bitOf(h1: number, h2: number, i: number): number {
    return Math.floor(((h1 + Math.imul(i, h2)) >>> 0) * this.bits.length * TO_WORDS);
  }
}

/** Feeds a filter COPY text lines (`column1 TAB column2 LF`) arriving in chunks cut anywhere. */
export class PairLineReader {
  private rest: Buffer | null = null;
  /** Lines read so far. */
  lines = 0;

  constructor(private readonly filter: PairFilter) {}

  push(chunk: Buffer): void {
    const buf = this.rest ? Buffer.concat([this.rest, chunk]) : chunk;
    let start = 0;
    for (let lf = buf.indexOf(LF); lf !== -1; lf = buf.indexOf(LF, start)) {
      this.filter.addBytes(buf, start, lf);
      this.lines++;
      start = lf + 1;
    }
    // a line cut by the chunk's end waits for the rest (copied: the caller may reuse its buffer)
    this.rest = start < buf.length ? Buffer.from(buf.subarray(start)) : null;
  }

  /** Throws when the stream stopped inside a line. */
  end(): void {
    if (this.rest) throw new Error(`the pairs ended mid-line ("${this.rest.toString('latin1')}")`);
  }
}

const LF = 0x0a;
const FNV_OFFSET = 0x811c9dc5;
/** 32 bits a word, over 2^32 hash values. */
const TO_WORDS = 32 / 2 ** 32;
const FNV_PRIME = 0x01000193;

/** FNV-1a continued from `h` over `code`; null when it has a character COPY would not write as one byte. */
/** The hash of `column1 TAB`, from which every pair with that column 1 continues. */
function hashColumn1(column1: string): number | null {
  const h = hashFrom(FNV_OFFSET, column1);
  return h === null ? null : Math.imul(h ^ TAB, FNV_PRIME);
}

function hashPair(column1: string, column2: string): number | null {
  const after = hashColumn1(column1);
  return after === null ? null : hashFrom(after, column2);
}

function hashFrom(h: number, code: string): number | null {
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (!isCodeChar(c)) return null;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h;
}

/** 0-9 and A-Z: the characters of every PTP code (the importer refuses any other). */
const isCodeChar = (c: number) => (c - 0x30) >>> 0 <= 9 || (c - 0x41) >>> 0 <= 25;

/** Two independent-looking hashes from one (double hashing); the second is odd, so never zero. */
function spread(h: number): [number, number] {
  const h1 = fmix(h);
  return [h1, (fmix(h1 ^ 0x9e3779b9) | 1) >>> 0];
}

/** murmur3's finalizer: FNV-1a's last bytes reach few of its high bits. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
