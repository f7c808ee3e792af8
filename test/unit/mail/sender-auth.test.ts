import { describe, expect, it } from 'vitest';
import { parseAuthResults } from '../../../src/mail/auth-results.js';
import { aligned, authenticateSender } from '../../../src/mail/sender-auth.js';

const TRUSTED = ['mx.clinic.example'];
const verdictOf = (headers: string[], fromDomain = 'clinic.example', ids = TRUSTED) =>
  authenticateSender(headers, fromDomain, ids);

describe('reading Authentication-Results (RFC 8601)', () => {
  it('reads the server, each method and its properties, past comments and folding', () => {
    const header = parseAuthResults(`mx.google.com;
       dkim=pass header.i=@srs1.zonevs.eu;
       spf=pass (google.com: best guess record for domain of x@srs1.zonevs.eu designates 217.146.68.191 as permitted sender) smtp.mailfrom=SRS0=63fc=V7=kreata.ee=andris@srs1.zonevs.eu;
       dmarc=fail (p=NONE dis=NONE) header.from=kreata.ee`);
    expect(header).toEqual({
      authservId: 'mx.google.com',
      results: [
        { method: 'dkim', result: 'pass', props: { 'header.i': '@srs1.zonevs.eu' } },
        {
          method: 'spf',
          result: 'pass',
          props: { 'smtp.mailfrom': 'SRS0=63fc=V7=kreata.ee=andris@srs1.zonevs.eu' },
        },
        { method: 'dmarc', result: 'fail', props: { 'header.from': 'kreata.ee' } },
      ],
    });
  });

  it('reads a version, quoted values, method versions and "none"', () => {
    expect(
      parseAuthResults('"MX.Clinic.Example" 1; dkim/1=Pass header.d="clinic.example" reason="good sig"'),
    ).toEqual({
      authservId: 'mx.clinic.example',
      results: [{ method: 'dkim', result: 'pass', props: { 'header.d': 'clinic.example' } }],
    });
    expect(parseAuthResults('mx.clinic.example; none')).toEqual({
      authservId: 'mx.clinic.example',
      results: [],
    });
  });

  it('reads a header that names no server (Microsoft 365 writes them) as having no authserv-id', () => {
    const header = parseAuthResults(
      'spf=softfail (sender IP is 52.58.62.203) smtp.mailfrom=x.example; dkim=none (message not signed) header.d=none;dmarc=none action=none header.from=x.example;compauth=fail reason=001',
    );
    expect(header.authservId).toBeNull();
    expect(header.results.map((r) => `${r.method}=${r.result}`)).toEqual([
      'spf=softfail',
      'dkim=none',
      'dmarc=none',
      'compauth=fail',
    ]);
  });
});

describe("judging the sender from the receiving server's header", () => {
  it('passes a sender whose DMARC passed for the From domain', () => {
    expect(
      verdictOf([
        'mx.clinic.example; spf=pass smtp.mailfrom=clinic.example; dmarc=pass header.from=clinic.example',
      ]),
    ).toMatchObject({
      verdict: 'pass',
      detail: 'dmarc=pass for clinic.example',
      authservId: 'mx.clinic.example',
      dmarc: 'pass',
      spf: 'pass',
    });
  });

  it('fails a sender whose DMARC failed, whatever SPF and DKIM said', () => {
    expect(
      verdictOf([
        'mx.clinic.example; spf=pass smtp.mailfrom=evil.example; dmarc=fail header.from=clinic.example',
      ]),
    ).toMatchObject({
      verdict: 'fail',
      detail: 'dmarc=fail for clinic.example',
    });
  });

  it('believes only the topmost header of the trusted server: a forged one below it changes nothing', () => {
    const forged = 'mx.clinic.example; dmarc=pass header.from=clinic.example';
    const own = 'mx.clinic.example; spf=fail smtp.mailfrom=evil.example; dmarc=none';
    expect(verdictOf([own, forged])).toMatchObject({ verdict: 'none', dmarc: 'none', spf: 'fail' });
  });

  it('ignores headers written by any other server, and every header when none is trusted', () => {
    const other = 'mx.evil.example; dmarc=pass header.from=clinic.example';
    expect(verdictOf([other])).toMatchObject({
      verdict: 'none',
      detail: 'no Authentication-Results from mx.clinic.example',
    });
    expect(verdictOf([other], 'clinic.example', [])).toMatchObject({
      verdict: 'none',
      detail: 'no trusted Authentication-Results: AUTHSERV_ID is not set',
    });
    expect(
      verdictOf(['spf=pass smtp.mailfrom=clinic.example; dmarc=pass header.from=clinic.example']).verdict,
    ).toBe('none');
  });

  it('does not count a DMARC pass given for another From domain', () => {
    expect(verdictOf(['mx.clinic.example; dmarc=pass header.from=evil.example']).verdict).toBe('none');
  });

  it('without a DMARC verdict, passes an SPF or DKIM pass aligned with the From domain', () => {
    expect(
      verdictOf(['mx.clinic.example; spf=pass smtp.mailfrom=bounce@mail.clinic.example; dmarc=none']),
    ).toMatchObject({
      verdict: 'pass',
      detail: 'spf=pass aligned with clinic.example',
    });
    expect(
      verdictOf(['mx.clinic.example; dkim=fail header.d=clinic.example; dkim=pass header.d=clinic.example']),
    ).toMatchObject({
      verdict: 'pass',
      dkim: 'pass',
    });
    expect(
      verdictOf(['mx.clinic.example; spf=pass smtp.mail=dana@clinic.example'], 'clinic.example').verdict,
    ).toBe('pass');
  });

  it('without a DMARC verdict, does not pass SPF or DKIM for another domain', () => {
    const none = verdictOf([
      'mx.clinic.example; spf=pass smtp.mailfrom=evil.example; dkim=pass header.d=notclinic.example',
    ]);
    expect(none).toMatchObject({
      verdict: 'none',
      detail: 'no pass aligned with clinic.example (dmarc=none, spf=pass, dkim=pass)',
    });
    expect(verdictOf(['mx.clinic.example; spf=softfail smtp.mailfrom=clinic.example']).verdict).toBe('none');
  });

  it('aligns a domain with itself and its subdomains only', () => {
    expect(aligned('clinic.example', 'clinic.example')).toBe(true);
    expect(aligned('mail.clinic.example', 'clinic.example')).toBe(true);
    expect(aligned('clinic.example', 'mail.clinic.example')).toBe(true);
    expect(aligned('evilclinic.example', 'clinic.example')).toBe(false);
    expect(aligned('clinic.example.evil', 'clinic.example')).toBe(false);
    expect(aligned(null, 'clinic.example')).toBe(false);
  });
});
