// A resource a test file (or describe block) shares: opened before its tests, closed after them. The
// object is returned at once and filled in when that `beforeAll` has run: tests and later hooks may use
// it, code run while the file is collected may not.
import { afterAll, beforeAll } from 'vitest';
import { createScratchDb, type ScratchDb } from './scratch-db.js';

export function forFile<T extends object>(open: () => Promise<T>, close: (opened: T) => Promise<void>): T {
  const shared = {} as T;
  let opened = false;
  beforeAll(async () => {
    Object.assign(shared, await open());
    opened = true;
  });
  // When opening failed, that error is the one to see.
  afterAll(async () => {
    if (opened) await close(shared);
  });
  return shared;
}

/** A scratch database for a test file (or describe block), dropped after its tests. */
export const scratchSuite = (): ScratchDb => forFile(createScratchDb, (s) => s.drop());
