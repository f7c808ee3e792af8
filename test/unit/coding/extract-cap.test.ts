import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/coding/extract.js';
import { MAX_CODES } from '../../../src/coding/extract-limits.js';

/** "10000, 10001, ...": distinct CPT-shaped codes, none a range of the next. */
const codeList = (count: number, first = 10000) =>
  Array.from({ length: count }, (_, i) => String(first + i)).join(', ');

describe('codes per question are capped at what a human asks', () => {
  it('keeps the first 40 distinct codes, in the order written, and counts the rest', () => {
    const x = extractMentions(`Are these bundled: ${codeList(45)}?`);
    expect(MAX_CODES).toBe(40);
    expect(x.candidates).toEqual(codeList(40).split(', '));
    expect(x.codesOmitted).toBe(5);
  });

  it('leaves the mentions of omitted codes out, so nothing downstream looks them up', () => {
    const x = extractMentions(`${codeList(41)} and 10040-59 again`);
    expect(x.mentions.some((m) => m.code === '10040')).toBe(false);
    expect(x.mentions).toHaveLength(40);
  });

  it('counts a code written twice once, and keeps every mention of a kept code', () => {
    const x = extractMentions(`${codeList(40)}, 10000-59 and 10001 x2`);
    expect(x.codesOmitted).toBe(0);
    expect(x.mentions.filter((m) => m.code === '10000')).toHaveLength(2);
  });

  it('takes its limit from the options', () => {
    const x = extractMentions('99213, 20610, 76942 and J1100', { maxCodes: 2 });
    expect(x.candidates).toEqual(['99213', '20610']);
    expect(x.codesOmitted).toBe(2);
  });

  it('reads the subject first: its codes are kept before the body fills the cap', () => {
    const x = extractMentions({ subject: '99213 and G2211', body: codeList(50) });
    expect(x.candidates.slice(0, 2)).toEqual(['99213', 'G2211']);
    expect(x.candidates).toHaveLength(40);
  });

  it('turns the 21 KB mail of 3,000 codes (9 million pairs) into 40 codes (1,560 pairs)', () => {
    const mail = codeList(3000);
    expect(mail.length).toBeGreaterThan(20_000);
    const x = extractMentions(mail);
    expect(x.candidates).toHaveLength(40);
    expect(x.codesOmitted).toBe(2960);
    expect(x.candidates.length * (x.candidates.length - 1)).toBe(1560);
  });
});

describe('ranges count their members toward the cap', () => {
  it('expands 64470-64476 into its seven members, which count as seven codes', () => {
    const x = extractMentions('Were 64470-64476 deleted?', { maxCodes: 8 });
    expect(x.candidates).toEqual(['64470', '64471', '64472', '64473', '64474', '64475', '64476']);
    expect(extractMentions('64470-64476 and 99213', { maxCodes: 8 }).candidates).toHaveLength(8);
  });

  it('looks up a range whose members do not fit the room left by its two ends', () => {
    const x = extractMentions('99213, 99214 and 64470-64476?', { maxCodes: 5 });
    expect(x.candidates).toEqual(['99213', '99214', '64470', '64476']);
    expect(x.codesOmitted).toBe(0);
  });

  it('never expands a range like 10000-69999 into thousands of candidates', () => {
    const x = extractMentions('Anything from 10000 through 69999 in the surgery section?');
    expect(x.mentions.map((m) => [m.kind, m.from, m.to])).toEqual([['range', '10000', '69999']]);
    expect(x.candidates).toEqual(['10000', '69999']);
  });

  it('leaves out a range whose ends no longer fit, counting them', () => {
    const x = extractMentions(`${codeList(39)} and 64470-64476`);
    expect(x.mentions.some((m) => m.kind === 'range')).toBe(false);
    expect(x.codesOmitted).toBe(2);
  });
});
