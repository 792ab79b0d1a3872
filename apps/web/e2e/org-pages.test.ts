import type { Browser, Page } from 'playwright-core';
import { seedProject } from '@roster/testing/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditInThemes, auditPage } from './audit';
import { launchBrowser, openPage } from './browser';
import { mutate, openAs, seedGlobex, signedInUser } from './org-fixtures';
import { startRoster, type RunningRoster } from './server';
import { onPage, openNewOrganization, signUp, uniqueEmail } from './steps';

let roster: RunningRoster;
let browser: Browser;
let page: Page;
let pageErrors: string[];
let acmeId: string;
let people: Awaited<ReturnType<typeof seedGlobex>>;

beforeAll(async () => {
  roster = await startRoster();
  browser = await launchBrowser();
  ({ page, pageErrors } = await openPage(browser, roster.origin));
  await page.setViewportSize({ width: 1280, height: 800 });
  await signUp(page, { name: 'Olivia Owner', email: uniqueEmail('olivia'), company: 'Acme Inc' });
  acmeId = onPage(page).orgIdInUrl()!;
  people = await seedGlobex(roster, await signedInUser(page));
});

afterAll(async () => {
  await browser?.close();
  await roster?.close();
});

const heading = (name: string) => onPage(page).heading(name);
/** The card titled `title` (the innermost section around its heading). */
const card = (p: Page, title: string) =>
  p.locator('section', { has: p.getByRole('heading', { level: 2, name: title, exact: true }) }).last();
const focusedText = (p: Page) => p.evaluate(() => document.activeElement?.textContent ?? '');
const focusedLabel = (p: Page) => p.evaluate(() => document.activeElement?.getAttribute('aria-label'));

describe('the overview of a new organization', () => {
  it('shows the first steps and members and projects at a glance, on a phone and a laptop', async () => {
    const start = card(page, 'Get started');
    await start.getByText('0 of 2 done').waitFor();
    await start.getByRole('button', { name: 'Invite members' }).waitFor();
    await start.getByRole('button', { name: 'Create a project' }).waitFor();
    await card(page, 'Members').getByText('Olivia Owner').waitFor();
    await card(page, 'Projects')
      .getByRole('link', { name: /Library/ })
      .waitFor();
    await page.getByText('Free plan · 1 / 5 seats').waitFor();
    await auditInThemes(page, 'org-overview-new');
  });

  it('takes a step in its dialog, right from the overview', async () => {
    const start = card(page, 'Get started');
    await start.getByRole('button', { name: 'Create a project' }).click();
    const dialog = page.getByRole('dialog', { name: 'New project' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => focusedText(page)).toBe('Create a project');

    // Olivia has not confirmed her email yet: the invite step's dialog says so first.
    await start.getByRole('button', { name: 'Invite members' }).click();
    const invite = page.getByRole('dialog', { name: 'Confirm your email first' });
    await invite.waitFor();
    await page.keyboard.press('Escape');
    await invite.waitFor({ state: 'detached' });
    await expect.poll(() => focusedText(page)).toBe('Invite members');
  });

  it('marks a step done from real data, and can be hidden for good', async () => {
    await seedProject(roster.roster.db.orm, { orgId: acmeId, name: 'Website relaunch' });
    await page.reload();
    const start = card(page, 'Get started');
    await start.getByText('1 of 2 done').waitFor();
    await start.getByText('Create a project (done)').waitFor();
    await card(page, 'Projects').getByText('Website relaunch').waitFor();
    await start.getByRole('button', { name: 'Hide getting started' }).click();
    await start.waitFor({ state: 'detached' });
    await page.reload();
    await card(page, 'Members').waitFor();
    expect(await card(page, 'Get started').count()).toBe(0);
  });

  it('gives focus back to ✎ after the rename dialog closes', async () => {
    await page.getByRole('button', { name: 'Rename organization' }).click();
    const dialog = page.getByRole('dialog', { name: 'Set Organization Name' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => focusedLabel(page)).toBe('Rename organization');
  });
});

describe('the switcher', () => {
  it('lists each organization with its plan and seats, and how many the person owns', async () => {
    await page.reload(); // Globex was seeded after the list was read
    await onPage(page).switcher().click();
    await page.getByRole('menuitemradio', { name: /Acme Inc.*Free · 1\/5 seats/ }).waitFor();
    await page.getByRole('menuitemradio', { name: /Globex.*Team · 3\/50 seats/ }).waitFor();
    await page.getByText('You own 2 of 3 organizations.').waitFor();
    await auditPage(page, 'org-switcher');
    await page.keyboard.press('Escape');
  });

  it('gives focus back to the switcher after the New Organization dialog closes', async () => {
    const dialog = await openNewOrganization(page);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => focusedText(page)).toContain('Switch organization');
  });

  it('says at the limit, before any dialog, that the operator can raise it', async () => {
    const dialog = await openNewOrganization(page);
    await dialog.getByLabel('Organization name').fill('Acme Labs');
    await dialog.getByRole('button', { name: 'Create organization' }).click();
    await heading('Acme Labs').waitFor();

    await onPage(page).switcher().click();
    const item = page.getByRole('menuitem', { name: 'New Organization' });
    expect(await item.getAttribute('aria-disabled')).toBe('true');
    await page
      .getByText('You own 3 of 3 organizations. That is your limit: your Roster operator can raise it.')
      .waitFor();
    await auditPage(page, 'org-switcher-at-limit');
    await page.getByRole('menuitemradio', { name: /Acme Inc/ }).click();
    await heading('Acme Inc').waitFor();
  });
});

describe('settings', () => {
  it('renames in place, changes the expiry, shows the plan and why the owner cannot leave', async () => {
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    const name = page.getByLabel('Organization name');
    await name.fill('Acme Corporation');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByText('Organization renamed').waitFor();
    await expect.poll(() => onPage(page).switcher().textContent()).toContain('Acme Corporation');

    await page.getByLabel('Invitation links expire after').selectOption('30d');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Settings saved').waitFor();

    const plan = card(page, 'Plan');
    await plan.getByText('Free plan').waitFor();
    await plan.getByText('1 / 5').waitFor();
    const limits = plan.locator('dl');
    expect(await limits.locator('dt').allTextContents()).toEqual([
      'Seats',
      'Storage',
      'Largest file',
      'API calls per month',
      'Bandwidth out per month',
      'Requests per minute per API key',
    ]);
    expect(await limits.locator('dd').allTextContents()).toEqual([
      '5',
      '1 GB',
      '100 MB',
      '10,000',
      '10 GB',
      '60',
    ]);
    await plan.getByText(/Plans are set by your Roster operator/).waitFor();
    await plan.getByText(/can also change any limit for this organization alone/).waitFor();
    const leave = card(page, 'Leave organization');
    await leave.getByText('You own Acme Corporation, so you cannot leave it.', { exact: false }).waitFor();
    await leave.getByRole('link', { name: 'transfer ownership to another member' }).waitFor();
    expect(await leave.getByRole('button').count()).toBe(0);
    await auditInThemes(page, 'org-settings-owner');
  });

  it('shows a member everything read-only, with no way to leave on their own', async () => {
    // The operator gave Globex more storage and no API call limit (pnpm roster set-limit).
    await roster.roster.db.orm.em
      .fork()
      .nativeUpdate(
        'Organization',
        { id: people.globex.id },
        { limits: { storageBytes: 2 * 1024 ** 4, apiCallsPerMonth: null } },
      );
    const { context, page: mia } = await openAs(
      browser,
      roster,
      people.member,
      `/orgs/${people.globex.id}/settings`,
    );
    await mia.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await mia.getByLabel('Organization name').getAttribute('readonly')).not.toBeNull();
    expect(await mia.getByRole('button', { name: 'Save name' }).count()).toBe(0);
    const plan = card(mia, 'Plan');
    await plan.getByText('Team plan').waitFor();
    expect(await plan.locator('dl dd').allTextContents()).toEqual([
      '50',
      '2 TBSet by your operator',
      '5 GB',
      'UnlimitedSet by your operator',
      '1 TB',
      '600',
    ]);
    await mia.getByText('Members cannot remove themselves.', { exact: false }).waitFor();
    await auditPage(mia, 'org-settings-member');
    await context.close();
  });

  it('lets an admin leave after confirming, and lands them where the API says', async () => {
    const {
      context,
      page: max,
      pageErrors: maxErrors,
    } = await openAs(browser, roster, people.admin, `/orgs/${people.globex.id}/settings`);
    await max.getByRole('button', { name: 'Leave organization' }).click();
    const confirm = max.getByRole('alertdialog', { name: 'Leave Globex?' });
    await confirm.waitFor();
    await auditPage(max, 'org-leave-confirm');
    await confirm.getByRole('button', { name: 'Leave organization' }).click();
    await max.getByText('You left Globex').waitFor();
    // Globex was the admin's only organization: Roster made them a new one to land in.
    await onPage(max).heading('Untitled Organization').waitFor();
    await onPage(max).switcher().click();
    expect(await max.getByRole('menuitemradio', { name: /Globex/ }).count()).toBe(0);
    expect(maxErrors).toEqual([]);
    await context.close();
  });
});

describe('a member removed while using the app', () => {
  it('is told, and moved to an organization they still have', async () => {
    const {
      context,
      page: mia,
      pageErrors: miaErrors,
    } = await openAs(browser, roster, people.member, `/orgs/${people.globex.id}`);
    await onPage(mia).heading('Globex').waitFor();
    // A member's overview: the people and projects, no steps they could not take.
    await card(mia, 'Members').getByText('2 people').waitFor(); // the admin left above
    expect(await card(mia, 'Get started').count()).toBe(0);
    await mutate(page, 'member.remove', { orgId: people.globex.id, userId: people.member.id });

    // The next call about Globex (the members page's) is refused: Mia is no longer in it.
    await mia.getByRole('link', { name: 'Members', exact: true }).click();
    await mia.getByText('You were removed from Globex').waitFor();
    await onPage(mia).heading('Initech').waitFor();
    expect(onPage(mia).orgIdInUrl()).toBe(people.initech.id);
    expect(await mia.getByText('Organization not found').count()).toBe(0);
    await onPage(mia).switcher().click();
    await mia.getByRole('menuitemradio', { name: /Initech/ }).waitFor();
    expect(await mia.getByRole('menuitemradio', { name: /Globex/ }).count()).toBe(0);
    await auditPage(mia, 'org-removed-member');
    expect(miaErrors).toEqual([]);
    await context.close();
    expect(pageErrors).toEqual([]);
  });
});
