import { describe, expect, it } from 'vitest';
import { INBOUND_CSP, inboundDocument, sanitizeInboundHtml } from '../../../src/review/core/inbound-html.js';

describe('sanitizeInboundHtml', () => {
  it('drops scripts, event handlers and javascript: links', () => {
    const out = sanitizeInboundHtml(
      '<p onclick="x()">Hi<script>alert(1)</script> <a href="javascript:alert(2)">link</a></p>',
    );
    expect(out).not.toMatch(/script|onclick|javascript:/i);
    expect(out).toContain('Hi');
  });

  it('drops remote images and keeps inline data: images', () => {
    const out = sanitizeInboundHtml(
      '<img src="https://tracker.example/p.gif"><img src="data:image/png;base64,iVBORw0KGgo=" alt="x">',
    );
    expect(out).not.toContain('tracker.example');
    expect(out).toContain('data:image/png');
  });

  it('wraps the body in a document that carries a no-fetch Content-Security-Policy', () => {
    expect(INBOUND_CSP).toContain("default-src 'none'");
    expect(inboundDocument('<b>x</b>')).toContain(`content="${INBOUND_CSP}"`);
  });
});
