import { describe, expect, it } from 'vitest';
import { htmlNestingDepth, htmlToPlainText } from '../../../src/mail/html-text.js';

const nested = (tag: string, depth: number, inner = 'x') =>
  `<${tag}>`.repeat(depth) + inner + `</${tag}>`.repeat(depth);

describe('the nesting depth of an HTML part', () => {
  it('counts elements inside elements', () => {
    expect(htmlNestingDepth('<p>flat</p><p>text</p>')).toBe(0); // <p> may be left open: never counted
    expect(htmlNestingDepth(nested('div', 3))).toBe(3);
    expect(htmlNestingDepth(`<div>${nested('blockquote', 5)}</div><div>x</div>`)).toBe(6);
  });

  it('does not count void, self-closed or optionally closed elements, comments or doctypes', () => {
    const html = '<!doctype html><!-- <div><div> --><div><br><img src=x><hr/><li>a<li>b<td>c</div>';
    expect(htmlNestingDepth(html)).toBe(1);
  });

  it('stops counting at stopAt, and survives nesting no recursive reader could', () => {
    const deep = nested('blockquote', 200_000);
    expect(htmlNestingDepth(deep, 101)).toBe(101);
    expect(htmlNestingDepth(deep)).toBe(200_000);
  });
});

describe('HTML read as plain text', () => {
  it('keeps the words, breaks lines at blocks, decodes entities and drops scripts and styles', () => {
    const html =
      '<html><head><title>t</title><style>p{color:red}</style></head><body>' +
      '<p>Can 32555 &amp; 76942&nbsp;be billed?</p><script>alert(1)</script>' +
      '<div>DOS&#58; 03/04/2025 &#x2014; thanks</div><table><tr><td>a</td><td>b</td></tr></table></body></html>';
    expect(htmlToPlainText(html)).toBe('Can 32555 & 76942 be billed?\n\nDOS: 03/04/2025 — thanks\n\na b');
  });

  it('reads 200,000 nested levels without overflowing the stack', () => {
    const text = htmlToPlainText(nested('blockquote', 200_000, 'Is 20610 bundled?'));
    expect(text).toBe('Is 20610 bundled?');
  });

  it('keeps a bare "<" and ends at an unclosed script instead of searching past it again', () => {
    expect(htmlToPlainText('1 < 2 <b>bold</b>')).toBe('1 < 2 bold');
    expect(htmlToPlainText('before<script>never closed <p>hidden')).toBe('before');
  });
});
