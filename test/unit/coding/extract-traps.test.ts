import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/coding/extract.js';

const codes = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'modifier')
    .map((m) => m.code);

describe('numbers that are not codes', () => {
  it('a phone number and its extension yield nothing (ex-13)', () => {
    expect(
      codes('Please call me back at 555-32555 ext 76942 or reply here. Does 62328 include 77003?'),
    ).toEqual(['62328', '77003']);
  });

  it('phone numbers in every common writing yield nothing', () => {
    expect(codes('(555) 325-5576, 312.555.7694 x76942, 1-800-632-5554, fax 555 325 5555')).toEqual([]);
  });

  it('ZIP codes in an address, ZIP+4 and "zip code 90210" yield nothing', () => {
    expect(codes('Nashville, TN 37202; Denver, CO 80203-1234; zip code 90210; PO Box 32555')).toEqual([]);
  });

  it('dates yield no codes', () => {
    expect(codes('Seen 03/04/2025, 2025-03-04, 12-19-2024 and March 4, 2025')).toEqual([]);
  });

  it('amounts, NPIs and long claim numbers yield nothing', () => {
    expect(codes('Paid $32,555.00 and $99213; NPI 1234567893; ICN 2225034123456')).toEqual([]);
  });

  it('amounts without a dollar sign yield nothing, however long the list of numbers before them', () => {
    expect(codes('Allowed 12,345.00, billed 32555 dollars; counts 1,2,3,4,5,6,99,10,000.50')).toEqual([]);
  });

  it('claim, member, account and reference numbers yield nothing', () => {
    expect(codes('Claim # 99215, Member ID: J1100A, Acct 45378, MRN 20610, Ref no. 76942')).toEqual([]);
  });

  it('claim adjustment reason codes never become codes or modifiers', () => {
    const x = extractMentions('Denied CO-97 and PR-204 on 76942');
    expect(x.mentions.map((m) => m.code)).toEqual(['76942']);
  });

  it('remark codes N290, MA130 and M80 are ignored near remittance words', () => {
    expect(codes('EOB remark N290, MA130 and M80 on the 99214 line')).toEqual(['99214']);
  });

  it('a dotted diagnosis stays a diagnosis even in a denial', () => {
    expect(codes('Claim denied for dx N39.0 on 81001')).toEqual(['N39.0', '81001']);
  });

  it('counts are not codes: "10000 units"', () => {
    expect(codes('Heparin 10000 units')).toEqual([]);
  });
});
