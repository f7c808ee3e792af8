import { describe, expect, it } from 'vitest';
import { diagnosticWords } from '../../../src/coding/icd-index-words.js';
import { walkIndex, type IndexRow } from '../../../src/coding/icd-index-walk.js';

let id = 100;
const row = (
  main: number,
  level: number,
  term: string,
  path: string,
  code: string | null,
  see: string | null = null,
): IndexRow => ({
  source: 'index',
  main,
  rowId: ++id,
  level,
  term,
  see,
  nonessential: null,
  code,
  path,
});

// The two fracture main terms of the Alphabetic Index, as the data files them: the traumatic one's
// "see" references name "Fracture, femur, ..." without its qualifier.
const PATHOLOGICAL = 1;
const TRAUMATIC = 2;
const FRACTURE = [
  row(PATHOLOGICAL, 0, 'Fracture, pathological', 'Fracture, pathological', null),
  row(PATHOLOGICAL, 1, 'hip', 'Fracture, pathological, hip', 'M84.459'),
  row(TRAUMATIC, 0, 'Fracture, traumatic', 'Fracture, traumatic', 'T14.8'),
  row(TRAUMATIC, 1, 'femur, femoral', 'Fracture, traumatic, femur, femoral', 'S72.9-'),
  row(
    TRAUMATIC,
    2,
    'neck',
    'Fracture, traumatic, femur, femoral, neck',
    null,
    'Fracture, femur, upper end, neck',
  ),
  row(TRAUMATIC, 2, 'upper end', 'Fracture, traumatic, femur, femoral, upper end', 'S72.10-'),
  row(TRAUMATIC, 3, 'neck', 'Fracture, traumatic, femur, femoral, upper end, neck', 'S72.00-'),
  row(TRAUMATIC, 1, 'hip', 'Fracture, traumatic, hip', null, 'Fracture, femur, neck'),
];

const walk = (text: string) => walkIndex(diagnosticWords(text), FRACTURE);

describe('fractures in the Alphabetic Index', () => {
  it('a "see" reference is followed level by level inside its own main term: femoral neck -> S72.00-', () => {
    const [s] = walk('fell at home, closed fracture of the right femoral neck');
    expect(s).toMatchObject({ code: 'S72.00', needsMore: true });
    expect(s!.path).toContain('Fracture, traumatic, femur, femoral, upper end, neck');
  });

  it('a fracture from a fall is never read as pathological: the qualifier must be named', () => {
    expect(walk('hip fracture from a fall').map((s) => s.code)).not.toContain('M84.459');
    expect(walk('pathological fracture of the hip').map((s) => s.code)).toContain('M84.459');
  });
});
