// The documentation checklist asks for the notes that support what the reply tells the asker to bill.
import { describe, expect, it } from 'vitest';
import type { Findings } from '../../../src/coding/types.js';
import { documentationChecklist } from '../../../src/drafting/documentation-checklist.js';
import { findingsFixture } from './findings-fixture.js';

describe('a modifier the answer rules out', () => {
  it('asks for no documentation of it', () => {
    const asked = findingsFixture('ex-01-thoracentesis-guidance');
    const withFifty: Findings = {
      ...asked,
      codes: asked.codes.map((c, i) => (i === 0 ? { ...c, modifiers: ['50'] } : c)),
    };
    const notFifty = {
      kind: 'surgical-rules' as const,
      codes: ['66984'],
      conclusion: 'Not 50: each side on its own date, RT then LT.',
      rule: 'Modifier 50 is for both sides in one session.',
      source: 'Medicare Claims Processing Manual ch. 12 §40.7',
      settled: true,
      notModifiers: ['50'],
    };
    expect(documentationChecklist(withFifty).some((i) => i.startsWith('For modifier 50'))).toBe(true);
    expect(
      documentationChecklist({ ...withFifty, answers: [notFifty] }).some((i) =>
        i.startsWith('For modifier 50'),
      ),
    ).toBe(false);
  });
});
