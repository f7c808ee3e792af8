// An admin deletes a consult holding patient details from the consult page, confirming with its token;
// reviewers do not see the action; the page passes axe.
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, deskInChromium, SHOTS, signIn } from '../fixtures/desk/browser-harness.js';
import { seedConsult } from '../fixtures/desk/seed.js';

describe('deleting a consult in Chromium', () => {
  const h = deskInChromium();
  let consult: Awaited<ReturnType<typeof seedConsult>>;

  beforeAll(async () => {
    consult = await seedConsult(h.scratch.db, {
      subject: 'Mary Jones, MRN 99812345: 20610 with 99213',
      question: 'Pt name: Mary Jones, DOB 04/12/1956. Can 99213-25 go with 20610?',
    });
  });

  it('does not offer the deletion to a reviewer who is not an admin', async () => {
    const page = await h.browser.newPage();
    await signIn(page, h.base, h.bob.email, h.bob.password);
    await page.goto(`${h.base}/consults/${consult.consultId}`);
    expect(await page.getByRole('heading', { name: 'Delete this consult' }).count()).toBe(0);
    await page.close();
  });

  it("deletes the consult and its mail once the admin types the consult's token, and says so", async () => {
    const page = await h.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await signIn(page, h.base, h.ann.email, h.ann.password);
    await page.goto(`${h.base}/consults/${consult.consultId}`);
    const section = page.getByRole('region', { name: 'Delete this consult' });
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/consult-delete.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // A wrong token deletes nothing.
    await page.getByLabel(/Type the consult's token/).fill('CD-WRONG0');
    await page.getByRole('button', { name: 'Delete consult and its mail' }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('Nothing was deleted');
    await page.goBack();

    await page.getByLabel(/Type the consult's token/).fill(consult.token);
    await Promise.all([
      page.waitForURL(`${h.base}/?notice=consult_deleted`),
      page.getByRole('button', { name: 'Delete consult and its mail' }).click(),
    ]);
    expect(await page.getByRole('status').textContent()).toContain('Consult deleted');
    expect(
      await page
        .locator('table.queue')
        .textContent()
        .catch(() => ''),
    ).not.toContain('Mary Jones');

    const left = await h.scratch.db
      .selectFrom('consults')
      .select('id')
      .where('id', '=', consult.consultId)
      .execute();
    expect(left).toEqual([]);
    const tombstone = await h.scratch.db
      .selectFrom('audit_events')
      .select(['action', 'reviewer_id', 'detail'])
      .where('consult_id', '=', consult.consultId)
      .executeTakeFirstOrThrow();
    expect(tombstone).toEqual({
      action: 'consult.deleted',
      reviewer_id: h.ann.id,
      detail: { messages: 1, drafts: 1, outbox: 0 },
    });
    await page.close();
  });
});
