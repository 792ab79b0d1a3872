import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPage, phoneAndLaptop } from './audit';
import { launchBrowser, openPage, snap } from './browser';
import { startRoster, type RunningRoster } from './server';
import { confirmEmail, onPage, openNewOrganization, signUp, uniqueEmail } from './steps';

// The signed-in frame at a phone's and a laptop's width: the sidebar as a drawer under 1024 px
// (keyboard, focus), the sidebar beside the page above it, and the theme toggle (remembered).

let roster: RunningRoster;
let browser: Browser;
let page: Page;
let pageErrors: string[];

const company = 'Harbor Lights';
const email = uniqueEmail('hana');

beforeAll(async () => {
  roster = await startRoster();
  browser = await launchBrowser();
  ({ page, pageErrors } = await openPage(browser, roster.origin));
});

afterAll(async () => {
  await browser?.close();
  await roster?.close();
});

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);
const holdsFocus = (locator: Locator) =>
  locator.evaluate((element) => element.contains(document.activeElement));

/**
 * Waits until a Radix layer (dialog, menu) has taken its place on top: that takes a render after it
 * appears, and an Esc pressed before goes to no layer. Its pointer-events turn 'auto' then.
 */
const onTop = (layer: Locator) =>
  expect.poll(() => layer.evaluate((element) => (element as HTMLElement).style.pointerEvents)).toBe('auto');

/** Presses Tab until `target` has focus (at most `limit` times), as a keyboard user would. */
async function tabTo(target: Locator, limit = 20) {
  for (let step = 0; step < limit; step++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the element');
}

describe('the app shell', () => {
  it('on a phone, opens the sidebar as a drawer and closes it with the keyboard, on navigating and outside', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signUp(page, { name: 'Hana Ito', email, company });
    const menuButton = page.getByRole('button', { name: 'Open menu' });
    const drawer = page.getByRole('dialog', { name: 'Menu' });
    expect(await page.getByRole('navigation', { name: 'Organization' }).count()).toBe(0);

    await menuButton.focus();
    await page.keyboard.press('Enter');
    await drawer.waitFor();
    await expect.poll(() => holdsFocus(drawer)).toBe(true);
    // Focus stays inside: a round of Tab presses never leaves the drawer.
    for (let step = 0; step < 12; step++) {
      await page.keyboard.press('Tab');
      expect(await holdsFocus(drawer)).toBe(true);
    }
    const failures: string[] = [];
    await auditPage(page, 'shell-drawer').catch((error: Error) => failures.push(error.message));
    await onTop(drawer);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await expect.poll(() => isFocused(menuButton)).toBe(true);

    await page.keyboard.press('Enter');
    await drawer.waitFor();
    await tabTo(drawer.getByRole('link', { name: 'Members' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/members$/);
    await drawer.waitFor({ state: 'hidden' });
    await expect.poll(() => isFocused(menuButton)).toBe(true);

    // The link to the page already shown closes the drawer too.
    await menuButton.click();
    await drawer.getByRole('link', { name: 'Members' }).click();
    await drawer.waitFor({ state: 'hidden' });

    // A menu inside the drawer: Esc closes the menu only, focus back on its trigger.
    await menuButton.click();
    await drawer.waitFor();
    const switcher = drawer.getByRole('button', { name: /switch organization/i });
    await switcher.click();
    const newOrganization = page.getByRole('menuitem', { name: 'New Organization' });
    await newOrganization.waitFor();
    await onTop(page.getByRole('menu'));
    await page.keyboard.press('Escape');
    await newOrganization.waitFor({ state: 'hidden' });
    expect(await drawer.isVisible()).toBe(true);
    await expect.poll(() => isFocused(switcher)).toBe(true);

    await page.mouse.click(380, 420); // the dimmed page right of the drawer
    await drawer.waitFor({ state: 'hidden' });
    await expect.poll(() => isFocused(menuButton)).toBe(true);
    expect(failures).toEqual([]);
  });

  it('on a laptop, shows the sidebar beside the page and no menu button', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('navigation', { name: 'Organization' }).waitFor();
    expect(await page.getByRole('button', { name: 'Open menu' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Overview' }).click();
    await onPage(page).heading(company).waitFor();
  });

  it('fits a dialog on a phone, and gives focus back to the menu whose item opened it', async () => {
    const dialog = await openNewOrganization(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await auditPage(page, 'shell-dialog');
    await page.setViewportSize({ width: 1280, height: 800 });
    await onTop(dialog);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => isFocused(onPage(page).switcher())).toBe(true);
  });

  it('asks before discarding what was typed in a dialog; kept, focus is back in the field', async () => {
    const dialog = await openNewOrganization(page);
    const name = dialog.getByLabel('Organization name');
    await name.fill('Half-typed');
    await onTop(dialog);
    await page.keyboard.press('Escape');
    const ask = page.getByRole('alertdialog', { name: /discard/i });
    await expect.poll(() => holdsFocus(ask)).toBe(true);
    await onTop(ask);
    await page.keyboard.press('Escape'); // Esc on the question keeps editing
    await ask.waitFor({ state: 'hidden' });
    await expect.poll(() => isFocused(name)).toBe(true);
    expect(await name.inputValue()).toBe('Half-typed');

    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => holdsFocus(ask)).toBe(true);
    await ask.getByRole('button', { name: 'Discard' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => isFocused(onPage(page).switcher())).toBe(true);
  });

  it('keeps the chosen theme across a reload, and the skip link leads to the page', async () => {
    await page.getByRole('radio', { name: 'Dark' }).click();
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    await page.reload();
    await onPage(page).heading(company).waitFor();
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    expect(await page.getByRole('radio', { name: 'Dark' }).getAttribute('aria-checked')).toBe('true');

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect.poll(() => isFocused(skip)).toBe(true);
    // On the screen (it waits above it until focused), over the sidebar and the top bar.
    await expect.poll(async () => (await skip.boundingBox())?.y).toBeGreaterThanOrEqual(0);
    await snap(page, 'shell-skip-link-dark-1280');
    await page.keyboard.press('Enter');
    await expect.poll(() => isFocused(page.locator('#main'))).toBe(true);
  });

  it('shows Overview and Members well in both themes, on a phone and a laptop', async () => {
    const failures: string[] = [];
    for (const theme of ['Light', 'Dark'] as const) {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.getByRole('radio', { name: theme }).click();
      const suffix = theme === 'Dark' ? '-dark' : '';
      for (const [view, link] of [
        ['overview', 'Overview'],
        ['members', 'Members'],
      ] as const) {
        await page.setViewportSize({ width: 1280, height: 800 });
        await page
          .getByRole('navigation', { name: 'Organization' })
          .getByRole('link', { name: link })
          .click();
        await page.locator('#main h1').first().waitFor();
        for (const [width, height] of phoneAndLaptop) {
          await page.setViewportSize({ width, height });
          await auditPage(page, `shell-${view}${suffix}`).catch((error: Error) =>
            failures.push(error.message),
          );
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('fits the invite dialog on a phone in both themes, its buttons in view, and gives focus back', async () => {
    await confirmEmail(page, roster.inbox, email);
    await page.setViewportSize({ width: 390, height: 844 });
    const invite = page.locator('#main').getByRole('button', { name: 'Invite members' });
    await invite.click();
    const dialog = page.getByRole('dialog', { name: 'Invite members' });
    await dialog.waitFor();
    const failures: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate(
        (dark) => document.documentElement.classList.toggle('dark', dark),
        theme === 'dark',
      );
      const name = theme === 'dark' ? 'shell-invite-dark' : 'shell-invite';
      await auditPage(page, name).catch((error: Error) => failures.push(error.message));
    }
    // On a short screen the form scrolls inside the panel while its buttons stay in view.
    await page.setViewportSize({ width: 390, height: 560 });
    await auditPage(page, 'shell-invite-short').catch(() => undefined);
    const footerButton = dialog.getByRole('button', { name: 'Cancel' });
    const box = await footerButton.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(560);
    await footerButton.click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => isFocused(invite)).toBe(true);
    expect(failures).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
