// Whether the From's domain was authenticated, as the receiving server judged it (pure). Only that
// server's Authentication-Results count: anyone can write the header into a message, so a header is
// believed only when its authserv-id is one we were told to trust, and only the topmost of those
// (RFC 8601 §5: the receiving server's own header sits above anything that came with the message; it
// should also delete look-alikes, but a server that does not would leave a forgery below its own).
import { domainToASCII } from 'node:url';
import { parseAuthResults, type MethodResult } from './auth-results.js';

// The verdict's shape is stored with each message, so the schema declares it.
export type { AuthVerdict, SenderAuth } from '../db/schema/core.js';
import type { AuthVerdict, SenderAuth } from '../db/schema/core.js';

/** `headers`: every Authentication-Results value, topmost first. `trustedIds`: lower-cased authserv-ids. */
export function authenticateSender(
  headers: string[],
  fromDomain: string | null,
  trustedIds: string[],
): SenderAuth {
  const trusted = headers
    .map(parseAuthResults)
    .find((h) => h.authservId && trustedIds.includes(h.authservId));
  if (!trusted) {
    const detail = trustedIds.length
      ? `no Authentication-Results from ${trustedIds.join(' or ')}`
      : 'no trusted Authentication-Results: AUTHSERV_ID is not set';
    return { verdict: 'none', detail, authservId: null, dmarc: null, spf: null, dkim: null };
  }
  const first = (method: string) => trusted.results.find((r) => r.method === method) ?? null;
  const base = {
    authservId: trusted.authservId,
    dmarc: first('dmarc')?.result ?? null,
    spf: first('spf')?.result ?? null,
    dkim:
      trusted.results.find((r) => r.method === 'dkim' && r.result === 'pass')?.result ??
      first('dkim')?.result ??
      null,
  };
  const verdict = (v: AuthVerdict, detail: string): SenderAuth => ({ verdict: v, detail, ...base });
  if (!fromDomain) return verdict('none', 'no From domain to authenticate');

  // DMARC decides when it gave a verdict for this From domain (RFC 7489 §3.1 does the alignment).
  const dmarc = trusted.results.find(
    (r) => r.method === 'dmarc' && ['pass', 'fail'].includes(r.result) && forDomain(r, fromDomain),
  );
  if (dmarc?.result === 'pass') return verdict('pass', `dmarc=pass for ${fromDomain}`);
  if (dmarc?.result === 'fail') return verdict('fail', `dmarc=fail for ${fromDomain}`);

  const spf = trusted.results.find(
    (r) =>
      r.method === 'spf' &&
      r.result === 'pass' &&
      aligned(domainIn(r.props['smtp.mailfrom'] ?? r.props['smtp.mail']), fromDomain),
  );
  if (spf) return verdict('pass', `spf=pass aligned with ${fromDomain}`);
  const dkim = trusted.results.find(
    (r) =>
      r.method === 'dkim' &&
      r.result === 'pass' &&
      aligned(domainIn(r.props['header.d'] ?? r.props['header.i']), fromDomain),
  );
  if (dkim) return verdict('pass', `dkim=pass aligned with ${fromDomain}`);
  const seen = `dmarc=${base.dmarc ?? 'none'}, spf=${base.spf ?? 'none'}, dkim=${base.dkim ?? 'none'}`;
  return verdict('none', `no pass aligned with ${fromDomain} (${seen})`);
}

/** A DMARC result names the From domain it judged (header.from); one for another domain is not ours. */
function forDomain(r: MethodResult, fromDomain: string): boolean {
  const judged = domainIn(r.props['header.from']);
  return judged === null || judged === fromDomain;
}

/** The ASCII domain of `user@domain`, `@domain` or `domain`. */
function domainIn(value: string | undefined): string | null {
  if (!value) return null;
  const domain = domainToASCII(value.slice(value.lastIndexOf('@') + 1).replace(/\.$/, ''));
  return domain || null;
}

/**
 * Relaxed alignment (RFC 7489 §3.1) asks for the same organizational domain, which takes the Public
 * Suffix List to compute. Without it, the safe part of it: the same domain, or one a subdomain of the
 * other (bounces.clinic.example and clinic.example). Nobody can pass SPF or sign DKIM for a public
 * suffix itself, so this never aligns two different organizations.
 */
export function aligned(domain: string | null, fromDomain: string): boolean {
  if (!domain) return false;
  return domain === fromDomain || domain.endsWith(`.${fromDomain}`) || fromDomain.endsWith(`.${domain}`);
}
