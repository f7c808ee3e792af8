// Hostile mail in the desk: an HTML body with scripts, event handlers, javascript: links, remote images,
// stylesheets and frames is shown inert — no script runs and no request leaves the desk's origin.
// And a form posted without the session's CSRF token is refused.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deskHarness, type DeskHarness, SHOTS, signIn } from '../fixtures/desk/browser-harness.js';
import { seedConsult, seedReviewer } from '../fixtures/desk/seed.js';

describe('hostile inbound mail and forged forms in Chromium', () => {
  let h: DeskHarness;
  let tracker: Server;
  let trackerHits: string[];
  let trackerBase: string;
  let reviewer: Awaited<ReturnType<typeof seedReviewer>>;

  beforeAll(async () => {
    h = await deskHarness();
    reviewer = await seedReviewer(h.scratch.db, 'Ann Coder');
    // A stand-in for the outside world: any hit here is a request that left the desk.
    trackerHits = [];
    tracker = createServer((req, res) => {
      trackerHits.push(req.url ?? '');
      res.end('x');
    });
    await new Promise<void>((r) => tracker.listen(0, '127.0.0.1', r));
    trackerBase = `http://localhost:${(tracker.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await h?.close();
    await new Promise((r) => tracker?.close(r));
  });

  const hostileHtml = (t: string) => `
    <html><head><link rel="stylesheet" href="${t}/style.css"><meta http-equiv="refresh" content="0;url=${t}/refresh"></head>
    <body onload="parent.document.title='pwned-onload'">
      <p>Please see the attached <b>operative note</b>.</p>
      <script>parent.document.title = 'pwned-script'; fetch('${t}/script');</script>
      <img src="${t}/pixel.gif" alt="tracking pixel">
      <img src="x" onerror="parent.document.title='pwned-onerror'; new Image().src='${t}/onerror'">
      <a id="js-link" href="javascript:parent.document.title='pwned-link'">click me</a>
      <div style="background:url(${t}/bg.png)" onmouseover="parent.document.title='pwned-hover'">hover</div>
      <iframe src="${t}/frame"></iframe>
      <svg><image href="${t}/svg.png"></image></svg>
      <form action="${t}/form"><button>go</button></form>
    </body></html>`;

  it('renders the HTML part sanitized in a sandboxed iframe: no script runs and no request leaves', async () => {
    const c = await seedConsult(h.scratch.db, { subject: 'Hostile HTML', html: hostileHtml(trackerBase) });
    const page = await h.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await signIn(page, h.base, reviewer.email, reviewer.password);
    await page.goto(`${h.base}/consults/${c.consultId}`);
    const frame = page.frameLocator('iframe.mail-html').first();
    expect(await frame.locator('p').first().textContent()).toContain('operative note');
    await frame.locator('text=hover').hover();
    await frame
      .locator('text=click me')
      .click({ timeout: 2000 })
      .catch(() => undefined);
    await page.waitForTimeout(500);

    expect(await page.title()).not.toMatch(/pwned/);
    expect(dialogs).toEqual([]);
    expect(trackerHits).toEqual([]);
    const outside = requests.filter(
      (u) => !u.startsWith(h.base) && !u.startsWith('about:') && !u.startsWith('data:'),
    );
    expect(outside).toEqual([]);
    // The sanitized document kept nothing executable.
    const srcdoc = (await page.locator('iframe.mail-html').first().getAttribute('srcdoc')) ?? '';
    expect(srcdoc).not.toMatch(/<script|onerror|onload|onmouseover|javascript:|pixel\.gif|<iframe|<form/i);
    expect(await page.locator('iframe.mail-html').first().getAttribute('sandbox')).toBe('');
    await page.screenshot({ path: `${SHOTS}/consult-hostile-html.png`, fullPage: true });
    // Control: the tracker and the request log do see traffic when the browser really goes there.
    await page.goto(`${trackerBase}/control`);
    expect(trackerHits[0]).toBe('/control');
    expect(requests.some((u) => u.startsWith(trackerBase))).toBe(true);
    await page.close();
  });

  it('refuses a form posted without the CSRF token and leaves the consult unclaimed', async () => {
    const c = await seedConsult(h.scratch.db, { subject: 'CSRF target' });
    const page = await h.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, h.base, reviewer.email, reviewer.password);
    await page.goto(`${h.base}/consults/${c.consultId}`);
    // Strip the token from the real claim form, as a forged form on another site would lack it.
    await page.locator('#claim-form input[name=_csrf]').evaluate((el) => el.remove());
    await page.getByRole('button', { name: 'Claim to edit' }).click();
    await page.waitForLoadState();
    expect(await page.locator('[data-code]').getAttribute('data-code')).toBe('CSRF.INVALID');
    await page.screenshot({ path: `${SHOTS}/csrf-refused.png` });
    const row = await h.scratch.db
      .selectFrom('consults')
      .select('claimed_by')
      .where('id', '=', c.consultId)
      .executeTakeFirstOrThrow();
    expect(row.claimed_by).toBeNull();
    await page.close();
  });
});
