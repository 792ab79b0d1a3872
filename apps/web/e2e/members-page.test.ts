import type { Browser, Locator, Page } from 'playwright-core';
import {
  seedInvitation,
  seedOrganization,
  seedUser,
  type SeededOrganization,
} from '@roster/testing/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPage, emulateTheme, everyWidth } from './audit';
import { launchBrowser } from './browser';
import { shown, tabTo as tabToOn, truncated, waitFocused as waitFocusedOn } from './keyboard';
import { openAs } from './org-fixtures';
import { startRoster, type RunningRoster } from './server';
import { uniqueEmail } from './steps';

// The members page at a phone's, a tablet's, a small laptop's and a laptop's width, and used with
// the keyboard only: invite, change a role, remove, focus back on what opened each dialog.

let roster: RunningRoster;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
let globex: SeededOrganization;
let initech: SeededOrganization;
const ownerName = 'Dorothea Vandenberg-Castellanos';
const pendingEmail = uniqueEmail('pending');
const expiredEmail = uniqueEmail('expired');

const member = (n: number) => globex.members[n]!;
const main = () => page.locator('#main');
const row = (text: string) => main().getByRole('row').filter({ hasText: text });
const waitFocused = (locator: Locator) => waitFocusedOn(page, locator);
const tabTo = (target: Locator) => tabToOn(page, target);
const membersPath = () => `/orgs/${globex.id}/members`;
beforeAll(async () => {
  roster = await startRoster();
  browser = await launchBrowser();
  const { orm } = roster.roster.db;
  const owner = await seedUser(orm, {
    name: ownerName,
    email: uniqueEmail('dorothea.vandenberg-castellanos'),
  });
  globex = await seedOrganization(orm, {
    name: 'Globex Corporation',
    plan: 'team',
    owner,
    members: ['admin', 'member', 'member', 'member', 'member'],
  });
  await seedInvitation(orm, { orgId: globex.id, invitedBy: owner.id, email: pendingEmail, role: 'admin' });
  await seedInvitation(orm, {
    orgId: globex.id,
    invitedBy: owner.id,
    email: expiredEmail,
    expiresAt: new Date(Date.now() - 86_400_000),
  });
  // On the free plan (5 seats): the owner, 3 members and 1 pending invitation leave no seat free.
  initech = await seedOrganization(orm, { name: 'Initech', owner, members: ['member', 'member', 'member'] });
  await seedInvitation(orm, { orgId: initech.id, invitedBy: owner.id, email: 'waiting@initech.example' });
  const opened = await openAs(browser, roster, owner, membersPath());
  page = opened.page;
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await roster?.close();
});

describe('the members page', () => {
  it('keeps every primary action reachable at 390, 768, 1024 and 1280 px, names whole from 768 px', async () => {
    for (const [width, height] of everyWidth) {
      await page.setViewportSize({ width, height });
      await page.goto(membersPath());
      await row(ownerName).waitFor();
      await main().getByRole('link', { name: 'Members 6' }).waitFor();
      await main().getByRole('link', { name: 'Invitations 1' }).waitFor();
      for (const control of [
        main().getByRole('button', { name: 'Invite members' }),
        main().getByLabel('Search members'),
        main().getByLabel('Filter by role'),
        main().getByLabel(`Role of ${member(1).name}`),
        main().getByRole('button', { name: `Actions for ${member(1).email}` }),
      ]) {
        expect(await control.isVisible(), `at ${width} px`).toBe(true);
      }
      // The owner's role is not a select, and their row has no menu.
      expect(await row(ownerName).getByRole('combobox').count()).toBe(0);
      if (width >= 768)
        expect(await truncated(row(ownerName).getByText(ownerName)), `at ${width}`).toBe(false);
      await auditPage(page, 'members-page');
      if (width === 390) {
        await emulateTheme(page, 'dark');
        await auditPage(page, 'members-page-dark');
        await emulateTheme(page, 'light');
      }

      await main().getByRole('link', { name: 'Invitations 1' }).click();
      await shown(row(pendingEmail), 'Pending').waitFor();
      expect(await row(expiredEmail).count()).toBe(0);
      expect(await main().getByLabel('Filter by status').isVisible()).toBe(true);
      expect(
        await main()
          .getByRole('button', { name: `Actions for the invitation to ${pendingEmail}` })
          .isVisible(),
      ).toBe(true);
      await auditPage(page, 'members-invitations');
    }
  });

  it('filters by role and by invitation status, in the URL', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(membersPath());
    await main().getByLabel('Filter by role').selectOption('admin');
    await page.waitForURL(/role=admin/);
    await row(member(0).email).waitFor();
    await row(member(1).email).waitFor({ state: 'detached' });
    expect(await main().getByRole('row').count()).toBe(2); // the header and the admin
    await main().getByText('1 matching').waitFor();

    await page.goto(`${membersPath()}?tab=invitations&status=expired`);
    await shown(row(expiredEmail), 'Expired').waitFor();
    // An expired invitation owes no email: no delivery chip.
    expect(
      await row(expiredEmail)
        .getByText(/^Email /)
        .count(),
    ).toBe(0);
    expect(await row(pendingEmail).count()).toBe(0);
    await main().getByLabel('Filter by status').selectOption('all');
    await row(pendingEmail).waitFor();
    await auditPage(page, 'members-invitations-all');
  });

  it('warns about seats only for addresses that would take one', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/orgs/${initech.id}/members`);
    await main().getByRole('button', { name: 'Invite members' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite members' });
    const warning = dialog.getByText(/This invite would add/);
    await dialog.getByText('Seats used: 5 / 5').waitFor();
    // A member, a pending invitee, an invalid address and a repeat take no seat.
    const member = initech.members[0]!.email;
    await dialog.getByLabel('Emails').fill(`${member}, WAITING@initech.example, not-an-email, ${member}`);
    await dialog.getByText('3 emails').waitFor();
    expect(await warning.count()).toBe(0);
    await dialog.getByLabel('Emails').fill(`${member}, new@initech.example, NEW@initech.example`);
    await warning.filter({ hasText: 'would add 1 person' }).waitFor();
    await page.keyboard.press('Escape');
    await page
      .getByRole('alertdialog', { name: 'Discard this invitation?' })
      .getByRole('button', { name: 'Discard' })
      .click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('transfers ownership to a plain member once the organization’s name is typed', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(membersPath());
    const heir = member(4);
    await main()
      .getByRole('button', { name: `Actions for ${heir.email}` })
      .click();
    await page.getByRole('menuitem', { name: 'Transfer ownership' }).click();
    const dialog = page.getByRole('dialog', { name: `Transfer ownership to ${heir.name}?` });
    await dialog.getByText('promoted from member').waitFor();
    const confirm = dialog.getByRole('button', { name: 'Transfer ownership' });
    const name = dialog.getByLabel('Type Globex Corporation to confirm');
    await name.fill('globex corporation');
    expect(await confirm.isDisabled()).toBe(true);
    await auditPage(page, 'members-transfer');
    await name.fill('Globex Corporation');
    expect(await confirm.isEnabled()).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await waitFocused(main().getByRole('button', { name: `Actions for ${heir.email}` }));
  });
});

describe('with the keyboard only', () => {
  beforeAll(async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(membersPath());
    await row(ownerName).waitFor();
  });

  it('invites, asking before a half-written invite is thrown away; focus goes back to the button', async () => {
    const invite = main().getByRole('button', { name: 'Invite members' });
    await tabTo(invite);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Invite members' });
    await waitFocused(dialog.getByLabel('Emails'));
    await page.keyboard.type('half-written@north');
    await page.keyboard.press('Escape');
    const discard = page.getByRole('alertdialog', { name: 'Discard this invitation?' });
    await discard.waitFor();
    await auditPage(page, 'members-invite-discard');
    await page.keyboard.press('Enter'); // "Keep editing" has the focus
    await discard.waitFor({ state: 'detached' });
    expect(await dialog.getByLabel('Emails').inputValue()).toBe('half-written@north');

    await page.keyboard.press('Escape');
    await discard.waitFor();
    await tabTo(discard.getByRole('button', { name: 'Discard' }));
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await waitFocused(invite);

    const email = uniqueEmail('keyboard');
    await page.keyboard.press('Enter');
    await waitFocused(dialog.getByLabel('Emails'));
    await page.keyboard.type(`${email}, not-an-email`);
    await tabTo(dialog.getByRole('button', { name: 'Send invitation' }));
    await page.keyboard.press('Enter');
    const results = page.getByRole('dialog', { name: '1 of 2 invitations sent' });
    await results
      .getByRole('listitem')
      .filter({ hasText: 'not-an-email' })
      .getByText('Not a valid email')
      .waitFor();
    await auditPage(page, 'members-invite-results');
    await tabTo(results.getByRole('button', { name: 'Invite more' }));
    await page.keyboard.press('Enter');
    // "Invite more" keeps the address that failed.
    expect(await dialog.getByLabel('Emails').inputValue()).toBe('not-an-email');
    await page.keyboard.press('Escape');
    await page.getByRole('alertdialog', { name: 'Discard this invitation?' }).waitFor();
    await tabTo(page.getByRole('button', { name: 'Discard' }));
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await waitFocused(invite);
    await main().getByRole('link', { name: 'Invitations 2' }).waitFor();
  });

  it('changes a role from the row, the select keeping the focus', async () => {
    const select = main().getByLabel(`Role of ${member(1).name}`);
    await tabTo(select);
    await page.keyboard.press('ArrowUp'); // Member → Admin
    await page.getByText(`${member(1).name} is now an admin`).waitFor();
    await waitFocused(select);
    expect(await select.inputValue()).toBe('admin');
  });

  it('removes a member after confirming; Esc cancels with focus back on the row’s menu', async () => {
    const gone = member(2);
    const trigger = main().getByRole('button', { name: `Actions for ${gone.email}` });
    const confirm = page.getByRole('alertdialog', { name: `Remove ${gone.email}?` });
    const removeItem = page.getByRole('menuitem', { name: 'Remove from organization' });
    await tabTo(trigger);
    await page.keyboard.press('Enter');
    await removeItem.waitFor();
    await page.keyboard.press('End'); // the last item
    await waitFocused(removeItem);
    await page.keyboard.press('Enter');
    await confirm.waitFor();
    await auditPage(page, 'members-remove');
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    await waitFocused(trigger);

    await page.keyboard.press('Enter');
    await removeItem.waitFor();
    await page.keyboard.press('End');
    await waitFocused(removeItem);
    await page.keyboard.press('Enter');
    await confirm.waitFor();
    await tabTo(confirm.getByRole('button', { name: 'Remove', exact: true }));
    await page.keyboard.press('Enter');
    await confirm.waitFor({ state: 'detached' });
    await page.getByText(`Removed ${gone.email}`).waitFor();
    await row(gone.email).waitFor({ state: 'detached' });
    // The row and its menu are gone: focus lands on the page's main region, not the body.
    await waitFocused(main());
  });

  it('hands the organization to a plain member, who becomes its owner', async () => {
    const heir = member(4);
    const trigger = main().getByRole('button', { name: `Actions for ${heir.email}` });
    await tabTo(trigger);
    await page.keyboard.press('Enter');
    await waitFocused(page.getByRole('menuitem', { name: 'Transfer ownership' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Transfer ownership to ${heir.name}?` });
    await waitFocused(dialog.getByLabel('Type Globex Corporation to confirm'));
    await page.keyboard.type('Globex Corporation');
    await page.keyboard.press('Enter');
    await page.getByText(`${heir.name} is now the owner. You are an admin.`).waitFor();
    await dialog.waitFor({ state: 'detached' });
    await row(heir.email).getByText('Owner', { exact: true }).waitFor();
    // Now an admin, the former owner changes no owner's role and hands nothing over.
    expect(await row(heir.email).getByRole('combobox').count()).toBe(0);
    expect(await main().getByLabel(`Role of ${ownerName}`).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
