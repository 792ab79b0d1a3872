import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

const screenshotDir = fileURLToPath(new URL('./screenshots/', import.meta.url));

/** Debian's Chromium, headless. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/** A laptop-sized page that records uncaught errors (a journey fails on any). */
export async function openPage(
  browser: Browser,
  origin: string,
): Promise<{ page: Page; pageErrors: string[] }> {
  const context = await browser.newContext({
    baseURL: origin,
    viewport: { width: 1366, height: 768 },
    locale: 'en-US',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // A Content-Security-Policy violation only shows on the console: it counts as an error too.
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      pageErrors.push(message.text());
  });
  return { page, pageErrors };
}

/** Saves `e2e/screenshots/<name>.png` (gitignored) once animations have settled. */
export async function snap(page: Page, name: string, { fullPage = false } = {}): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}${name}.png`, animations: 'disabled', fullPage });
}

/**
 * Saves `<name>-1280.png` and `<name>-390.png`: on a laptop and on a phone (the whole page, unless
 * a dialog is open: it stays on the screen while the page scrolls under it).
 */
export async function snapWidths(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 1280, height: 800 });
  await snap(page, `${name}-1280`);
  await page.setViewportSize({ width: 390, height: 844 });
  await snap(page, `${name}-390`, { fullPage });
  if (size) await page.setViewportSize(size);
}
