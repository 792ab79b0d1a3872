import type { Page } from 'playwright-core';
import { linkIn, verifyEmailLinkPattern } from '@roster/testing/mail-links';
import type { SmtpInbox } from '@roster/testing/smtp-inbox';

export const password = 'violet-otter-17-lantern';
export const orgUrl = /\/orgs\/([0-9a-f-]{36})$/;

let counter = 0;
export function uniqueEmail(label: string): string {
  return `${label}-${Date.now()}-${++counter}@northwind.example`;
}

/** Locators and reads shared by the journeys. */
export function onPage(page: Page) {
  return {
    heading: (name: string) => page.getByRole('heading', { level: 1, name, exact: true }),
    switcher: () => page.getByRole('button', { name: /switch organization/i }),
    accountMenu: () => page.getByRole('button', { name: /account menu/i }),
    orgIdInUrl: () => orgUrl.exec(new URL(page.url()).pathname)?.[1],
  };
}

/** Signs up from the sign-up page and waits for the new organization's page. */
export async function signUp(
  page: Page,
  { name, email, company }: { name: string; email: string; company: string },
) {
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Work email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Company name').fill(company);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(orgUrl);
  await onPage(page).heading(company).waitFor();
}

/** Below 1024 px the sidebar (switcher, navigation, account menu) is a drawer: opens it. */
export async function openSidebar(page: Page) {
  if ((page.viewportSize()?.width ?? 0) >= 1024) return;
  await page.getByRole('button', { name: 'Open menu' }).click();
  await page.getByRole('dialog', { name: 'Menu' }).waitFor();
}

/** Opens the switcher's "New Organization" dialog. */
export async function openNewOrganization(page: Page) {
  await onPage(page).switcher().click();
  await page.getByRole('menuitem', { name: 'New Organization' }).click();
  return page.getByRole('dialog', { name: 'New Organization' });
}

/**
 * Confirms `email` the way its owner would: opens the link in its verification email (the first
 * among the messages after the first `since`), then goes back to the page they were on, banner gone.
 */
export async function confirmEmail(page: Page, inbox: SmtpInbox, email: string, since = 0) {
  const link = linkIn(
    await inbox.waitForMessage(email, { text: verifyEmailLinkPattern, since }),
    verifyEmailLinkPattern,
  );
  const back = page.url();
  await page.goto(link);
  await page.getByRole('heading', { name: 'Email confirmed' }).waitFor();
  await page.goto(back);
  await page.locator('#main').waitFor();
  if ((await page.getByRole('region', { name: 'Confirm your address' }).count()) > 0) {
    throw new Error(`The banner still asks ${email} to confirm their email`);
  }
}
