// Per draft and per look-up: what findingsFor reads beside the question's words.
import { findGuidance } from '../../../src/coding/guidance-lookup.js';
import { referenceFacts } from '../../../src/coding/icd-facts.js';
import { lookupCodes } from '../../../src/coding/lookup.js';
import { catalogOf } from '../../../src/refdata/edition-catalog.js';
import { gpciInForce } from '../../../src/refdata/repositories/gpci.repository.js';
import { suggestCodes } from '../../../src/refdata/search.js';
import type { QueryCase } from '../../helpers/recording-db.js';

// A GPCI edition in force, so gpciInForce reads it; no PTP edition, so no pair filter loads meanwhile.
const gpci = {
  id: 1,
  dataset: 'pfs_gpci',
  label: 'PFS GPCI 2025',
  effectiveFrom: '2025-01-01',
  effectiveTo: null,
};
const dos = '2025-03-01';

export const codingCases: QueryCase[] = [
  {
    name: 'catalogOf(db), reading the edition catalog: once a process, and again after a stale look-up',
    rows: [{ version: '1', editions: [gpci] }],
    run: (db) => catalogOf(db),
  },
  {
    name: "lookupCodes(db, { codes: ['99213', '20610', 'M17.11'], dateOfService: '2025-03-01', setting: 'practitioner' })",
    run: (db) =>
      lookupCodes(db, { codes: ['99213', '20610', 'M17.11'], dateOfService: dos, setting: 'practitioner' }),
  },
  {
    name: "referenceFacts(db, { icdCodes: ['M17.11'], walk: true, ... })",
    run: (db) =>
      referenceFacts(db, {
        text: 'Primary osteoarthritis of the right knee',
        dos,
        icdCodes: ['M17.11'],
        pcsCodes: [],
        walk: true,
        pcsSearch: false,
      }),
  },
  {
    name: "findGuidance(db, { question: 'injection with an office visit', procedureCodes: [2], diagnosisCodes: [1] })",
    run: (db) =>
      findGuidance(db, {
        question: 'injection with an office visit',
        procedureCodes: ['99213', '20610'],
        diagnosisCodes: ['M17.11'],
        dateOfService: dos,
      }),
  },
  { name: "gpciInForce(db, '2025-03-01'): once an edition and process", run: (db) => gpciInForce(db, dos) },
  {
    name: "suggestCodes(db, 'thoracentesis with imaging guidance'): a question naming no code",
    run: (db) => suggestCodes(db, 'thoracentesis with imaging guidance'),
  },
];
