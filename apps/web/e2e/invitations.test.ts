import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, snap } from './browser';
import { invitationLink, invitationLinkPattern } from '@roster/testing/mail-links';
import { shown } from './keyboard';
import { startRoster, type RunningRoster } from './server';
import { confirmEmail, onPage, password, signUp, uniqueEmail } from './steps';

let roster: RunningRoster;
let browser: Browser;
const pageErrors: string[][] = [];
let admin: Page;
let sam: Page;
let nina: Page;
let orgId: string;
const links: Record<'sam' | 'nina', string> = { sam: '', nina: '' };

const adminEmail = uniqueEmail('ada');
const samEmail = uniqueEmail('sam');
const ninaEmail = uniqueEmail('nina');

/** A laptop-sized page in a browser context (cookies, session) of its own. */
async function personPage(): Promise<Page> {
  const opened = await openPage(browser, roster.origin);
  pageErrors.push(opened.pageErrors);
  await opened.page.setViewportSize({ width: 1280, height: 800 });
  return opened.page;
}

const row = (page: Page, email: string) => page.getByRole('row').filter({ hasText: email });

beforeAll(async () => {
  roster = await startRoster();
  browser = await launchBrowser();
  admin = await personPage();
  // Sam already has a Roster account (and an organization of his own) before being invited.
  sam = await personPage();
  await signUp(sam, { name: 'Sam Rivera', email: samEmail, company: 'Rivera Studio' });
  // Invitations reach the bell of confirmed addresses only.
  await confirmEmail(sam, roster.inbox, samEmail);
});

afterAll(async () => {
  await browser?.close();
  await roster?.close();
});

describe('inviting people', () => {
  it('an admin signs up and finds only themselves on the members page', async () => {
    await signUp(admin, { name: 'Ada Admin', email: adminEmail, company: 'Northwind' });
    // Only a confirmed address may invite.
    await confirmEmail(admin, roster.inbox, adminEmail);
    orgId = onPage(admin).orgIdInUrl()!;
    await admin.getByRole('link', { name: 'Members', exact: true }).click();
    await onPage(admin).heading('Members').waitFor();
    await row(admin, adminEmail).getByText('(you)').waitFor();
    expect(await row(admin, adminEmail).textContent()).toContain('Owner');
    // The owner's row has no actions.
    expect(await admin.getByRole('button', { name: `Actions for ${adminEmail}` }).count()).toBe(0);
  });

  it('invites an existing user and a new address in one go, and sees each outcome', async () => {
    await admin.getByRole('button', { name: 'Invite members' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Invite members' });
    await dialog.getByLabel('Emails').fill(`${samEmail},\n${ninaEmail} not-an-email`);
    await dialog.getByText('3 emails · 1 not valid').waitFor();
    await dialog.getByLabel('Add a project').selectOption({ label: 'Library' });
    await dialog.getByLabel('Role in Library').selectOption('viewer');
    await snap(admin, '19-invite-dialog-form');
    await dialog.getByRole('button', { name: 'Invite 2 people' }).click();

    const results = admin.getByRole('dialog', { name: '2 of 3 invitations sent' });
    const outcome = (email: string) => results.getByRole('listitem').filter({ hasText: email });
    await outcome(samEmail).getByText('Invited').waitFor();
    await outcome(ninaEmail).getByText('Invited').waitFor();
    await outcome('not-an-email').getByText('Not a valid email').waitFor();
    await results.getByText('Invited: 2 · Not a valid email: 1').waitFor();
    await snap(admin, '20-invite-dialog-results');
    await results.getByRole('button', { name: 'Done' }).click();
    await results.waitFor({ state: 'detached' });

    // Both invitations are listed as pending under their tab; the worker mails them.
    await admin.getByRole('link', { name: 'Invitations 2' }).click();
    for (const email of [samEmail, ninaEmail]) {
      await shown(row(admin, email), 'Pending').waitFor();
      await shown(row(admin, email), 'Email sent').waitFor();
    }
    await admin.getByText('3 / 5').waitFor();
    await snap(admin, '21-members-with-invitations');
  });

  it('emails each invitee a link to the invitation', async () => {
    links.sam = invitationLink(await roster.inbox.waitForMessage(samEmail, { text: invitationLinkPattern }));
    links.nina = invitationLink(
      await roster.inbox.waitForMessage(ninaEmail, { text: invitationLinkPattern }),
    );
    expect(links.sam).toContain(`${roster.origin}/invite/`);
    expect(links.nina).not.toBe(links.sam);
  });

  it('the new address signs up through its link and lands in the organization', async () => {
    nina = await personPage();
    await nina.goto(links.nina);
    await nina.getByRole('heading', { name: 'Northwind' }).waitFor();
    await nina.getByText('Ada Admin', { exact: true }).waitFor();
    const email = nina.getByLabel('Email');
    expect(await email.inputValue()).toBe(ninaEmail);
    expect(await email.getAttribute('readonly')).not.toBeNull();
    await nina.getByLabel('Your name').fill('Nina Patel');
    await nina.getByLabel('Password', { exact: true }).fill(password);
    await snap(nina, '22-invite-page-sign-up');
    await nina.getByRole('button', { name: 'Create account and join' }).click();

    await nina.waitForURL(`**/orgs/${orgId}`);
    await onPage(nina).heading('Northwind').waitFor();
    await nina.getByText('Welcome to Northwind').waitFor();
    // Signing up through an invitation creates no organization of one's own.
    await onPage(nina).switcher().click();
    expect(await nina.getByRole('menuitemradio').count()).toBe(1);
    await nina.keyboard.press('Escape');
  });

  it('a member sees the members page read-only', async () => {
    await nina.getByRole('link', { name: 'Members', exact: true }).click();
    await row(nina, ninaEmail).getByText('(you)').waitFor();
    await row(nina, adminEmail).waitFor();
    expect(await nina.getByRole('button', { name: 'Invite members' }).count()).toBe(0);
    expect(await nina.getByRole('button', { name: /^Actions for/ }).count()).toBe(0);
    await nina.getByText('Only owners and admins can invite people and manage members.').waitFor();
  });

  it('the existing user accepts from the bell and is switched to the organization', async () => {
    await sam.reload();
    const bell = sam.getByRole('button', { name: 'Notifications, 1 unread' });
    await bell.click();
    const panel = sam.getByRole('dialog', { name: 'Notifications' });
    await panel.getByText('Ada Admin invited you to join Northwind as member').waitFor();
    await snap(sam, '23-bell-open');
    await panel.getByRole('button', { name: 'Accept' }).click();

    await sam.waitForURL(`**/orgs/${orgId}`);
    await onPage(sam).heading('Northwind').waitFor();
    await sam.getByText('You joined Northwind').waitFor();
    await sam.getByRole('button', { name: 'Notifications', exact: true }).waitFor();
  });

  it('the admin sees both as members, and removes one after confirming', async () => {
    await admin.reload();
    await onPage(admin).heading('Members').waitFor();
    await admin.getByRole('link', { name: 'Invitations 0' }).waitFor();
    await admin.getByRole('link', { name: 'Members 3' }).click();
    for (const name of ['Sam Rivera', 'Nina Patel']) {
      expect(await admin.getByLabel(`Role of ${name}`).inputValue()).toBe('member');
    }
    await snap(admin, '24-members-page');

    // Sam becomes an admin from the select in his row; the owner could hand him the organization.
    await admin.getByLabel('Role of Sam Rivera').selectOption('admin');
    await admin.getByText('Sam Rivera is now an admin').waitFor();
    expect(await admin.getByLabel('Role of Sam Rivera').inputValue()).toBe('admin');
    await admin.getByRole('button', { name: `Actions for ${samEmail}` }).click();
    await admin.getByRole('menuitem', { name: 'Transfer ownership' }).waitFor();
    await snap(admin, '24-member-row-menu');
    await admin.keyboard.press('Escape');

    await admin.getByRole('button', { name: `Actions for ${ninaEmail}` }).click();
    await admin.getByRole('menuitem', { name: 'Remove from organization' }).click();
    const confirm = admin.getByRole('alertdialog', { name: `Remove ${ninaEmail}?` });
    await confirm.waitFor();
    await snap(admin, '25-remove-confirmation');
    await confirm.getByRole('button', { name: 'Remove', exact: true }).click();

    await confirm.waitFor({ state: 'detached' });
    await admin.getByText(`Removed ${ninaEmail}`).waitFor();
    await row(admin, ninaEmail).waitFor({ state: 'detached' });
    await row(admin, samEmail).waitFor();
    await admin.getByText('2 / 5').waitFor();
  });

  it('a used link says the invitation was already accepted', async () => {
    await admin.goto(links.sam);
    await admin.getByRole('heading', { name: 'This invitation has already been accepted' }).waitFor();
    await admin.getByRole('link', { name: 'Go to Roster' }).click();
    await onPage(admin).heading('Northwind').waitFor();
  });

  it('a link opened by someone else says so; signing out offers the invitee to sign in and join', async () => {
    // The admin invites Nina again (she has an account now), then opens her link by mistake.
    const since = roster.inbox.messages.length;
    await admin.getByRole('link', { name: 'Members', exact: true }).click();
    await admin.getByRole('button', { name: 'Invite members' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Invite members' });
    await dialog.getByLabel('Emails').fill(ninaEmail);
    await dialog.getByText('1 email', { exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await admin
      .getByRole('dialog', { name: '1 invitation sent' })
      .getByText('Invited', { exact: true })
      .waitFor();
    await admin.keyboard.press('Escape');
    const link = invitationLink(
      await roster.inbox.waitForMessage(ninaEmail, { text: invitationLinkPattern, since }),
    );

    await admin.goto(link);
    await admin
      .getByText(`This invitation is for ${ninaEmail}; you are signed in as ${adminEmail}`)
      .waitFor();
    await snap(admin, '26-invite-page-other-account');
    await admin.getByRole('button', { name: 'Sign out' }).click();

    await admin.getByText('You already have a Roster account. Sign in to accept.').waitFor();
    expect(await admin.getByLabel('Email').inputValue()).toBe(ninaEmail);
    await admin.getByLabel('Password', { exact: true }).fill(password);
    await snap(admin, '27-invite-page-sign-in');
    await admin.getByRole('button', { name: 'Sign in and join' }).click();
    await admin.waitForURL(`**/orgs/${orgId}`);
    await onPage(admin).heading('Northwind').waitFor();
    expect(await onPage(admin).accountMenu().textContent()).toContain('Nina Patel');
    expect(pageErrors.flat()).toEqual([]);
  });
});
