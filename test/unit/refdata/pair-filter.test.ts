import { describe, expect, it } from 'vitest';
import { PairFilter, PairLineReader } from '../../../src/refdata/pair-filter.js';

/** A deterministic stream of PTP-shaped codes: five characters of 0-9 and A-Z. */
function codes(n: number, seed: number): string[] {
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let code = '';
    for (let j = 0; j < 5; j++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      code += alphabet[(x >>> 16) % 36];
    }
    out.push(code);
  }
  return out;
}

const held = codes(40_000, 1);
const heldPairs = Array.from({ length: 20_000 }, (_, i) => [held[2 * i]!, held[2 * i + 1]!] as const);

function filterOf(pairs: readonly (readonly [string, string])[]): PairFilter {
  const filter = PairFilter.forPairs(pairs.length);
  for (const [a, b] of pairs) filter.add(a, b);
  return filter;
}

describe('PairFilter', () => {
  const filter = filterOf(heldPairs);

  it('never rules out a pair it holds', () => {
    expect(heldPairs.filter(([a, b]) => !filter.mayHave(a, b))).toEqual([]);
  });

  it('rules out all but about 1% of the pairs it does not hold', () => {
    const others = codes(40_000, 2);
    let passed = 0;
    for (let i = 0; i < others.length; i += 2) if (filter.mayHave(others[i]!, others[i + 1]!)) passed++;
    expect(passed / (others.length / 2)).toBeLessThan(0.02);
  });

  it('keeps the order of a pair: column 1 and column 2 are not interchangeable', () => {
    const reversed = heldPairs.filter(([a, b]) => filter.mayHave(b, a)).length;
    expect(reversed / heldPairs.length).toBeLessThan(0.02);
  });

  it('reads pairs from COPY text lines (column 1, a tab, column 2) as it reads them from strings', () => {
    const fromBytes = PairFilter.forPairs(heldPairs.length);
    const text = Buffer.from(heldPairs.map(([a, b]) => `${a}\t${b}\n`).join(''));
    let start = 0;
    for (let lf = text.indexOf(0x0a); lf !== -1; lf = text.indexOf(0x0a, start)) {
      fromBytes.addBytes(text, start, lf);
      start = lf + 1;
    }
    expect(Buffer.from(fromBytes.toBytes()).equals(Buffer.from(filter.toBytes()))).toBe(true);
  });

  it('never rules out a pair with a code it cannot hash as COPY writes it', () => {
    const empty = PairFilter.forPairs(10);
    expect(empty.mayHave('32555', '76942')).toBe(false);
    expect(empty.mayHave('3255é', '76942')).toBe(true);
    expect(empty.mayHave('32555', '7694-')).toBe(true);
    expect(() => empty.add('32555', '76 42')).toThrow(/not a PTP code pair/);
  });

  it('lists the ordered pairs of different codes that may have an edit, and nothing else', () => {
    const small = filterOf([
      ['32555', '76942'],
      ['32555', '32554'],
      ['64483', '64484'],
    ]);
    const pairs = small.pairsAmong(['32554', '32555', '76942', '76604']);
    const listed = pairs.column1.map((c1, i) => `${c1}>${pairs.column2[i]}`);
    expect(listed).toEqual(expect.arrayContaining(['32555>76942', '32555>32554']));
    expect(listed.filter((p) => p.slice(0, 5) === p.slice(6))).toEqual([]);
    // whatever else is listed is a false positive the filter also admits one pair at a time
    for (const p of listed) expect(small.mayHave(p.slice(0, 5), p.slice(6))).toBe(true);
    expect(listed.length).toBeLessThan(5); // of 12 ordered pairs
  });

  it('comes back from its stored bytes unchanged, from any offset of a larger buffer', () => {
    const stored = Buffer.concat([Buffer.from([7]), Buffer.from(filter.toBytes())]).subarray(1);
    const copy = PairFilter.fromBytes(stored, filter.hashes);
    expect(heldPairs.every(([a, b]) => copy.mayHave(a, b))).toBe(true);
    expect(Buffer.from(copy.toBytes()).equals(Buffer.from(filter.toBytes()))).toBe(true);
  });

  it('refuses stored bytes that cannot be a filter', () => {
    expect(() => PairFilter.fromBytes(new Uint8Array(0), 7)).toThrow(/not a pair filter/);
    expect(() => PairFilter.fromBytes(new Uint8Array(6), 7)).toThrow(/not a pair filter/);
    expect(() => PairFilter.fromBytes(new Uint8Array(8), 0)).toThrow(/not a pair filter/);
  });
});

describe('PairLineReader', () => {
  const pairs = heldPairs.slice(0, 6);
  const text = Buffer.from(pairs.map(([a, b]) => `${a}\t${b}\n`).join(''));
  const expected = Buffer.from(filterOf(pairs).toBytes());

  it('reads the same pairs wherever the COPY stream is cut, in two chunks or three', () => {
    for (let i = 0; i <= text.length; i++) {
      for (const j of [i, Math.min(text.length, i + 1), Math.min(text.length, i + 7)]) {
        const filter = PairFilter.forPairs(pairs.length);
        const reader = new PairLineReader(filter);
        for (const chunk of [text.subarray(0, i), text.subarray(i, j), text.subarray(j)])
          reader.push(Buffer.from(chunk));
        reader.end();
        expect(reader.lines).toBe(pairs.length);
        expect(Buffer.from(filter.toBytes()).equals(expected)).toBe(true);
      }
    }
  });

  it('refuses a stream that stops inside a line', () => {
    const reader = new PairLineReader(PairFilter.forPairs(1));
    reader.push(Buffer.from('32555\t76942\n32555\t769'));
    expect(() => reader.end()).toThrow(/ended mid-line/);
  });
});
