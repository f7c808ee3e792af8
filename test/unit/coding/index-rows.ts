// Alphabetic Index rows for the index-walk specifications, numbered in the order they are made.
import type { IndexRow } from '../../../src/coding/icd-index-walk.js';

let lastRowId = 0;

export const nextRowId = (): number => ++lastRowId;

export const indexRow = (
  main: number,
  level: number,
  term: string,
  path: string,
  code: string | null,
  see: string | null = null,
  nonessential: string | null = null,
): IndexRow => ({
  source: 'index',
  main,
  rowId: nextRowId(),
  level,
  term,
  see,
  nonessential,
  code,
  path,
});
