import { describe, expect, it } from 'vitest';
import type { Findings, PairFinding } from '../../../src/coding/types.js';
import { buildReplyModel } from '../../../src/drafting/reply-model.js';
import { draftInput, findingsFixture } from './findings-fixture.js';

const answer = (f: Findings) => buildReplyModel(draftInput('answer', f));
const withPair = (f: Findings, change: Partial<PairFinding>): Findings => ({
  ...f,
  pairs: f.pairs.map((p) => ({ ...p, ...change })),
});

describe('reply model: the bottom line', () => {
  const ex01 = findingsFixture('ex-01-thoracentesis-guidance');

  it('when a column 2 code carries a bypassing modifier, says it is bundled and on what record the modifier holds', () => {
    const [first] = answer(ex01).bottomLine;
    expect(first).toContain('76942 is bundled into 32555');
    expect(first).toContain('modifier indicator 1');
    expect(first).toContain('Modifier 59 on 76942');
    expect(first).toContain('distinct service');
    expect(first).toContain('CMS prefers XE, XS, XP or XU over 59');
  });

  it('when the CMS rationale is a coding instruction, says the column 2 service is normally part of column 1', () => {
    const [first] = answer(ex01).bottomLine;
    expect(first).toContain(
      '"CPT Manual or CMS manual coding instruction": 76942 is normally part of 32555 itself',
    );
    const [other] = answer(withPair(ex01, { rationale: 'Mutually exclusive procedures' })).bottomLine;
    expect(other).toContain('If 76942 was part of 32555 itself, report 32555 alone.');
  });

  it('when the edit has modifier indicator 0, says no modifier can bypass it', () => {
    const [first] = answer(withPair(ex01, { modifierIndicator: '0', bypassedBy: [] })).bottomLine;
    expect(first).toContain('no modifier can bypass this edit');
    expect(first).toContain('Modifier 59 on 76942 does not change this');
  });

  it('when no edit pairs two procedure codes in a bundling question, says NCCI does not bundle them and names the edition', () => {
    const lines = answer({ ...ex01, pairs: [] }).bottomLine;
    expect(lines[0]).toBe(
      'No NCCI PTP edit pairs 32555 and 76942 in NCCI PTP practitioner 2024 Q3: NCCI does not bundle them, so each can be reported when documented (global surgery rules and payer policies still apply).',
    );
  });

  it('when an edit was deleted before the date of service, it does not lead the answer but stays listed', () => {
    const model = answer(withPair(ex01, { active: false, deleted: '2020-01-01' }));
    expect(model.bottomLine.join(' ')).not.toContain('bundled into');
    expect(model.pairs[0]?.facts).toContainEqual({
      label: 'Edit',
      value: 'not in force at the date of service (deleted 2020-01-01), practitioner edits',
    });
  });

  it('when units exceed a date-of-service MUE, gives the units to report and says a modifier does not lift it', () => {
    const [first] = answer(findingsFixture('mue-exceeded-62329')).bottomLine;
    expect(first).toContain('2 units of 62329 exceed the MUE of 1 per date of service');
    expect(first).toContain('Report 1 unit for the date.');
    expect(first).toContain('can be paid on appeal');
    expect(first).toContain('does not lift a date-of-service MUE');
  });

  it('when a code was deleted, says so with its date first, and only once though the analysis advised it too', () => {
    const lines = answer(findingsFixture('deleted-32420')).bottomLine;
    expect(lines[0]).toBe('32420 was deleted on 2019-01-01 and cannot be reported for this date of service.');
    expect(lines.filter((l) => l.includes('deleted'))).toHaveLength(1);
  });

  it('after a problem code, says which of the other codes stand', () => {
    const lines = answer(findingsFixture('request-info')).bottomLine;
    expect(lines.slice(0, 2)).toEqual([
      'We could not find 32559 in the code sets we hold; please check the number.',
      'The other code you named is valid for this date of service: 32550.',
    ]);
  });

  it('leads with advice the structured findings do not already state, and puts notes on their code', () => {
    const f = findingsFixture('ex-01-thoracentesis-guidance');
    const warning = {
      topic: 'bilateral' as const,
      code: '32555',
      severity: 'warning' as const,
      message: 'Use 50, not RT and LT.',
    };
    const model = answer({ ...f, advice: [...f.advice, warning] });
    expect(model.bottomLine).toContain('Use 50, not RT and LT.');
    expect(model.bottomLine.some((l) => l.startsWith('76942 is the column 2 code'))).toBe(false);
    expect(model.codes[1]?.notes).toEqual([expect.stringContaining('PC/TC indicator 1')]);
  });

  it('when a diagnosis is a category, points to its billable codes', () => {
    const lines = answer(findingsFixture('dx-j91-not-billable')).bottomLine;
    expect(lines[0]).toBe(
      'J91 is a category, not a billable code: report one of its billable codes (for example J91.0, J91.8).',
    );
  });
});
