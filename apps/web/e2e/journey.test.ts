import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, snap } from './browser';
import { startRoster, type RunningRoster } from './server';
import { onPage, openNewOrganization, orgUrl, password, uniqueEmail } from './steps';

let roster: RunningRoster;
let browser: Browser;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  roster = await startRoster();
  browser = await launchBrowser();
  ({ page, pageErrors } = await openPage(browser, roster.origin));
});

afterAll(async () => {
  await browser?.close();
  await roster?.close();
});

const email = uniqueEmail('jane');
const heading = (name: string) => onPage(page).heading(name);
const switcher = () => onPage(page).switcher();
const orgIdInUrl = () => onPage(page).orgIdInUrl();

describe('a new customer', () => {
  it('signs up with a company and lands on its organization', async () => {
    await page.goto('/');
    await page.waitForURL('**/sign-in');
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.waitForURL('**/sign-up');
    // The sign-up page's chunk may still be on its way when the URL changes.
    await expect.poll(() => page.title()).toBe('Create your account · Roster');

    await page.getByLabel('Your name').fill('Jane Cooper');
    await page.getByLabel('Work email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill('password123');
    await page.getByLabel('Company name').fill('Northwind');
    await snap(page, '01-sign-up-form');

    // The API refuses a common password: its message shows next to the password field.
    await page.getByRole('button', { name: 'Create account' }).click();
    const passwordError = page.getByText('This password is too common. Choose one that is harder to guess.');
    await passwordError.waitFor();
    expect(await page.getByLabel('Password', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await snap(page, '02-sign-up-common-password');

    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByLabel('Password', { exact: true }).press('Enter');
    await page.waitForURL(orgUrl);
    await heading('Northwind').waitFor();
    await expect.poll(() => page.title()).toBe('Northwind · Roster');
    expect(await switcher().textContent()).toContain('Northwind');
    await page.getByText('Free plan · 1 / 5 seats').waitFor();
    await snap(page, '03-northwind-overview');
  });

  it('creates a second organization from the switcher and is switched to it', async () => {
    const northwindId = orgIdInUrl();
    const dialog = await openNewOrganization(page);
    await dialog.getByLabel('Organization name').fill('Second Org');
    await snap(page, '04-new-organization-dialog');
    await dialog.getByRole('button', { name: 'Create organization' }).click();

    await heading('Second Org').waitFor();
    await dialog.waitFor({ state: 'detached' });
    expect(orgIdInUrl()).toBeDefined();
    expect(orgIdInUrl()).not.toBe(northwindId);
    await page.getByText('Created Second Org').waitFor();
    expect(await switcher().textContent()).toContain('Second Org');
    await snap(page, '05-second-org');
  });

  it('switches back to Northwind with the switcher', async () => {
    await switcher().click();
    const northwind = page.getByRole('menuitemradio', { name: /Northwind/ });
    await northwind.waitFor();
    expect(await page.getByRole('menuitemradio', { name: /Second Org/ }).getAttribute('aria-checked')).toBe(
      'true',
    );
    await snap(page, '06-switcher-open');
    await northwind.click();
    await heading('Northwind').waitFor();
    expect(await switcher().textContent()).toContain('Northwind');
    await snap(page, '07-back-to-northwind');
  });

  it('renames Northwind with ✎ and sees the new name everywhere', async () => {
    await page.getByRole('button', { name: 'Rename organization' }).click();
    const dialog = page.getByRole('dialog', { name: 'Set Organization Name' });
    const name = dialog.getByLabel('Organization name');
    expect(await name.inputValue()).toBe('Northwind');
    await name.fill('Northwind Traders');
    await snap(page, '08-rename-dialog');
    await name.press('Enter');

    await heading('Northwind Traders').waitFor();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.title()).toBe('Northwind Traders · Roster');
    await expect.poll(() => switcher().textContent()).toContain('Northwind Traders');
    await snap(page, '09-renamed');
  });

  it('changes a setting, then signs out and back in to the organization used last', async () => {
    const northwindId = orgIdInUrl();
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    const expiry = page.getByLabel('Invitation links expire after');
    expect(await expiry.inputValue()).toBe('7d');
    await expiry.selectOption('30d');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Settings saved').waitFor();
    await snap(page, '10-settings-saved');

    await onPage(page).accountMenu().click();
    await page.getByRole('menuitem', { name: 'Sign out', exact: true }).click();
    await page.waitForURL('**/sign-in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill('not-my-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Incorrect email or password.').waitFor();
    await snap(page, '11-sign-in-wrong-password');

    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(orgUrl);
    expect(orgIdInUrl()).toBe(northwindId);
    await heading('Northwind Traders').waitFor();
    await snap(page, '12-signed-in-again');
  });

  it('shows a clear page for an organization that is not the user’s', async () => {
    await page.goto('/orgs/00000000-0000-4000-8000-000000000000');
    await page.getByRole('heading', { name: 'Organization not found' }).waitFor();
    await snap(page, '13-org-not-found');
    await page.getByRole('link', { name: 'Back to my organization' }).click();
    await heading('Northwind Traders').waitFor();

    await page.goto('/no-such-page');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    expect(await page.title()).toBe('Page not found · Roster');
    expect(pageErrors).toEqual([]);
  });
});
