// Inbound HTML is hostile until proven otherwise. It is sanitized here, then shown only inside an
// iframe with sandbox="" (no scripts, no forms, unique origin) whose own CSP blocks every fetch:
// three independent layers, so a gap in one is not a hole.
import sanitizeHtml from 'sanitize-html';

/** The policy the iframe document carries; images only as inline data: URLs, never remote. */
export const INBOUND_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; form-action 'none'";

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: sanitizeHtml.defaults.allowedTags.concat(['img', 'span', 'font', 'center']),
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'width', 'height'],
    td: ['colspan', 'rowspan', 'align'],
    th: ['colspan', 'rowspan', 'align'],
    '*': ['style', 'dir', 'lang'],
  },
  // Links stay readable but cannot run code; remote images are dropped, inline ones kept.
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['data'] },
  allowProtocolRelative: false,
};

export function sanitizeInboundHtml(html: string): string {
  // Attribute values like style="background:url(...)" cannot fetch: the iframe CSP has no img-src for URLs.
  return sanitizeHtml(html, OPTIONS);
}

/** A complete document for the iframe's srcdoc attribute (escaped by the template). */
export function inboundDocument(html: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${INBOUND_CSP}"></head><body>${sanitizeInboundHtml(html)}</body></html>`;
}
