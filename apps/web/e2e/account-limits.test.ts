import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, snap } from './browser';
import { startRoster, type RunningRoster } from './server';
import { onPage, openNewOrganization, signUp, uniqueEmail } from './steps';

let roster: RunningRoster;
let browser: Browser;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  roster = await startRoster();
  browser = await launchBrowser();
  ({ page, pageErrors } = await openPage(browser, roster.origin));
  await signUp(page, { name: 'Sam Rivera', email: uniqueEmail('sam'), company: 'Contoso' });
});

afterAll(async () => {
  await browser?.close();
  await roster?.close();
});

describe('limits and leaving', () => {
  it('says in the switcher, before any dialog, that the person owns as many organizations as they may', async () => {
    // A person may own three organizations unless an operator says otherwise; Sam owns one.
    const first = await openNewOrganization(page);
    // An empty name is refused by the same schema as the API's, before any request.
    await first.getByRole('button', { name: 'Create organization' }).click();
    await first.getByText('Enter a name.').waitFor();
    await first.getByLabel('Organization name').fill('Contoso Labs');
    await first.getByLabel('Organization name').press('Enter');
    await onPage(page).heading('Contoso Labs').waitFor();
    const second = await openNewOrganization(page);
    await second.getByLabel('Organization name').fill('Contoso Retail');
    await second.getByLabel('Organization name').press('Enter');
    await onPage(page).heading('Contoso Retail').waitFor();

    await onPage(page).switcher().click();
    await page
      .getByText('You own 3 of 3 organizations. That is your limit: your Roster operator can raise it.')
      .waitFor();
    const item = page.getByRole('menuitem', { name: 'New Organization' });
    expect(await item.getAttribute('aria-disabled')).toBe('true');
    await snap(page, '14-owned-org-limit');
    await page.keyboard.press('Escape');
    await onPage(page).heading('Contoso Retail').waitFor();
  });

  it('signs out everywhere after confirming', async () => {
    await onPage(page).accountMenu().click();
    await page.getByRole('menuitem', { name: 'Sign out everywhere' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Sign out everywhere?' });
    await confirm.waitFor();
    await snap(page, '15-sign-out-everywhere-confirm');
    await confirm.getByRole('button', { name: 'Sign out everywhere' }).click();
    await page.waitForURL('**/sign-in');

    // The session is gone on the server too: a signed-in page sends to sign in (and back after).
    await page.goto('/orgs/00000000-0000-4000-8000-000000000000/settings');
    await page.waitForURL(/\/sign-in\?redirect=/);
    await page.getByRole('heading', { name: 'Sign in to Roster' }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
