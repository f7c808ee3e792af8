// Renders the HTML part of each example reply kind in headless Chromium, the way a webmail client
// shows it, and keeps screenshots under test-output/replies/ for a human look.
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftReply } from '../../src/drafting/draft-reply.js';
import type { ReplyKind } from '../../src/drafting/draft.types.js';
import { draftInput, findingsFixture, type FixtureName } from '../unit/drafting/findings-fixture.js';
import { launchChromium } from '../helpers/browser.js';

const OUT_DIR = new URL('../../test-output/replies/', import.meta.url);

const EXAMPLES: [ReplyKind, FixtureName, { reason?: string; reviewerNote?: string }][] = [
  ['answer', 'ex-01-thoracentesis-guidance', { reviewerNote: 'Check that the images were saved & signed.' }],
  ['answer', 'dx-j91-not-billable', {}],
  ['answer', 'mue-exceeded-62329', {}],
  ['no_code_found', 'no-code-found', {}],
  ['request_info', 'request-info', { reason: 'Please send the procedure note for the catheter placement.' }],
  ['rejection', 'rejection', { reason: 'Questions about dental codes are outside what this desk answers.' }],
];

let browser: Browser;

beforeAll(async () => {
  mkdirSync(OUT_DIR, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('reply HTML in a browser', () => {
  it.each(EXAMPLES)(
    'a %s reply (%s) loads nothing from outside and shows the bottom line first',
    async (kind, name, extra) => {
      const { html } = draftReply(draftInput(kind, findingsFixture(name), extra));
      const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load' });

      const bottomLine = page.locator('#bottom-line');
      await expect(bottomLine.isVisible()).resolves.toBe(true);
      await expect(bottomLine.innerText()).resolves.toContain('Bottom line');
      const box = await bottomLine.boundingBox();
      expect(box && box.y + box.height).toBeLessThan(600);
      expect(requests).toEqual([]);

      await page.screenshot({ path: new URL(`${kind}-${name}.png`, OUT_DIR).pathname, fullPage: true });
      await page.close();
    },
  );
});
