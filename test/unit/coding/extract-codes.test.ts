import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/coding/extract.js';

const codes = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'modifier')
    .map((m) => [m.kind, m.code ?? `${m.from}-${m.to}`]);

describe('extracting codes by shape', () => {
  it('finds CPT, Category II and III, HCPCS Level II codes', () => {
    expect(codes('Bill 32555 with 1036F, 0581T, J1100, G0438 and A7042?')).toEqual([
      ['cpt', '32555'],
      ['cpt', '1036F'],
      ['cpt', '0581T'],
      ['hcpcs', 'J1100'],
      ['hcpcs', 'G0438'],
      ['hcpcs', 'A7042'],
    ]);
  });

  it('normalises ICD-10-CM to the dotted form, with placeholder X and seventh characters', () => {
    expect(codes('dx J918, J91.8, S96.919A, T39.1X1A and S72001A')).toEqual([
      ['icd10cm', 'J91.8'],
      ['icd10cm', 'J91.8'],
      ['icd10cm', 'S96.919A'],
      ['icd10cm', 'T39.1X1A'],
      ['icd10cm', 'S72.001A'],
    ]);
  });

  it('keeps ICD-10-CM categories such as J91, J90, M1A and I10', () => {
    expect(codes('Is J91 or J90 right, and M1A or I10?')).toEqual([
      ['icd10cm', 'J91'],
      ['icd10cm', 'J90'],
      ['icd10cm', 'M1A'],
      ['icd10cm', 'I10'],
    ]);
  });

  it('reads a letter and four digits as ICD-10-CM when the context is a diagnosis', () => {
    expect(codes('Patient dx E1165 on the claim')).toEqual([['icd10cm', 'E11.65']]);
  });

  it('reads wildcards: I50.-, E11.6-, 9925x, 992xx', () => {
    const m = extractMentions('Use I50.- or E11.6-, not 9925x or 992xx').mentions;
    expect(m.map((x) => [x.kind, x.code, x.from])).toEqual([
      ['wildcard', 'I50.-', 'I50'],
      ['wildcard', 'E11.6-', 'E11.6'],
      ['wildcard', '9925X', '9925'],
      ['wildcard', '992XX', '992'],
    ]);
  });

  it('reads ranges and expands their members into the look-up candidates', () => {
    const x = extractMentions('Were 64470-64476 deleted? And 99202 through 99205?');
    expect(x.mentions.map((m) => [m.kind, m.from, m.to])).toEqual([
      ['range', '64470', '64476'],
      ['range', '99202', '99205'],
    ]);
    expect(x.candidates).toEqual([
      '64470',
      '64471',
      '64472',
      '64473',
      '64474',
      '64475',
      '64476',
      '99202',
      '99203',
      '99204',
      '99205',
    ]);
  });

  it('reads a range wrapped once, but not across a blank line or a bulleted list', () => {
    expect(codes('Were 64470 -\n64476 deleted?')).toEqual([['range', '64470-64476']]);
    expect(codes('Billed:\n- 99213\n- 99214')).toEqual([
      ['cpt', '99213'],
      ['cpt', '99214'],
    ]);
    expect(codes('We billed 99213\n\nto 99214 next time?')).toEqual([
      ['cpt', '99213'],
      ['cpt', '99214'],
    ]);
  });

  it('treats a dash between codes of different families as an edit pair, not a range', () => {
    expect(codes('Is 32555-76942 an edit pair?')).toEqual([
      ['cpt', '32555'],
      ['cpt', '76942'],
    ]);
  });

  it('splits lists written with slashes and commas', () => {
    expect(codes('32554/32555/32556, 32557')).toEqual([
      ['cpt', '32554'],
      ['cpt', '32555'],
      ['cpt', '32556'],
      ['cpt', '32557'],
    ]);
  });

  it('reads ICD-10-PCS only where the context says so or the shape is unmistakable', () => {
    expect(codes('Inpatient ICD-10-PCS: 0W9930Z and BF101ZZ')).toEqual([
      ['icd10pcs', '0W9930Z'],
      ['icd10pcs', 'BF101ZZ'],
    ]);
  });

  it("keeps each mention's character span into the text given", () => {
    const text = 'Can 32555 go with J91.8?';
    for (const m of extractMentions(text).mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('ignores words that only look like codes: vitamin B12, T12 vertebra, N95 masks, lower-case h1n1', () => {
    expect(codes('Vitamin B12 shot, fracture at T12, N95 masks, h1n1 flu')).toEqual([]);
  });
});
