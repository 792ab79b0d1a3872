import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, snap, snapWidths } from './browser';
import { linkIn, resetPasswordLinkPattern, verifyEmailLinkPattern } from '@roster/testing/mail-links';
import { startRoster, type RunningRoster } from './server';
import { onPage, orgUrl, password, signUp, uniqueEmail } from './steps';

let roster: RunningRoster;
let browser: Browser;
const pageErrors: string[][] = [];

/** A page in a browser context (cookies, session) of its own. */
async function freshPage(): Promise<Page> {
  const opened = await openPage(browser, roster.origin);
  pageErrors.push(opened.pageErrors);
  await opened.page.setViewportSize({ width: 1280, height: 800 });
  return opened.page;
}

const banner = (page: Page) => page.getByRole('region', { name: 'Confirm your address' });

beforeAll(async () => {
  roster = await startRoster();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await roster?.close();
});

describe('confirming an email address', () => {
  const email = uniqueEmail('jane');
  let page: Page;

  it('shows a banner after signing up, and offers to resend the link', async () => {
    page = await freshPage();
    await signUp(page, { name: 'Jane Cooper', email, company: 'Northwind' });
    await banner(page).getByText(`Confirm your email address — we sent a link to ${email}.`).waitFor();
    await snapWidths(page, 'email-01-banner');

    // The sign-up's email went a moment ago: a new one waits for the cooldown, said in words.
    await banner(page).getByRole('button', { name: 'Resend email' }).click();
    await banner(page)
      .getByRole('status')
      // 60 s right after sign-up reads "1 minute"; a moment later, "59 seconds".
      .filter({ hasText: /^You can resend in (\d+ seconds?|1 minute)\.$/ })
      .waitFor({ state: 'attached' });
    expect(await banner(page).getByRole('button', { name: 'Resend email' }).isDisabled()).toBe(true);
    await snap(page, 'email-02-banner-resent');
  });

  it('explains, instead of an invite form, that invitations wait for a confirmed email', async () => {
    await page.getByRole('link', { name: 'Members', exact: true }).click();
    await page.getByRole('button', { name: 'Invite members' }).click();
    const dialog = page.getByRole('dialog', { name: 'Confirm your email first' });
    await dialog.getByText(`We sent a link to ${email}`, { exact: false }).waitFor();
    expect(await dialog.getByLabel('Emails').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Resend email' }).waitFor();
    await snapWidths(page, 'email-03-invite-needs-confirmed-email', { fullPage: false });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // Invitations to an unconfirmed address stay out of the bell, and it says why.
    await page.getByRole('button', { name: 'Notifications' }).click();
    await page
      .getByRole('dialog', { name: 'Notifications' })
      .getByText('Invitations sent to you show up here once you confirm your email address.')
      .waitFor();
    await page.keyboard.press('Escape');
  });

  it('the banner can be dismissed for this visit, and is back after a reload', async () => {
    await banner(page).getByRole('button', { name: 'Dismiss until next visit' }).click();
    await banner(page).waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Projects', exact: true }).click();
    await onPage(page).heading('Projects').waitFor();
    expect(await banner(page).count()).toBe(0);
    await page.reload();
    await banner(page).waitFor();
  });

  it('the link in the verification email confirms it, and the banner goes', async () => {
    const mail = await roster.inbox.waitForMessage(email, { text: verifyEmailLinkPattern });
    const link = linkIn(mail, verifyEmailLinkPattern);
    expect(link).toContain(`${roster.origin}/verify-email/`);
    await page.goto(link);
    await page.getByRole('heading', { name: 'Email confirmed' }).waitFor();
    await page.getByText(`Your email ${email} is confirmed.`).waitFor();
    await snapWidths(page, 'email-04-verify-success');

    await page.getByRole('link', { name: 'Continue to Roster' }).click();
    await page.waitForURL(orgUrl);
    await onPage(page).heading('Northwind').waitFor();
    expect(await banner(page).count()).toBe(0);

    // The link works once; opened again, it says there is nothing left to do.
    await page.goto(link);
    await page.getByRole('heading', { name: 'Your email is already confirmed' }).waitFor();
  });

  it('a link that is not valid says so, and signed out, offers to sign in for a new one', async () => {
    const stranger = await freshPage();
    await stranger.goto(`/verify-email/${'x'.repeat(43)}`);
    await stranger.getByRole('heading', { name: 'This link is not valid' }).waitFor();
    await snapWidths(stranger, 'email-05-verify-invalid');
    await stranger.getByRole('link', { name: 'Sign in' }).click();
    await stranger.waitForURL('**/sign-in');
    await stranger.context().close();
  });
});

describe('resetting a forgotten password', () => {
  const email = uniqueEmail('rob');
  const newPassword = 'amber-heron-42-compass';
  let before: Page;
  let page: Page;
  let link: string;

  it('asks for a link from the sign-in page, with the email typed there', async () => {
    // Rob is signed in on another device before he forgets his password.
    before = await freshPage();
    await signUp(before, { name: 'Rob Lee', email, company: 'Lee & Co' });

    page = await freshPage();
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(email);
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.waitForURL('**/forgot-password?*');
    await onPage(page).heading('Reset your password').waitFor();
    expect(await page.getByLabel('Email').inputValue()).toBe(email);
    await snapWidths(page, 'email-06-forgot-password');

    const since = roster.inbox.messages.length;
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await page
      .getByText(
        `If an account exists for ${email}, we've sent a link to choose a new password. It expires in 1 hour.`,
      )
      .waitFor();
    await snapWidths(page, 'email-07-forgot-password-sent');
    link = linkIn(
      await roster.inbox.waitForMessage(email, { text: resetPasswordLinkPattern, since }),
      resetPasswordLinkPattern,
    );
    expect(link).toContain(`${roster.origin}/reset-password/`);
  });

  it('says the same for an email without an account, and by the field when asked too often', async () => {
    await page.getByRole('button', { name: 'Use another email' }).click();
    const nobody = uniqueEmail('nobody');
    await page.getByLabel('Email').fill(nobody);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await page
      .getByText(
        `If an account exists for ${nobody}, we've sent a link to choose a new password. It expires in 1 hour.`,
      )
      .waitFor();

    // Five requests an hour for one address; the sixth is refused, with the wait in words.
    for (let sent = 1; sent < 5; sent++) {
      await page.getByRole('button', { name: 'Use another email' }).click();
      await page.getByRole('button', { name: 'Send reset link' }).click();
      await onPage(page).heading('Check your email').waitFor();
    }
    await page.getByRole('button', { name: 'Use another email' }).click();
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await page.getByText(/^Too many attempts\. Try again in (1 hour|\d+ minutes)\.$/).waitFor();
    expect(await page.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');
    await snapWidths(page, 'email-07b-forgot-password-too-many');
  });

  it('chooses a new password through the link and lands in the app, signed out elsewhere', async () => {
    await page.goto(link);
    await onPage(page).heading('Choose a new password').waitFor();
    const field = page.getByLabel('New password');
    await field.fill('password123');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('This password is too common. Choose one that is harder to guess.').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');

    await field.fill(newPassword);
    await page.getByRole('button', { name: 'Show password' }).click();
    expect(await field.getAttribute('type')).toBe('text');
    await snapWidths(page, 'email-08-reset-password');
    await field.press('Enter');

    await page.waitForURL(orgUrl);
    await onPage(page).heading('Lee & Co').waitFor();
    await page.getByText('Password changed. Other sessions were signed out.').waitFor();
    await snap(page, 'email-09-reset-signed-in');

    // The session from before the reset is gone: its next page asks to sign in.
    await before.reload();
    await before.waitForURL(/\/sign-in\?redirect=/);
    await before.getByLabel('Email').fill(email);
    await before.getByLabel('Password', { exact: true }).fill(password);
    await before.getByRole('button', { name: 'Sign in' }).click();
    await before.getByText('Incorrect email or password.').waitFor();
    await before.getByLabel('Password', { exact: true }).fill(newPassword);
    await before.getByRole('button', { name: 'Sign in' }).click();
    await before.waitForURL(orgUrl);
  });

  it('a used link says so, and leads to a new one', async () => {
    await page.goto(link);
    await onPage(page).heading('Choose a new password').waitFor();
    await page.getByLabel('New password').fill('another-quiet-meadow-93');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('heading', { name: 'This link is not valid' }).waitFor();
    await snapWidths(page, 'email-10-reset-invalid');
    await page.getByRole('link', { name: 'Get a new link' }).click();
    await onPage(page).heading('Reset your password').waitFor();
    expect(pageErrors.flat()).toEqual([]);
  });
});
