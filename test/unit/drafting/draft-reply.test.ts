import { describe, expect, it } from 'vitest';
import { chooseReplyKind, draftReply } from '../../../src/drafting/draft-reply.js';
import type { ReplyKind } from '../../../src/drafting/draft.types.js';
import { cachedTemplateCount, renderReply } from '../../../src/drafting/reply-templates.js';
import { buildReplyModel } from '../../../src/drafting/reply-model.js';
import { TEXT_WIDTH } from '../../../src/drafting/text-wrap.js';
import { draftInput, findingsFixture, type FixtureName } from './findings-fixture.js';

const EXAMPLES: [ReplyKind, FixtureName][] = [
  ['answer', 'ex-01-thoracentesis-guidance'],
  ['answer', 'deleted-32420'],
  ['answer', 'dx-j91-not-billable'],
  ['answer', 'mue-exceeded-62329'],
  ['no_code_found', 'no-code-found'],
  ['request_info', 'request-info'],
  ['rejection', 'rejection'],
];

const hostile = {
  consult: {
    token: 'CD-7K2Q',
    subject: 'Re: Tap & US <script>',
    askerName: 'Dana <img src=x onerror=alert(1)> & Co',
  },
  reviewerNote: 'Use 59 only if "separate site" & documented <b>',
  reason: 'Please send the op note & the DOS',
};

describe('draftReply', () => {
  it('chooses a no-code reply when the findings hold no code, an answer otherwise', () => {
    expect(chooseReplyKind(findingsFixture('no-code-found'))).toBe('no_code_found');
    expect(chooseReplyKind(findingsFixture('ex-01-thoracentesis-guidance'))).toBe('answer');
  });

  it.each(EXAMPLES)('a %s reply (%s) starts with the bottom line and ends with the sources', (kind, name) => {
    const draft = draftReply(draftInput(kind, findingsFixture(name)));
    expect(draft.kind).toBe(kind);
    expect(draft.subject).toBe('Re: Thoracentesis with ultrasound [CD-7K2Q]');
    expect(draft.text.split('\n').slice(0, 3)).toEqual(['Hello Dana,', '', 'BOTTOM LINE']);
    if (kind !== 'rejection') expect(draft.text).toMatch(/Sources: .+\n/);
  });

  it.each(EXAMPLES)('the text part of a %s reply (%s) fits 72 columns', (kind, name) => {
    const { text } = draftReply(draftInput(kind, findingsFixture(name), hostile));
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(TEXT_WIDTH);
  });

  it.each(EXAMPLES)(
    'the HTML of a %s reply (%s) is self-contained, inline-styled and under 100 KB',
    (kind, name) => {
      const { html } = draftReply(draftInput(kind, findingsFixture(name), hostile));
      expect(Buffer.byteLength(html)).toBeLessThan(100 * 1024);
      expect(html).not.toMatch(/<link|<style|<script|@import|src="http|url\(/i);
    },
  );

  it('escapes user text in the HTML part and leaves it plain in the text part', () => {
    const draft = draftReply(draftInput('request_info', findingsFixture('request-info'), hostile));
    expect(draft.html).toContain('Hello Dana &lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; &amp; Co,');
    expect(draft.html).not.toContain('<img');
    expect(draft.html).toContain('Please send the op note &amp; the DOS');
    expect(draft.text).toContain('Hello Dana <img src=x onerror=alert(1)> & Co,');
    expect(draft.text).toContain('Please send the op note & the DOS');
    expect(draft.text).not.toMatch(/&(amp|lt|gt|quot|#x?[0-9a-f]+);/i);
  });

  it("shows a reviewer's note under the bottom line of an answer", () => {
    const draft = draftReply(draftInput('answer', findingsFixture('ex-01-thoracentesis-guidance'), hostile));
    expect(draft.text).toContain(
      'Note from the reviewing coder:\nUse 59 only if "separate site" & documented <b>',
    );
    expect(draft.text.indexOf('Note from the reviewing coder')).toBeLessThan(draft.text.indexOf('THE CODES'));
  });

  it('keeps review flags out of the sent parts', () => {
    const draft = draftReply(
      draftInput('request_info', findingsFixture('request-info'), { phiFlags: [{ kind: 'dob' }] }),
    );
    expect(draft.flags.length).toBeGreaterThan(2);
    for (const flag of draft.flags) {
      expect(draft.text).not.toContain(flag.message);
      expect(draft.html).not.toContain(flag.message);
    }
  });

  it('compiles each template once and reuses it', () => {
    for (const [kind, name] of EXAMPLES) draftReply(draftInput(kind, findingsFixture(name)));
    const count = cachedTemplateCount();
    draftReply(draftInput('answer', findingsFixture('ex-01-thoracentesis-guidance')));
    expect(count).toBe(8);
    expect(cachedTemplateCount()).toBe(count);
  });

  it('fails loudly (strict templates) when the model lacks a field a template uses', () => {
    const model = buildReplyModel(draftInput('answer', findingsFixture('ex-01-thoracentesis-guidance')));
    const { greeting: _greeting, ...broken } = model;
    expect(() => renderReply('answer', broken as typeof model)).toThrow(/"greeting" not defined/);
  });
});
