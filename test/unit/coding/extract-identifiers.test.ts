import { describe, expect, it } from 'vitest';
import { askedModifiers, extractMentions } from '../../../src/coding/extract.js';

const codes = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'modifier')
    .map((m) => m.code);

describe('plan, policy and CMS document numbers are not codes', () => {
  it('a group or policy number written without "#" yields nothing', () => {
    expect(codes('BCBS group 20610, policy 32555012, subscriber 99213. Denied 99214.')).toEqual(['99214']);
  });

  it('a CMS change request or transmittal number yields nothing', () => {
    expect(codes('Per CR 13044 and Transmittal 12345 (MLN Matters MM13044), is G2211 due on 99213?')).toEqual(
      ['G2211', '99213'],
    );
  });

  it('an LCD or article number is not an undotted diagnosis', () => {
    expect(codes('LCD L35936 and article A57206 list M48.061 for 62323')).toEqual(['M48.061', '62323']);
  });

  it('a ZIP after a city and state written without the comma yields nothing ("Houston TX 77030")', () => {
    expect(codes('Patient lives in Houston TX 77030; is 99214 paid differently?')).toEqual(['99214']);
  });

  it('a phone number after "phone:" stops at the end of its sentence', () => {
    expect(codes('phone: 5553255512. 20610 with 76942?')).toEqual(['20610', '76942']);
  });

  it('"claim no 76942" is a claim number even without the dot', () => {
    expect(codes('claim no 76942 was for 99213')).toEqual(['99213']);
  });

  it('the state after a city is not a modifier, with or without its ZIP', () => {
    const x = extractMentions(
      'Our Atlanta, GA 30322 and Macon, GA offices bill 99213. Is GA needed with an ABN?',
    );
    expect(codes('Our Atlanta, GA 30322 office bills 99213')).toEqual(['99213']);
    expect(askedModifiers(x)).toEqual(['GA']);
  });
});

describe('codes written loosely', () => {
  it('lower-case undotted diagnoses are read next to a diagnosis word or a dotted diagnosis', () => {
    expect(codes('dx e119 and i10 for 82947')).toEqual(['E11.9', 'I10', '82947']);
    expect(codes('is j91.8 right or should it be j90?')).toEqual(['J91.8', 'J90']);
    expect(codes('i10, e78.5, z79.899 with 80061 - order?')).toEqual(['I10', 'E78.5', 'Z79.899', '80061']);
  });

  it('lower-case letter-digit words elsewhere stay words, and "x50" stays a count', () => {
    expect(codes('the e119 form and the b12 level')).toEqual([]);
    expect(codes('G43.709 with JW x50')).toEqual(['G43.709']);
  });

  it('a code followed by "units" is still a code; a round count is not', () => {
    expect(codes('RE: 64483 units')).toEqual(['64483']);
    expect(codes('heparin 10000 units and 12000 patients')).toEqual([]);
  });
});
