import { describe, expect, it } from 'vitest';
import { diagnosticWords } from '../../../src/coding/icd-index-words.js';
import { walkIndex } from '../../../src/coding/icd-index-walk.js';
import { indexRow } from './index-rows.js';

// The two fracture main terms of the Alphabetic Index, as the data files them: the traumatic one's
// "see" references name "Fracture, femur, ..." without its qualifier.
const PATHOLOGICAL = 1;
const TRAUMATIC = 2;
const FRACTURE = [
  indexRow(PATHOLOGICAL, 0, 'Fracture, pathological', 'Fracture, pathological', null),
  indexRow(PATHOLOGICAL, 1, 'hip', 'Fracture, pathological, hip', 'M84.459'),
  indexRow(TRAUMATIC, 0, 'Fracture, traumatic', 'Fracture, traumatic', 'T14.8'),
  indexRow(TRAUMATIC, 1, 'femur, femoral', 'Fracture, traumatic, femur, femoral', 'S72.9-'),
  indexRow(
    TRAUMATIC,
    2,
    'neck',
    'Fracture, traumatic, femur, femoral, neck',
    null,
    'Fracture, femur, upper end, neck',
  ),
  indexRow(TRAUMATIC, 2, 'upper end', 'Fracture, traumatic, femur, femoral, upper end', 'S72.10-'),
  indexRow(TRAUMATIC, 3, 'neck', 'Fracture, traumatic, femur, femoral, upper end, neck', 'S72.00-'),
  indexRow(TRAUMATIC, 1, 'hip', 'Fracture, traumatic, hip', null, 'Fracture, femur, neck'),
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

// Hypertension and heart failure as the data files them: "and" keeps "(on) chronic" in the nonessential
// column, and "with kidney disease" refers to "Hypertension, cardiorenal", a level the question never names.
const HYPERTENSION = [
  indexRow(3, 0, 'Hypertension, hypertensive', 'Hypertension, hypertensive', 'I10'),
  indexRow(3, 1, 'cardiorenal', 'Hypertension, hypertensive, cardiorenal', 'I13.10'),
  indexRow(
    3,
    2,
    'with heart failure',
    'Hypertension, hypertensive, cardiorenal, with heart failure',
    'I13.0',
  ),
  indexRow(3, 1, 'heart', 'Hypertension, hypertensive, heart', 'I11.9'),
  indexRow(3, 2, 'with', 'Hypertension, hypertensive, heart, with', null),
  indexRow(3, 3, 'heart failure', 'Hypertension, hypertensive, heart, with, heart failure', 'I11.0'),
  indexRow(
    3,
    3,
    'kidney disease',
    'Hypertension, hypertensive, heart, with, kidney disease',
    null,
    'Hypertension, cardiorenal',
    '(chronic)',
  ),
  indexRow(4, 0, 'Failure, failed', 'Failure, failed', null),
  indexRow(4, 1, 'heart', 'Failure, failed, heart', 'I50.9'),
  indexRow(4, 2, 'diastolic', 'Failure, failed, heart, diastolic', 'I50.30'),
  indexRow(4, 3, 'acute', 'Failure, failed, heart, diastolic, acute', 'I50.31'),
  indexRow(
    4,
    4,
    'and',
    'Failure, failed, heart, diastolic, acute, and',
    'I50.33',
    null,
    '(on) chronic (congestive)',
  ),
  indexRow(4, 3, 'chronic', 'Failure, failed, heart, diastolic, chronic', 'I50.32'),
];

describe('combination entries and connectors', () => {
  const codes = (text: string) => walkIndex(diagnosticWords(text), HYPERTENSION).map((s) => s.code);

  it('a "see" target the question does not name is reached through the reference: HTN, CKD and heart failure -> I13.0', () => {
    expect(codes('hypertension, chronic kidney disease and diastolic heart failure')[0]).toBe('I13.0');
  });

  it('"acute on chronic" is the connector level "and (on) chronic": I50.33, not I50.32', () => {
    expect(codes('acute on chronic diastolic heart failure')).toEqual(['I50.33']);
    expect(codes('chronic diastolic heart failure')).toEqual(['I50.32']);
  });
});

describe('a "see" reached through one alternative of a term', () => {
  const NEUROPATHY = [
    indexRow(5, 0, 'Neuropathy, neuropathic', 'Neuropathy, neuropathic', 'G62.9'),
    indexRow(
      5,
      1,
      'autonomic, peripheral',
      'Neuropathy, neuropathic, autonomic, peripheral',
      null,
      'Neuropathy, peripheral, autonomic',
    ),
    indexRow(5, 1, 'peripheral', 'Neuropathy, neuropathic, peripheral', 'G62.9'),
    indexRow(5, 2, 'autonomic', 'Neuropathy, neuropathic, peripheral, autonomic', 'G90.9'),
  ];

  it("does not reach the target's level unnamed: peripheral neuropathy is not autonomic (G90.9)", () => {
    const found = walkIndex(diagnosticWords('peripheral neuropathy'), NEUROPATHY).map((s) => s.code);
    expect(found).not.toContain('G90.9');
  });
});

describe('a subterm written with a qualifier', () => {
  const STROKE = [
    indexRow(6, 0, 'Stroke', 'Stroke', 'I63.9'),
    indexRow(6, 1, 'cerebral, perinatal', 'Stroke, cerebral, perinatal', 'P91.82-'),
    indexRow(7, 0, 'Effusion', 'Effusion', null),
    indexRow(7, 1, 'pleura, pleurisy', 'Effusion, pleura, pleurisy', 'J90'),
  ];
  const codes = (text: string) => walkIndex(diagnosticWords(text), STROKE).map((s) => s.code);

  it('needs the qualifier named: a cerebral stroke is not a perinatal one', () => {
    expect(codes('stroke, cerebral infarction')).not.toContain('P91.82');
    expect(codes('perinatal cerebral stroke')).toContain('P91.82');
  });

  it('forms of one word stay alternatives: pleural effusion is "pleura, pleurisy"', () => {
    expect(codes('pleural effusion')).toContain('J90');
  });
});
