// /v1/docs (PRODUCT §6): the interactive API reference renders in a browser from this server alone
// (no CDN, no fonts or scripts from elsewhere) under its Content-Security-Policy, and shows the
// operations of /v1/openapi.json.
import { startRoster, type RunningRoster } from '@roster/testing/roster';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, openPage, snap } from './browser.js';

let roster: RunningRoster;
let browser: Browser;

beforeAll(async () => {
  roster = await startRoster({ worker: false });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await roster?.stop();
});

it('renders the API reference from this server only, without CSP violations', async () => {
  const { page, pageErrors } = await openPage(browser, roster.url);
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== roster.url)
      elsewhere.push(request.url());
  });
  const res = await page.goto('/v1/docs');
  expect(res?.status()).toBe(200);
  expect(page.url()).toBe(`${roster.url}/v1/docs/`);
  await expect.poll(() => page.getByText('List projects').count(), { timeout: 20_000 }).toBeGreaterThan(0);
  await snap(page, 'api-docs');
  // Every tag of the document is in the sidebar.
  for (const tag of ['Projects', 'Content', 'Folders', 'Assets', 'Uploads', 'Usage', 'Documentation'])
    await expect.poll(() => page.getByText(tag, { exact: true }).count()).toBeGreaterThan(0);
  await page.getByText('List projects').first().click();
  await snap(page, 'api-docs-operation');
  expect(pageErrors).toEqual([]);
  expect(elsewhere).toEqual([]);
});
