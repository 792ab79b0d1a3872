// The invitation's projects and the copy around signing in (issue 9, items 7, 8 and 11): the invite
// page for a visitor and for the invitee, the sign-up ↔ sign-in links, the bell empty and with an
// old invitation, and the projects pages at a phone's and a laptop's width.
import { invitationLink, invitationLinkPattern } from '@roster/testing/mail-links';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditAtWidths, auditInThemes, everyWidth } from './audit';
import { launchBrowser, openPage } from './browser';
import { startRoster, type RunningRoster } from './server';
import { confirmEmail, onPage, password, signUp, uniqueEmail } from './steps';

let roster: RunningRoster;
let browser: Browser;
const pageErrors: string[][] = [];
let owner: Page;
let sam: Page;
let orgId: string;
const ownerEmail = uniqueEmail('olivia');
const samEmail = uniqueEmail('sam');
const noraEmail = uniqueEmail('nora');
const links = { sam: '', nora: '' };
let websiteId: string;

/** A laptop-sized page in a browser context (cookies, session) of its own. */
async function personPage(): Promise<Page> {
  const opened = await openPage(browser, roster.origin);
  pageErrors.push(opened.pageErrors);
  await opened.page.setViewportSize({ width: 1280, height: 800 });
  return opened.page;
}

/** Calls the API as the page's signed-in user, over plain tRPC HTTP. */
async function callApi<T>(page: Page, path: string, input: unknown): Promise<T> {
  const reply = await page.evaluate(
    async ({ path, input }) => {
      const response = await fetch(`/trpc/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      return { ok: response.ok, body: (await response.json()) as { result?: { data?: unknown } } };
    },
    { path, input },
  );
  if (!reply.ok) throw new Error(`${path} failed: ${JSON.stringify(reply.body)}`);
  return reply.body.result?.data as T;
}

const createProject = (name: string) =>
  callApi<{ id: string }>(owner, 'project.create', { orgId, name, visibility: 'members' });

async function inviteWithProjects(email: string, projects: { projectId: string; role: string }[]) {
  const since = roster.inbox.messages.length;
  await callApi(owner, 'invitation.create', { orgId, emails: [email], role: 'member', projects });
  return roster.inbox.waitForMessage(email, { text: invitationLinkPattern, since });
}

const facts = (page: Page) => page.locator('dl');
const bell = (page: Page) => page.getByRole('button', { name: /^Notifications/ });
const panel = (page: Page) => page.getByRole('dialog', { name: 'Notifications' });
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim());

beforeAll(async () => {
  roster = await startRoster();
  browser = await launchBrowser();
  owner = await personPage();
  await signUp(owner, { name: 'Olivia Owner', email: ownerEmail, company: 'Acme' });
  await confirmEmail(owner, roster.inbox, ownerEmail);
  orgId = onPage(owner).orgIdInUrl()!;
  sam = await personPage();
  await signUp(sam, { name: 'Sam Rivera', email: samEmail, company: 'Rivera Studio' });
  await confirmEmail(sam, roster.inbox, samEmail);

  const [design, website, old] = [
    await createProject('Design'),
    await createProject('Website'),
    await createProject('Old site'),
  ];
  const noraMail = await inviteWithProjects(noraEmail, [
    { projectId: design.id, role: 'manager' },
    { projectId: old.id, role: 'viewer' },
  ]);
  links.nora = invitationLink(noraMail);
  expect(noraMail.text).toContain('You will also be added to these projects:');
  expect(noraMail.text).toContain('Design, as a manager');
  websiteId = website.id;
  links.sam = invitationLink(
    await inviteWithProjects(samEmail, [{ projectId: website.id, role: 'contributor' }]),
  );
  await callApi(owner, 'project.archive', { orgId, projectId: old.id });
});

afterAll(async () => {
  await browser?.close();
  await roster?.close();
});

describe('the invite page', () => {
  it('shows a visitor the live projects the invitation adds, with the role in each', async () => {
    const visitor = await personPage();
    await visitor.goto(links.nora);
    await onPage(visitor).heading('Acme').waitFor();
    await facts(visitor).getByText('Design', { exact: false }).waitFor();
    expect(await facts(visitor).textContent()).toContain('Design · Manager');
    expect(await facts(visitor).textContent()).not.toContain('Old site');
    await visitor.getByRole('button', { name: 'Create account and join' }).waitFor();
    await auditInThemes(visitor, 'copy-invite-projects-visitor');
    await visitor.context().close();
  });

  it('shows the signed-in invitee the projects beside Accept; declining closes it', async () => {
    await sam.goto(links.sam);
    await sam.getByText(`You are signed in as ${samEmail}.`).waitFor();
    expect(await facts(sam).textContent()).toContain('Website · Contributor');
    await auditAtWidths(sam, 'copy-invite-projects-invitee');
    await sam.getByRole('button', { name: 'Decline' }).click();
    await sam.getByRole('heading', { name: 'This invitation was declined' }).waitFor();
  });

  it('says what an accepted invitation leads to, for the invitee, a visitor and someone else', async () => {
    const nora = await personPage();
    await nora.goto(links.nora);
    await nora.getByLabel('Your name').fill('Nora Diaz');
    await nora.getByLabel('Password', { exact: true }).fill(password);
    await nora.getByRole('button', { name: 'Create account and join' }).click();
    await nora.waitForURL(`**/orgs/${orgId}`);

    await nora.goto(links.nora);
    await nora.getByRole('heading', { name: 'This invitation has already been accepted' }).waitFor();
    await nora.getByText('You are a member of Acme: it is in your list of organizations.').waitFor();
    expect(await nora.getByText(/Sign in/).count()).toBe(0);

    await owner.goto(links.nora);
    await owner.getByText(`It was accepted by ${noraEmail}. Sign in as ${noraEmail} to open Acme.`).waitFor();

    const visitor = await personPage();
    await visitor.goto(links.nora);
    await visitor.getByText(`Sign in as ${noraEmail} to open Acme`, { exact: false }).waitFor();
    await auditAtWidths(visitor, 'copy-invite-accepted-visitor');
    await visitor.getByRole('link', { name: 'Sign in' }).click();
    await visitor.getByRole('heading', { name: 'Sign in to Roster' }).waitFor();
    expect(await visitor.getByLabel('Email').inputValue()).toBe(noraEmail);
    await visitor.context().close();
    await nora.context().close();
  });
});

describe('signing up and signing in', () => {
  it('link to each other with the typed email and the redirect', async () => {
    const visitor = await personPage();
    await visitor.goto(`/sign-up?redirect=${encodeURIComponent(`/orgs/${orgId}/projects`)}`);
    await visitor.getByLabel('Work email').fill('kim@northwind.example');
    await visitor.getByRole('link', { name: 'Sign in', exact: true }).click();
    await visitor.getByRole('heading', { name: 'Sign in to Roster' }).waitFor();
    const signIn = new URL(visitor.url());
    expect(signIn.searchParams.get('email')).toBe('kim@northwind.example');
    expect(signIn.searchParams.get('redirect')).toBe(`/orgs/${orgId}/projects`);
    expect(await visitor.getByLabel('Email').inputValue()).toBe('kim@northwind.example');

    await visitor.getByLabel('Email').fill(ownerEmail);
    await visitor.getByRole('link', { name: 'Create an account' }).click();
    await visitor.getByRole('heading', { name: 'Create your account' }).waitFor();
    expect(new URL(visitor.url()).searchParams.get('redirect')).toBe(`/orgs/${orgId}/projects`);
    expect(await visitor.getByLabel('Work email').inputValue()).toBe(ownerEmail);
    await visitor.context().close();
  });

  it('an email that has an account offers to sign in with it, as a link', async () => {
    const visitor = await personPage();
    await visitor.goto(`/sign-up?redirect=${encodeURIComponent(`/orgs/${orgId}`)}`);
    await visitor.getByLabel('Your name').fill('Olivia Again');
    await visitor.getByLabel('Work email').fill(ownerEmail);
    await visitor.getByLabel('Password', { exact: true }).fill(password);
    await visitor.getByRole('button', { name: 'Create account' }).click();
    await visitor.getByText('An account with this email already exists.').waitFor();
    const instead = visitor.getByRole('link', { name: `Sign in as ${ownerEmail} instead` });
    await auditAtWidths(visitor, 'copy-sign-up-email-taken');
    await instead.click();
    await visitor.getByRole('heading', { name: 'Sign in to Roster' }).waitFor();
    expect(await visitor.getByLabel('Email').inputValue()).toBe(ownerEmail);
    await visitor.getByLabel('Password', { exact: true }).fill(password);
    await visitor.getByRole('button', { name: 'Sign in' }).click();
    await visitor.waitForURL(`**/orgs/${orgId}`);
    await visitor.context().close();
  });
});

describe('the bell', () => {
  it('is a plain empty state when there is nothing, without "Mark all as read"', async () => {
    await owner.goto(`/orgs/${orgId}`);
    await onPage(owner).heading('Acme').waitFor();
    await bell(owner).click();
    await panel(owner).getByText('No notifications yet').waitFor();
    expect(await panel(owner).getByRole('button', { name: 'Mark all as read' }).count()).toBe(0);
    await auditAtWidths(owner, 'copy-bell-empty');
    await owner.keyboard.press('Escape');
    await panel(owner).waitFor({ state: 'detached' });
  });

  it('shows how an old invitation ended, what a new one adds, and fits a phone', async () => {
    await inviteWithProjects(samEmail, [{ projectId: websiteId, role: 'viewer' }]);
    await sam.goto('/');
    await onPage(sam).heading('Rivera Studio').waitFor();
    await sam.setViewportSize({ width: 390, height: 844 });
    await bell(sam).click();
    const item = panel(sam).getByRole('listitem').filter({ hasText: 'invited you to join Acme' });
    const [pending, declined] = [item.first(), item.last()];
    await declined.getByText('Declined').waitFor();
    expect(await declined.getByRole('button', { name: 'Accept' }).count()).toBe(0);
    await pending.getByText('Website · Viewer').waitFor();
    await pending.getByRole('button', { name: 'Accept' }).waitFor();
    await panel(sam).getByRole('button', { name: 'Mark all as read' }).waitFor();
    const box = (await panel(sam).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await auditInThemes(sam, 'copy-bell-outcome');
    await sam.keyboard.press('Escape');
  });
});

describe('the projects pages', () => {
  it('list the projects, the Library once with its badge, at a phone’s and a laptop’s width', async () => {
    await owner.goto(`/orgs/${orgId}/projects`);
    await onPage(owner).heading('Projects').waitFor();
    const library = owner.getByRole('row').filter({ hasText: 'Library' });
    await library.getByText('Built-in').waitFor();
    expect(await library.getByText('Library', { exact: true }).count()).toBe(1);
    expect(await owner.getByRole('columnheader', { name: 'Your role' }).textContent()).toBe('Your role');
    await auditAtWidths(owner, 'copy-projects-list', everyWidth);
    await auditInThemes(owner, 'copy-projects-list');
  });

  it('show one project role with where it comes from; focus returns after each dialog', async () => {
    await owner.getByRole('link', { name: 'Design' }).click();
    await onPage(owner).heading('Design').waitFor();
    await owner
      .getByRole('navigation', { name: 'Project sections' })
      .getByRole('link', { name: /^Members/ })
      .click();
    // At 1280 px the project role has its own column (the third cell).
    const roleCell = (name: string) =>
      owner.getByRole('row').filter({ hasText: name }).getByRole('cell').nth(2);
    await roleCell('Nora Diaz').getByText('Manager').waitFor();

    const add = owner.getByRole('button', { name: 'Add member' });
    await add.click();
    const dialog = owner.getByRole('dialog', { name: 'Add member' });
    await dialog.getByLabel('Search members by name or email').fill('olivia');
    await dialog.getByRole('radio', { name: /Olivia Owner/ }).check();
    await dialog.getByLabel('Project role').selectOption('viewer');
    await dialog.getByRole('button', { name: 'Add to project' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => focusedText(owner)).toBe('Add member');

    await roleCell('Olivia Owner')
      .getByText('Added as Viewer; manages every project as an organization owner.')
      .waitFor();
    expect(await roleCell('Olivia Owner').getByText('Manager', { exact: true }).count()).toBe(1);
    await auditAtWidths(owner, 'copy-project-page', everyWidth);
    await auditInThemes(owner, 'copy-project-page');

    await owner.getByRole('button', { name: 'Edit' }).click();
    await owner.getByRole('dialog', { name: /Edit/ }).waitFor();
    await owner.keyboard.press('Escape');
    await owner.getByRole('dialog', { name: /Edit/ }).waitFor({ state: 'detached' });
    await expect.poll(() => focusedText(owner)).toBe('Edit');

    await owner.getByRole('button', { name: 'Actions for Nora Diaz' }).click();
    await owner.getByRole('menuitem', { name: 'Remove from project…' }).click();
    const confirm = owner.getByRole('alertdialog', { name: `Remove ${noraEmail} from Design?` });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'detached' });
    await expect
      .poll(() => owner.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Actions for Nora Diaz');
  });
});

describe('the journey', () => {
  it('had no uncaught errors on any page', () => {
    expect(pageErrors.flat()).toEqual([]);
  });
});
