// An administrator imports a release on the desk's reference-data page in Chromium: each file shown
// with the dataset and edition it holds as it uploads, then each edition's progress and result; a
// malformed file is refused with its line while the others load; the page passes axe.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, deskInChromium, SHOTS, signIn } from '../fixtures/desk/browser-harness.js';

const FIXTURES = new URL('../fixtures/refdata/official/', import.meta.url).pathname;

describe('the reference-data page in Chromium', () => {
  const h = deskInChromium();
  const dir = mkdtempSync(join(tmpdir(), 'codedesk-upload-test-'));

  beforeAll(async () => {
    // A malformed ICD-10-PCS order file: line 3 has a flag that is neither 0 nor 1.
    const pcs = readFileSync(join(FIXTURES, 'icd10pcs_order_2026.txt'), 'latin1');
    writeFileSync(
      join(dir, 'icd10pcs_order_2026.txt'),
      pcs.replace('00003 0016071 1', '00003 0016071 X'),
      'latin1',
    );
  });

  it('uploads a release, shows each file recognised and each edition loaded with its progress, and refuses the malformed one', async () => {
    const page = await h.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await signIn(page, h.base, h.ann.email, h.ann.password);
    await page.getByRole('link', { name: 'Reference data' }).click();
    await page.waitForURL(`${h.base}/admin/refdata`);
    expect(await page.locator('ul.stale li').first().textContent()).toMatch(
      /NCCI PTP practitioner: none loaded; \d{4} Q\d applies from/,
    );

    await page.setInputFiles('#rd-files', [
      ...[1, 2, 3, 4].map((k) => join(FIXTURES, `ccipra-v323r0-f${k}.txt`)),
      join(FIXTURES, 'MCR_MUE_PractitionerServices_Eff_10-01-2026.csv'),
      join(FIXTURES, 'HCPC2026_OCT_ANWEB.txt'),
      join(dir, 'icd10pcs_order_2026.txt'),
    ]);
    await page.getByRole('button', { name: 'Upload and import' }).click();
    await expect
      .poll(() => page.locator('#rd-status').textContent(), { timeout: 60_000 })
      .toMatch(/^Import finished/);

    // A row's inner text is its cells separated by tabs.
    const cells = async (selector: string) =>
      (await page.locator(selector).allInnerTexts()).map((t) => t.split('\t').map((c) => c.trim()));
    const uploaded = (await cells('#rd-uploaded tbody tr')).map((r) => r.slice(0, 3));
    expect(uploaded).toContainEqual(['ccipra-v323r0-f2.txt', 'NCCI PTP practitioner 2026 Q4', '2026-10-01']);
    expect(uploaded).toContainEqual([
      'MCR_MUE_PractitionerServices_Eff_10-01-2026.csv',
      'NCCI MUE practitioner 2026 Q4',
      '2026-10-01',
    ]);
    expect(uploaded).toContainEqual(['HCPC2026_OCT_ANWEB.txt', 'HCPCS Level II Oct 2026', '2026-10-01']);

    const progress = await page
      .locator('#rd-loading tbody tr progress')
      .evaluateAll((bars) => bars.map((b) => (b as unknown as { value: number }).value));
    const editions = (await cells('#rd-loading tbody tr')).map((r, i) => ({
      edition: r[0],
      progress: progress[i],
      result: r[4],
    }));
    expect(editions).toEqual([
      {
        edition: 'NCCI PTP practitioner 2026 Q4',
        progress: 100,
        result: expect.stringMatching(/^Loaded 63 rows in /),
      },
      {
        edition: 'NCCI MUE practitioner 2026 Q4',
        progress: 100,
        result: expect.stringMatching(/^Loaded 22 rows in /),
      },
      {
        edition: 'HCPCS Level II Oct 2026',
        progress: 100,
        result: expect.stringMatching(/^Loaded 8 rows in /),
      },
      {
        edition: 'ICD-10-PCS FY2026',
        progress: expect.any(Number),
        result:
          'Refused: icd10pcs: line 3, column "valid": expected one of 0, 1 (got "X"); nothing was loaded',
      },
    ]);
    const loaded = await h.scratch.db.selectFrom('refdata_editions').select('label').orderBy('id').execute();
    expect(loaded.map((e) => e.label)).toEqual([
      'NCCI PTP practitioner 2026 Q4',
      'NCCI PTP edit rationale 2026 Q4',
      'NCCI MUE practitioner 2026 Q4',
      'HCPCS Level II Oct 2026',
    ]);
    await page.screenshot({ path: `${SHOTS}/refdata-upload.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    expect(await page.locator('table.editions tbody tr').count()).toBe(4);
    await page.close();
  });

  it('is for administrators only', async () => {
    const page = await h.browser.newPage();
    await signIn(page, h.base, h.bob.email, h.bob.password);
    const res = await page.goto(`${h.base}/admin/refdata`);
    expect(res!.status()).toBe(403);
    await page.close();
  });
});
