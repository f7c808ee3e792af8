import { describe, expect, it } from 'vitest';
import type { Findings } from '../../../src/coding/types.js';
import { buildReplyModel } from '../../../src/drafting/reply-model.js';
import { draftInput, findingsFixture } from './findings-fixture.js';

const answer = (f: Findings) => buildReplyModel(draftInput('answer', f));
describe('reply model: sections', () => {
  it("marks a lay summary as not the CPT descriptor, and a CDC title as the CDC's", () => {
    const ex01 = answer(findingsFixture('ex-01-thoracentesis-guidance'));
    expect(ex01.codes[0]?.descriptorNote).toBe('(plain-language summary, not the CPT descriptor)');
    const dx = answer(findingsFixture('dx-j91-not-billable'));
    expect(dx.codes[1]?.descriptorNote).toBe('(CDC/NCHS title)');
  });

  it('lists the billable children of a not-billable category in the diagnosis notes', () => {
    const [note] = answer(findingsFixture('dx-j91-not-billable')).diagnosisNotes;
    expect(note?.children).toEqual([
      'J91.0 Malignant pleural effusion',
      'J91.8 Pleural effusion in other conditions classified elsewhere',
    ]);
  });

  it('takes every fact from the findings: a different MUE value changes the reply', () => {
    const f = findingsFixture('mue-exceeded-62329');
    const changed = { ...f, units: f.units.map((u) => ({ ...u, mue: 4, exceeds: false })) };
    expect(answer(changed).units[0]).toContain('MUE 4 per date of service');
    expect(answer(changed).bottomLine[0]).toBe('2 units of 62329: within the MUE of 4 per date of service.');
  });

  it('names every edition used in the sources line, edits first', () => {
    expect(answer(findingsFixture('ex-01-thoracentesis-guidance')).sources).toBe(
      'Sources: NCCI PTP practitioner 2024 Q3, MUE practitioner 2024 Q3, PFS RVU 2025 D, CodeDesk lay summaries 2025.',
    );
  });

  it('cites an edition a fact used even when the edition list missed it', () => {
    const f = { ...findingsFixture('dx-j91-not-billable'), editions: [] };
    expect(answer(f).sources).toBe('Sources: ICD-10-CM FY2026.');
  });

  it('asks for the date of service and the setting when the question gave neither', () => {
    const sends = answer(findingsFixture('deleted-32420')).undetermined.map((q) => q.send);
    expect(sends).toContain('the date of service');
    expect(sends).toContain('whether this is a practitioner claim or an outpatient hospital claim');
  });

  it('counts a modifier written apart from any code ("would modifier 59 get it paid?") in the checklist', () => {
    const f = findingsFixture('ex-01-thoracentesis-guidance');
    const loose = {
      ...f,
      questionTypes: ['modifier' as const],
      codes: f.codes.map((c) => ({ ...c, modifiers: [] })),
    };
    expect(answer(loose).checklist).toEqual([
      expect.stringMatching(/^For 59 or XE\/XS\/XP\/XU/),
      expect.stringMatching(/^For imaging guidance/),
    ]);
  });

  it('does not ask for the setting when only diagnosis codes were asked about', () => {
    const sends = answer(findingsFixture('dx-j91-not-billable')).undetermined.map((q) => q.send);
    expect(sends).toEqual(['the date of service']);
  });

  it('gives a modifier question the documentation each named modifier needs', () => {
    const checklist = answer(findingsFixture('ex-01-thoracentesis-guidance')).checklist;
    expect(checklist.some((c) => c.startsWith('For 59 or XE/XS/XP/XU'))).toBe(true);
    expect(checklist.some((c) => c.startsWith('For modifier 26'))).toBe(true);
  });
});

describe('reply model: other kinds', () => {
  it('a no-code reply leads with the best-scoring suggestion and ranks the rest', () => {
    const model = buildReplyModel(draftInput('no_code_found', findingsFixture('no-code-found')));
    expect(model.bottomLine[0]).toContain('closest match is CPT 32555');
    expect(model.suggestions.map((s) => s.code)).toEqual(['CPT 32555', 'CPT 32554', 'CPT 32557']);
  });

  it('a no-code reply with a single suggestion asks to check that one, not "other candidates"', () => {
    const f = findingsFixture('no-code-found');
    const model = buildReplyModel(
      draftInput('no_code_found', { ...f, suggestions: f.suggestions.filter((s) => s.code === '32555') }),
    );
    expect(model.bottomLine[0]).toContain('closest match is CPT 32555');
    expect(model.bottomLine[1]).toBe(
      'Please check it against the procedure note; the details that would settle it are listed below.',
    );
  });

  it('a no-code reply names no single code when the best two score nearly alike', () => {
    const f = findingsFixture('no-code-found');
    const tie = {
      ...f,
      suggestions: f.suggestions.map((x) => ({ ...x, score: x.code === '32554' ? 0.75 : x.score })),
    };
    const model = buildReplyModel(draftInput('no_code_found', tie));
    expect(model.bottomLine[0]).toBe(
      'We found no billing code in your message, and no single code stands out from your description.',
    );
  });

  it('a no-code reply shortens a very long CMS descriptor in the list', () => {
    const f = findingsFixture('no-code-found');
    const long = {
      ...f,
      suggestions: [
        { ...f.suggestions[0]!, descriptorSource: 'cms' as const, description: 'word '.repeat(100).trim() },
      ],
    };
    const [first] = buildReplyModel(draftInput('no_code_found', long)).suggestions;
    expect(first?.description.length).toBeLessThanOrEqual(200);
    expect(first?.description.endsWith('... (CMS descriptor)')).toBe(true);
  });

  it('a request for information states the reviewer text once even when given as note and reason', () => {
    const input = draftInput('request_info', findingsFixture('request-info'), {
      reviewerNote: 'Send the op note.',
      reason: 'Send the op note.',
    });
    const model = buildReplyModel(input);
    expect(model.reason).toBe('Send the op note.');
    expect(model.reviewerNote).toBeNull();
  });

  it('a rejection carries no sources nor coding disclaimer', () => {
    const model = buildReplyModel(
      draftInput('rejection', findingsFixture('rejection'), { reason: 'Out of scope.' }),
    );
    expect(model.sources).toBeNull();
    expect(model.disclaimer).toBeNull();
  });
});
