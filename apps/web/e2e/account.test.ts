import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkIn } from '@roster/testing/mail-links';
import { auditInThemes, auditPage } from './audit';
import { launchBrowser, openPage } from './browser';
import { startRoster, type RunningRoster } from './server';
import { onPage, password, signUp, uniqueEmail } from './steps';

// The account page: name, password (other browsers signed out), email change by its link, the
// sessions list (one ended from here signs that browser out), show-password toggles; at a phone's
// and a laptop's width, light and dark.

const iphone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
const confirmEmailLinkPattern = /https?:\/\/\S+\/confirm-email\/[A-Za-z0-9_-]{20,}/;
const newPassword = 'quartz-heron-42-meadow';

let roster: RunningRoster;
let browser: Browser;
let page: Page;
let pageErrors: string[];
let email = uniqueEmail('noor');
let currentPassword = password;

beforeAll(async () => {
  roster = await startRoster();
  browser = await launchBrowser();
  ({ page, pageErrors } = await openPage(browser, roster.origin));
});

afterAll(async () => {
  await browser?.close();
  await roster?.close();
});

/** Another browser (an iPhone's user agent, so the list can tell it apart) signed in as the person. */
async function signInOnPhone(): Promise<{ phone: Page; context: BrowserContext }> {
  const context = await browser.newContext({
    baseURL: roster.origin,
    userAgent: iphone,
    viewport: { width: 390, height: 844 },
    locale: 'en-US',
  });
  const phone = await context.newPage();
  phone.setDefaultTimeout(15_000);
  await phone.goto('/sign-in');
  await phone.getByLabel('Email').fill(email);
  await phone.getByLabel('Password', { exact: true }).fill(currentPassword);
  await phone.getByRole('button', { name: 'Sign in', exact: true }).click();
  await phone.waitForURL(/\/orgs\//);
  return { phone, context };
}

/** The phone's session is over: its next page load lands on the sign-in page. */
async function expectSignedOut(phone: Page) {
  await phone.reload();
  await phone.waitForURL(/\/sign-in/);
}

const card = (title: string) => page.locator('section', { has: page.getByRole('heading', { name: title }) });

describe('the account page', () => {
  it('opens from the account menu, whose name includes the email', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await signUp(page, { name: 'Noor Haddad', email, company: 'Cedar Works' });
    const menu = page.getByRole('button', { name: `Account menu: Noor Haddad ${email}` });
    await menu.click();
    await page.getByRole('menuitem', { name: 'Account settings' }).click();
    await page.waitForURL(/\/account$/);
    await onPage(page).heading('Account').waitFor();
    // The shell of the organization last opened: its switcher and navigation.
    await onPage(page).switcher().waitFor();
    await card('Where you are signed in').getByText('This device').waitFor();
    await auditInThemes(page, 'account');
  });

  it('changes the name, shown at once in the account menu', async () => {
    const name = card('Name').getByLabel('Full name');
    await name.fill('Noor Haddad-Lee');
    await card('Name').getByRole('button', { name: 'Save name' }).click();
    await page.getByText('Name saved.').waitFor();
    await page.getByRole('button', { name: `Account menu: Noor Haddad-Lee ${email}` }).waitFor();
  });

  it('shows a password when its toggle is pressed, by mouse or keyboard', async () => {
    const field = card('Password').getByLabel('Current password');
    const toggle = card('Password').getByRole('button', { name: 'Show password' }).first();
    await field.fill('typed-secret');
    expect(await field.getAttribute('type')).toBe('password');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await field.getAttribute('type')).toBe('text');
    await toggle.focus();
    await page.keyboard.press('Space');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await field.getAttribute('type')).toBe('password');
    await field.fill('');
  });

  it('lists the sessions and signs another browser out from here', async () => {
    const { phone, context } = await signInOnPhone();
    await page.reload();
    const sessions = card('Where you are signed in');
    const phoneRow = sessions.getByRole('listitem').filter({ hasText: 'Safari 17 on iOS 17' });
    await phoneRow.waitFor();
    expect(await sessions.getByRole('listitem').count()).toBe(2);
    expect(await phoneRow.textContent()).toMatch(/Last seen|just now/);
    await auditPage(page, 'account-sessions');
    await page.setViewportSize({ width: 390, height: 844 });
    await auditPage(page, 'account-sessions');
    await page.setViewportSize({ width: 1280, height: 800 });

    const signOutOthers = sessions.getByRole('button', { name: 'Sign out everywhere else' });
    await signOutOthers.click();
    await page.getByRole('alertdialog', { name: 'Sign out everywhere else?' }).waitFor();
    await auditPage(page, 'account-sign-out-others');
    await page.keyboard.press('Escape');
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    expect(await signOutOthers.evaluate((element) => element === document.activeElement)).toBe(true);

    await phoneRow.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('Signed out of Safari 17 on iOS 17.').waitFor();
    await phoneRow.waitFor({ state: 'detached' });
    expect(
      await sessions.getByRole('list', { name: 'Sessions' }).evaluate((e) => e === document.activeElement),
    ).toBe(true);
    await expectSignedOut(phone);
    await context.close();
  });

  it('changes the password behind the current one, signing out the other browsers', async () => {
    const { phone, context } = await signInOnPhone();
    const form = card('Password');
    await form.getByLabel('Current password').fill('not-my-password');
    await form.getByLabel('New password').fill(newPassword);
    await form.getByRole('button', { name: 'Change password' }).click();
    await form.getByText('This is not your current password.').waitFor();

    await form.getByLabel('Current password').fill(currentPassword);
    await form.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Password changed. One other device was signed out.').waitFor();
    currentPassword = newPassword;
    await expectSignedOut(phone);
    await context.close();
    // This browser stays signed in.
    await page.reload();
    await onPage(page).heading('Account').waitFor();
  });

  it('changes the email once the link sent to the new address is opened', async () => {
    const next = uniqueEmail('noor-new');
    const form = card('Email');
    await form.getByLabel('New email').fill(next);
    await form.getByLabel('Current password').fill(currentPassword);
    await form.getByRole('button', { name: 'Send confirmation link' }).click();
    await form.getByText(`We sent a confirmation link to ${next}`, { exact: false }).waitFor();
    const link = linkIn(
      await roster.inbox.waitForMessage(next, { text: confirmEmailLinkPattern }),
      confirmEmailLinkPattern,
    );
    await page.goto(link);
    await page.getByRole('heading', { name: 'Email changed' }).waitFor();
    await auditPage(page, 'confirm-email');
    await page.getByRole('link', { name: 'Back to your account' }).click();
    await card('Email').getByText(next, { exact: true }).waitFor();
    await roster.inbox.waitForMessage(email, { text: /now signs in with/ });
    email = next;
    expect(pageErrors).toEqual([]);
  });
});
