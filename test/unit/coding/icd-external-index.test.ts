import { describe, expect, it } from 'vitest';
import { factsParams } from '../../../src/coding/icd-facts.js';
import { diagnosticWords } from '../../../src/coding/icd-index-words.js';
import { walkIndex, type IndexRow } from '../../../src/coding/icd-index-walk.js';
import { indexRow } from './index-rows.js';

const external = (row: IndexRow): IndexRow => ({ ...row, source: 'external' });

// A slice of the External Cause Index under "Fall, falling" and "Bite, bitten by", beside the
// Alphabetic Index's "Sprain".
const FALL = [
  indexRow(101, 0, 'Fall, falling', 'Fall, falling', 'W19'),
  indexRow(101, 1, 'in, on', 'Fall, falling, in, on', null),
  indexRow(101, 2, 'chair', 'Fall, falling, in, on, chair', 'W07'),
  indexRow(101, 2, 'ladder', 'Fall, falling, in, on, ladder', 'W11'),
].map(external);
const SPRAIN = [
  indexRow(102, 0, 'Sprain', 'Sprain', null),
  indexRow(102, 1, 'ankle', 'Sprain, ankle', 'S93.40-'),
];

const walk = (text: string, rows: IndexRow[]) => walkIndex(diagnosticWords(text), rows);

describe('the External Cause Index, walked when the question tells how an injury happened', () => {
  it('leads from the event to its external cause code, named as from that index', () => {
    expect(walk('fall from a ladder', FALL)).toEqual([
      expect.objectContaining({
        code: 'W11',
        source: 'external',
        path: 'Fall, falling, in, on, ladder',
      }),
    ]);
  });

  it('stands beside the injury found in the Alphabetic Index', () => {
    const codes = walk('sprained ankle in a fall from a chair', [...SPRAIN, ...FALL]).map((s) => s.code);
    expect(codes).toEqual(expect.arrayContaining(['S93.40', 'W07']));
  });

  it('is read only when the question speaks of an injury or its cause', () => {
    const kinds = (text: string) =>
      factsParams({ text, dos: '2026-06-01', walk: true, pcsSearch: false, icdCodes: [], pcsCodes: [] })
        .params.indexKinds;
    expect(kinds('Dx for a fall from a ladder at home')).toEqual(['alpha', 'external']);
    expect(kinds('Type 2 diabetes with CKD stage 3a')).toEqual(['alpha']);
  });

  it("is covered apart from the injury's entry: the same words lead to both (dog bite: S61.45- and W54.0)", () => {
    const rows = [
      indexRow(201, 0, 'Bite', 'Bite', null),
      indexRow(201, 1, 'hand', 'Bite, hand', 'S61.45-'),
      ...[
        indexRow(202, 0, 'Bite, bitten by', 'Bite, bitten by', null),
        indexRow(202, 1, 'dog', 'Bite, bitten by, dog', 'W54.0'),
      ].map(external),
    ];
    expect(walk('dog bite of the hand', rows).map((s) => s.code)).toEqual(['S61.45', 'W54.0']);
  });
});

describe('an unspecified code beside a specified sibling reached by other words', () => {
  it('gives way to it (unspecified open wound of hand beside open bite of hand)', () => {
    const rows = [
      indexRow(301, 0, 'Bite', 'Bite', null),
      indexRow(301, 1, 'hand', 'Bite, hand', 'S61.45-'),
      indexRow(302, 0, 'Wound, open', 'Wound, open', null),
      indexRow(302, 1, 'hand', 'Wound, open, hand', 'S61.40-'),
    ];
    expect(walk('open wound of the hand from a bite', rows).map((s) => s.code)).toEqual(['S61.45']);
  });
});

describe('the Alphabetic Index read as a coder reads it', () => {
  it('a fracture is traumatic unless called otherwise, and a bone may be named by its adjective', () => {
    const rows = [
      indexRow(401, 0, 'Fracture, pathological', 'Fracture, pathological', null),
      indexRow(401, 1, 'radius', 'Fracture, pathological, radius', 'M84.43-'),
      indexRow(402, 0, 'Fracture, traumatic', 'Fracture, traumatic', 'T14.8'),
      indexRow(402, 1, 'radius', 'Fracture, traumatic, radius', 'S52.9-'),
      indexRow(402, 2, 'head', 'Fracture, traumatic, radius, head', 'S52.12-'),
    ];
    expect(walk('displaced fracture of the radial head', rows).map((s) => s.code)).toEqual(['S52.12']);
  });

  it('a subterm carrying its own code is a condition the question must name, not a connector', () => {
    const rows = [
      indexRow(501, 0, 'Gout, gouty', 'Gout, gouty', 'M10.9'),
      indexRow(501, 1, 'in', 'Gout, gouty, in', 'M10.30', null, '(due to)'),
      indexRow(501, 2, 'knee', 'Gout, gouty, in, knee', 'M10.36-'),
    ];
    expect(walk('acute gout of the left knee', rows).map((s) => s.code)).not.toContain('M10.36');
  });

  it('an entry accounting for fewer of the words, all named by another, is the less specific one', () => {
    const rows = [
      indexRow(601, 0, 'Delirium', 'Delirium', 'R41.0'),
      indexRow(601, 1, 'alcoholic', 'Delirium, alcoholic', 'F10.921', null, '(withdrawal)'),
      indexRow(602, 0, 'Dependence', 'Dependence', null),
      indexRow(602, 1, 'alcohol', 'Dependence, alcohol', 'F10.20'),
      indexRow(602, 2, 'with', 'Dependence, alcohol, with', null),
      indexRow(602, 3, 'withdrawal', 'Dependence, alcohol, with, withdrawal', 'F10.239'),
      indexRow(602, 4, 'with', 'Dependence, alcohol, with, withdrawal, with', null),
      indexRow(602, 5, 'delirium', 'Dependence, alcohol, with, withdrawal, with, delirium', 'F10.231'),
    ];
    expect(walk('alcohol dependence with withdrawal delirium', rows).map((s) => s.code)).toEqual(['F10.231']);
  });
});
