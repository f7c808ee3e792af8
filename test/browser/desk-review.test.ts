// A reviewer's day in a real browser: sign in, find the consult in the queue, claim it, edit the
// draft with a live preview, approve it; a colleague is kept out by the claim; both pages pass axe.
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, deskInChromium, SHOTS, signIn } from '../fixtures/desk/browser-harness.js';
import { seedConsult } from '../fixtures/desk/seed.js';

describe('the reviewer desk in Chromium', () => {
  const h = deskInChromium();
  let consult: Awaited<ReturnType<typeof seedConsult>>;

  beforeAll(async () => {
    await seedConsult(h.scratch.db, {
      subject: 'Late question about 64483',
      receivedAt: new Date(Date.now() - 5 * 3600_000),
    });
    await seedConsult(h.scratch.db, {
      subject: 'Question nearly due',
      receivedAt: new Date(Date.now() - 3.5 * 3600_000),
    });
    consult = await seedConsult(h.scratch.db, {
      subject: 'Modifier 25 with a joint injection',
      attachments: [{ filename: 'op-note.pdf', contentType: 'application/pdf', size: 48_213 }],
    });
    await seedConsult(h.scratch.db, {
      state: 'quarantined',
      quarantineReason: 'auto-reply (RFC 3834 Auto-Submitted)',
      subject: 'Out of office',
    });
  });

  it('signs in and shows the queue oldest first, with turnaround status and counts per state', async () => {
    const page = await h.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, h.base, h.ann.email, h.ann.password);
    const subjects = await page.locator('table.queue tbody tr td:first-child').allTextContents();
    expect(subjects.map((s) => s.trim())).toEqual([
      'Late question about 64483',
      'Question nearly due',
      'Modifier 25 with a joint injection',
    ]);
    await expect.poll(() => page.locator('.due').allTextContents()).toEqual(['Late', 'Due soon', 'On time']);
    expect(await page.locator('.states a', { hasText: 'Quarantine' }).textContent()).toMatch(
      /Quarantine\s+1/,
    );
    await page.screenshot({ path: `${SHOTS}/queue.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('moves through the queue with j and k and opens the selection with e', async () => {
    const page = await h.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, h.base, h.ann.email, h.ann.password);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    await expect
      .poll(() => page.locator('tr.selected td:first-child').textContent())
      .toContain('Question nearly due');
    await page.keyboard.press('?');
    expect(await page.locator('dialog#help').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await page.keyboard.press('j');
    await page.keyboard.press('e');
    await page.waitForURL(`${h.base}/consults/${consult.consultId}#draft`);
    await page.close();
  });

  it('claims, edits with a live preview, and approves: one outbox row with the edited bytes and one send job', async () => {
    const page = await h.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await signIn(page, h.base, h.ann.email, h.ann.password);
    await page.goto(`${h.base}/consults/${consult.consultId}`);
    expect(await page.locator('#question-text mark').allTextContents()).toEqual(['99213-25', '20610']);
    expect(await page.locator('.attachments').textContent()).toContain(
      'op-note.pdf (application/pdf, 47.1 KB)',
    );
    await page.getByRole('button', { name: 'Claim to edit' }).click();
    await page.waitForURL(/notice=claimed/);
    await page
      .getByLabel('Text part')
      .fill('Yes: 99213 with modifier 25 and 20610, when the note supports a separate E/M service.\n');
    await expect.poll(() => page.locator('#preview-text').textContent()).toContain('separate E/M service');
    // The guidance paragraph beside the draft puts its citation where the reviewer is typing.
    await page.getByRole('button', { name: 'Insert citation' }).click();
    await expect
      .poll(() => page.getByLabel('Text part').inputValue())
      .toBe(
        'Yes: 99213 with modifier 25 and 20610, when the note supports a separate E/M service.\n(NCCI Policy Manual 2026, ch. I §D)',
      );
    await expect.poll(() => page.locator('#preview-text').textContent()).toContain('ch. I §D');
    await page
      .getByLabel('Text part')
      .fill('Yes: 99213 with modifier 25 and 20610, when the note supports a separate E/M service.\n');
    await page.getByLabel('HTML part').fill('<p>Yes: 99213 with modifier 25 and 20610.</p>');
    await expect
      .poll(() => page.frameLocator('#preview-html').locator('p').textContent())
      .toBe('Yes: 99213 with modifier 25 and 20610.');
    await page.screenshot({ path: `${SHOTS}/consult-claimed.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // The second reviewer sees who holds it and gets no editor.
    const other = await h.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(other, h.base, h.bob.email, h.bob.password);
    await other.goto(`${h.base}/consults/${consult.consultId}`);
    expect(await other.getByText('Claimed by Ann Coder').isVisible()).toBe(true);
    expect(await other.locator('#draft-form').count()).toBe(0);
    await other.screenshot({ path: `${SHOTS}/consult-blocked.png`, fullPage: true });

    await Promise.all([
      page.waitForURL(`${h.base}/?notice=approved`),
      page.getByRole('button', { name: 'Approve and send' }).click(),
    ]);
    expect(await page.getByRole('status').textContent()).toContain('queued for sending');
    const outbox = await h.scratch.db
      .selectFrom('outbox')
      .selectAll()
      .where('consult_id', '=', consult.consultId)
      .execute();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      kind: 'reply',
      text: 'Yes: 99213 with modifier 25 and 20610, when the note supports a separate E/M service.\n',
      html: '<p>Yes: 99213 with modifier 25 and 20610.</p>',
    });
    expect(h.jobs).toContainEqual({ name: 'send', payload: { outboxId: outbox[0]!.id } });

    // Even a forged approve from the second reviewer's page cannot send it again.
    const csrf = await other.locator('input[name=_csrf]').first().inputValue();
    const status = await other.evaluate(
      async ([id, token]) => {
        const body = new URLSearchParams({ _csrf: token!, text: 'x', html: 'x', version: '2' });
        return (await fetch(`/consults/${id}/approve`, { method: 'POST', body, redirect: 'manual' })).status;
      },
      [consult.consultId, csrf],
    );
    expect(status).toBe(409);
    expect(
      await h.scratch.db
        .selectFrom('outbox')
        .select('id')
        .where('consult_id', '=', consult.consultId)
        .execute(),
    ).toHaveLength(1);
    await page.close();
    await other.close();
  });

  it('works from the keyboard alone: e claims, a approves after a confirmation', async () => {
    const c = await seedConsult(h.scratch.db, { subject: 'Keyboard-only review' });
    const page = await h.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.accept();
    });
    await signIn(page, h.base, h.ann.email, h.ann.password);
    await page.goto(`${h.base}/consults/${c.consultId}`);
    await Promise.all([page.waitForURL(/notice=claimed/), page.keyboard.press('e')]);
    await expect
      .poll(() => page.locator('#draft-text').evaluate((el) => el === el.ownerDocument.activeElement))
      .toBe(true);
    await page.locator('#draft-text').blur();
    await Promise.all([page.waitForURL(`${h.base}/?notice=approved`), page.keyboard.press('a')]);
    expect(dialogs).toEqual(['Approve this draft and send it to the asker?']);
    const out = await h.scratch.db
      .selectFrom('outbox')
      .select(['draft_id'])
      .where('consult_id', '=', c.consultId)
      .execute();
    expect(out).toEqual([{ draft_id: c.draftId }]);
    await page.close();
  });

  it('shows the quarantine, admin and health pages to an admin (screenshots for a human look)', async () => {
    const page = await h.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, h.base, h.ann.email, h.ann.password);
    await page.goto(`${h.base}/?state=quarantined`);
    expect(await page.locator('table.queue tbody tr').first().textContent()).toContain(
      'auto-reply (RFC 3834 Auto-Submitted)',
    );
    await page.screenshot({ path: `${SHOTS}/quarantine.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${h.base}/admin`);
    expect(await page.getByRole('heading', { name: 'Reviewers' }).isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/admin.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${h.base}/admin/health`);
    expect(await page.getByRole('cell', { name: 'database' }).isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/health.png`, fullPage: true });
    await page.close();
  });
});
