import { describe, expect, it } from 'vitest';
import { safeNext } from '../../../src/review/routes/session.routes.js';
import { textToHtml } from '../../../src/review/core/text-to-html.js';

describe('safeNext (where sign-in goes afterwards)', () => {
  it('keeps local paths', () => {
    expect(safeNext('/consults/12?notice=claimed')).toBe('/consults/12?notice=claimed');
  });
  it('refuses other sites, protocol-relative URLs and the sign-in page itself', () => {
    for (const bad of ['https://evil.example/', '//evil.example', '/\\evil.example', '/sign-in', 42])
      expect(safeNext(bad)).toBe('/');
  });
});

describe('textToHtml (HTML part rebuilt from an edited text part)', () => {
  it('escapes markup and turns blank lines into paragraphs', () => {
    expect(textToHtml('a <b>\n\nc & d')).toBe(
      '<!doctype html><html><body><p>a &lt;b&gt;</p>\n<p>c &amp; d</p></body></html>',
    );
  });
});
