// The dashboard in Chromium (issue 17, part 5): a month of activity drawn as server-side SVG, figures
// that match the data, no script but the desk's own, and no accessibility violations.
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, deskInChromium, SHOTS, signIn } from '../fixtures/desk/browser-harness.js';
import { seedMonth, type MonthSeed } from '../fixtures/desk/dashboard-seed.js';

describe('the dashboard in Chromium', () => {
  const h = deskInChromium();
  let month: MonthSeed;

  beforeAll(async () => {
    month = await seedMonth(h.scratch.db, [h.ann.id, h.bob.id]);
  });

  it('shows questions per day, turnaround, quarantine reasons, failed sends and reviewer workload', async () => {
    const page = await h.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await signIn(page, h.base, h.ann.email, h.ann.password);
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.waitForURL(`${h.base}/dashboard`);

    const tile = (label: string) => page.locator('.tile', { has: page.locator('dt', { hasText: label }) });
    expect(await tile('Questions').locator('.tile-value').textContent()).toBe(String(month.questions));
    const replies = month.repliesOnTime + month.repliesLate;
    expect(await tile('On time').locator('.tile-value').textContent()).toBe(
      `${Math.round((100 * month.repliesOnTime) / replies)}%`,
    );
    expect(await tile('On time').textContent()).toContain(
      `${month.repliesOnTime} of ${replies} replies within 4 h`,
    );
    expect(await tile('Time to draft').locator('.tile-value').textContent()).toMatch(/^\d s$/);
    expect(await tile('Time to reply').locator('.tile-value').textContent()).toMatch(/ (min|h)$/);
    expect(await tile('Sends failed').locator('.tile-value').textContent()).toBe('1');

    // One column per day, drawn on the server: the SVG is in the HTML as served.
    const perDay = page.locator('section', { has: page.locator('#per-day-title') });
    expect(await perDay.locator('svg rect.bar').count()).toBe(30);
    const counted = await perDay.locator('table.figures tbody td:nth-child(2)').allTextContents();
    expect(counted.reduce((n, c) => n + Number(c), 0)).toBe(month.questions);

    const reasons = page.locator('section', { has: page.locator('#quarantine-title') });
    expect(await reasons.locator('svg text.axis').allTextContents()).toEqual([
      'unknown-sender',
      'auto-reply',
      'bounce',
      'mailing-list-message',
    ]);
    expect(await reasons.locator('svg text.value').allTextContents()).toEqual(['6', '4', '3', '1']);

    const workload = page.locator('section', { has: page.locator('#workload-title') });
    const cells = await workload
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent)));
    // Reviewer, approved, rejected, asked for info, edits, holding now.
    expect(cells).toEqual([
      ['Ann Coder', '3', '1', '1', '1', '0'],
      ['Bob Coder', '3', '0', '0', '1', '0'],
    ]);

    await page.screenshot({ path: `${SHOTS}/dashboard-30-days.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    expect(requests.every((u) => u.startsWith(h.base))).toBe(true);
    expect(await page.locator('script').evaluateAll((s) => s.map((e) => e.getAttribute('src')))).toEqual([
      '/assets/desk.js',
    ]);
    await page.close();
  });

  it('switches to the last 7 days', async () => {
    const page = await h.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, h.base, h.ann.email, h.ann.password);
    await page.goto(`${h.base}/dashboard?days=7`);
    expect(await page.locator('.states a[aria-current="page"]').textContent()).toBe('7 days');
    expect(
      await page
        .locator('section', { has: page.locator('#per-day-title') })
        .locator('svg rect.bar')
        .count(),
    ).toBe(7);
    await page.screenshot({ path: `${SHOTS}/dashboard-7-days.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
