// Hand-built Findings (test/fixtures/findings/*.json) and DraftInputs around them.
import { readFileSync } from 'node:fs';
import type { Findings } from '../../../src/coding/types.js';
import type { DraftInput, ReplyKind } from '../../../src/drafting/draft.types.js';

export type FixtureName =
  | 'ex-01-thoracentesis-guidance'
  | 'deleted-32420'
  | 'dx-j91-not-billable'
  | 'mue-exceeded-62329'
  | 'no-code-found'
  | 'request-info'
  | 'rejection';

export function findingsFixture(name: FixtureName): Findings {
  const url = new URL(`../../fixtures/findings/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Findings;
}

export function draftInput(kind: ReplyKind, findings: Findings, extra: Partial<DraftInput> = {}): DraftInput {
  return {
    kind,
    consult: { token: 'CD-7K2Q', subject: 'Thoracentesis with ultrasound', askerName: 'Dana' },
    findings,
    phiFlags: [],
    ...extra,
  };
}
