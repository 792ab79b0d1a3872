import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditAtWidths, everyWidth } from './audit';
import { launchBrowser, openPage, snap } from './browser';
import { cutAtTabletWidths } from './content-fixtures';
import { startRoster, type RunningRoster } from './server';
import { confirmEmail, onPage, signUp, uniqueEmail } from './steps';

let roster: RunningRoster;
let browser: Browser;
let owner: Page;
let jane: Page;
const pageErrors: string[][] = [];
let orgId: string;
const janeEmail = uniqueEmail('jane');
const samEmail = uniqueEmail('sam');

/** Calls the API as the page's signed-in user, over plain tRPC HTTP (PRODUCT.md §9). */
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

/** Signs someone up in a page of their own and makes them a member of the owner's organization. */
async function joinAsMember(name: string, email: string): Promise<Page> {
  const opened = await openPage(browser, roster.origin);
  pageErrors.push(opened.pageErrors);
  await opened.page.setViewportSize({ width: 1280, height: 800 });
  await signUp(opened.page, { name, email, company: `${name} Co` });
  // Invitations are answered by id only from a confirmed address.
  await confirmEmail(opened.page, roster.inbox, email);
  const { results } = await callApi<{ results: { invitationId?: string }[] }>(owner, 'invitation.create', {
    orgId,
    emails: [email],
    role: 'member',
  });
  await callApi(opened.page, 'invitation.accept', { invitationId: results[0]!.invitationId });
  return opened.page;
}

beforeAll(async () => {
  roster = await startRoster();
  browser = await launchBrowser();
  const opened = await openPage(browser, roster.origin);
  owner = opened.page;
  pageErrors.push(opened.pageErrors);
  await owner.setViewportSize({ width: 1280, height: 800 });
  const ownerEmail = uniqueEmail('olivia');
  await signUp(owner, { name: 'Olivia Owner', email: ownerEmail, company: 'Acme' });
  await confirmEmail(owner, roster.inbox, ownerEmail);
  orgId = onPage(owner).orgIdInUrl()!;
  jane = await joinAsMember('Jane Member', janeEmail);
  await joinAsMember('Sam Rivera', samEmail);
});

afterAll(async () => {
  await browser?.close();
  await roster?.close();
});

const heading = (page: Page, name: string) => onPage(page).heading(name);
const memberRow = (page: Page, name: string) => page.getByRole('row').filter({ hasText: name });
/** The project page opens on its Content tab: its members are one tab away. */
const membersTab = (page: Page) =>
  page
    .getByRole('navigation', { name: 'Project sections' })
    .getByRole('link', { name: /^Members/ })
    .click();

describe('projects, as the owner', () => {
  it('lists the Library, and says there are no other projects yet', async () => {
    await owner.getByRole('link', { name: 'Projects', exact: true }).click();
    await heading(owner, 'Projects').waitFor();
    await expect.poll(() => owner.title()).toBe('Projects · Acme · Roster');
    await owner.getByRole('link', { name: 'Library' }).waitFor();
    await owner.getByText('No projects yet').waitFor();
    // The Library cannot be archived: its row has no menu.
    expect(await owner.getByRole('button', { name: 'Actions for Library' }).count()).toBe(0);
    await snap(owner, 'projects-01-only-library');
  });

  it('creates Design, with the error of an empty name next to the field', async () => {
    await owner.getByRole('button', { name: 'New project' }).first().click();
    const dialog = owner.getByRole('dialog', { name: 'New project' });
    await dialog.getByRole('button', { name: 'Create project' }).click();
    await dialog.getByText('Enter a name.').waitFor();
    expect(await dialog.getByLabel('Name').getAttribute('aria-invalid')).toBe('true');

    await dialog.getByLabel('Name').fill('Design');
    await dialog.getByLabel('Description').fill('Brand assets, mockups and the style guide.');
    expect(await dialog.getByRole('radio', { name: /Project members only/ }).isChecked()).toBe(true);
    await snap(owner, 'projects-02-new-project-dialog');
    await dialog.getByRole('button', { name: 'Create project' }).click();

    await heading(owner, 'Design').waitFor();
    await dialog.waitFor({ state: 'detached' });
    await owner.getByText('Created Design').waitFor();
    await owner
      .getByRole('navigation', { name: 'Breadcrumb' })
      .getByRole('link', { name: 'Projects' })
      .waitFor();
    await membersTab(owner);
    await owner.getByText('No members yet').waitFor();
  });

  it('adds Jane as viewer; people already in the project are not offered again', async () => {
    await owner.getByRole('button', { name: 'Add member' }).click();
    const dialog = owner.getByRole('dialog', { name: 'Add member' });
    await dialog.getByRole('button', { name: 'Add to project' }).click();
    await dialog.getByText('Choose someone to add.').waitFor();
    await dialog.getByLabel('Search members by name or email').fill('jane');
    await dialog.getByRole('radio', { name: /Jane Member/ }).check();
    await expect.poll(() => dialog.getByRole('radio').count()).toBe(1);
    await dialog.getByLabel('Project role').selectOption('viewer');
    await snap(owner, 'projects-03-add-member-dialog');
    await dialog.getByRole('button', { name: 'Add to project' }).click();
    await owner.getByText('Added Jane Member to Design').waitFor();
    await dialog.waitFor({ state: 'detached' });
    expect(await memberRow(owner, 'Jane Member').getByRole('cell').nth(2).textContent()).toBe('Viewer');

    await owner.getByRole('button', { name: 'Add member' }).click();
    await dialog.getByRole('radio', { name: /Sam Rivera/ }).waitFor();
    expect(await dialog.getByRole('radio', { name: /Jane Member/ }).count()).toBe(0);
    await dialog.getByRole('radio', { name: /Sam Rivera/ }).check();
    await dialog.getByLabel('Project role').selectOption('contributor');
    await dialog.getByRole('button', { name: 'Add to project' }).click();
    await owner.getByText('Added Sam Rivera to Design').waitFor();
  });

  it('makes Jane a manager from her row’s menu', async () => {
    await owner.getByRole('button', { name: 'Actions for Jane Member' }).click();
    await owner.getByRole('menuitemradio', { name: 'Manager' }).click();
    await owner.getByText('Jane Member is now a manager').waitFor();
    await expect
      .poll(() => memberRow(owner, 'Jane Member').getByRole('cell').nth(2).textContent())
      .toBe('Manager');
    await owner.getByRole('region', { name: 'Members' }).getByText('2', { exact: true }).waitFor();
    await auditAtWidths(owner, 'projects-04-project-members', everyWidth);
    // The project's and its members' names show in full on a tablet and a small laptop.
    const names = [
      heading(owner, 'Design'),
      memberRow(owner, 'Jane Member').getByText('Jane Member', { exact: true }),
      memberRow(owner, 'Sam Rivera').getByText('Sam Rivera', { exact: true }),
    ];
    expect(await cutAtTabletWidths(owner, names)).toEqual([]);
  });

  it('archives Design from the list after confirming, and restores it from its page', async () => {
    await owner.getByRole('link', { name: 'Projects', exact: true }).first().click();
    await heading(owner, 'Projects').waitFor();
    await owner.getByRole('button', { name: 'Actions for Design' }).click();
    await owner.getByRole('menuitem', { name: /Archive project/ }).click();
    const confirm = owner.getByRole('alertdialog', { name: 'Archive Design?' });
    await confirm.getByRole('button', { name: 'Archive project' }).click();
    await owner.getByText('Archived Design').waitFor();
    await owner.getByRole('link', { name: 'Design' }).waitFor({ state: 'detached' });

    await owner.getByRole('switch', { name: 'Show archived' }).click();
    await owner.waitForURL(/\/projects\?archived=true$/);
    await auditAtWidths(owner, 'projects-05-archived-list', everyWidth);
    await owner.getByRole('link', { name: 'Design' }).click();
    await heading(owner, 'Design').waitFor();
    await owner.getByText('This project is archived.').waitFor();
    await membersTab(owner);
    expect(await owner.getByRole('button', { name: 'Add member' }).count()).toBe(0);
    await snap(owner, 'projects-05-archived');

    await owner.getByRole('button', { name: 'Restore' }).click();
    await owner.getByText('Restored Design').waitFor();
    await owner.getByText('This project is archived.').waitFor({ state: 'detached' });
    await membersTab(owner);
    await owner.getByRole('button', { name: 'Add member' }).waitFor();
  });
});

describe('projects, as a member', () => {
  let financeId: string;

  it('sees only the Library and the projects they are in, with no way to create or archive', async () => {
    ({ id: financeId } = await callApi<{ id: string }>(owner, 'project.create', {
      orgId,
      name: 'Finance',
      visibility: 'members',
    }));
    await jane.goto(`/orgs/${orgId}/projects`);
    await heading(jane, 'Projects').waitFor();
    await jane.getByRole('link', { name: 'Design' }).waitFor();
    await jane.getByRole('link', { name: 'Library' }).waitFor();
    expect(await jane.getByRole('link', { name: 'Finance' }).count()).toBe(0);
    expect(await jane.getByRole('button', { name: 'New project' }).count()).toBe(0);
    expect(await jane.getByRole('switch', { name: 'Show archived' }).count()).toBe(0);
    expect(await jane.getByRole('button', { name: /^Actions for/ }).count()).toBe(0);
    await auditAtWidths(jane, 'projects-06-member-list', everyWidth);
    const names = ['Library', 'Design'].map((name) => jane.getByRole('link', { name, exact: true }));
    expect(await cutAtTabletWidths(jane, names)).toEqual([]);
  });

  it('as a manager of Design, edits its name and members but not its visibility, nor archives it', async () => {
    await jane.getByRole('link', { name: 'Design' }).click();
    await heading(jane, 'Design').waitFor();
    await membersTab(jane);
    await jane.getByRole('button', { name: 'Add member' }).waitFor();
    expect(await jane.getByRole('button', { name: 'Archive' }).count()).toBe(0);
    await jane.getByRole('button', { name: 'Edit' }).click();
    const dialog = jane.getByRole('dialog', { name: 'Edit project' });
    expect(await dialog.getByLabel('Name').inputValue()).toBe('Design');
    expect(await dialog.getByRole('radio').count()).toBe(0);
    await snap(jane, 'projects-07-manager-edit-dialog');
    await dialog.getByLabel('Name').fill('Design System');
    await dialog.getByLabel('Name').press('Enter');
    await heading(jane, 'Design System').waitFor();
    await jane.getByText('Project saved').waitFor();
  });

  it('as a viewer, sees a read-only page', async () => {
    // The owner, still on Design's page, makes Jane a viewer again.
    await owner.getByRole('button', { name: 'Actions for Jane Member' }).click();
    await owner.getByRole('menuitemradio', { name: 'Viewer' }).click();
    await owner.getByText('Jane Member is now a viewer').waitFor();
    await jane.reload();
    await heading(jane, 'Design System').waitFor();
    await memberRow(jane, 'Jane Member').waitFor();
    expect(await memberRow(jane, 'Jane Member').getByRole('cell').nth(2).textContent()).toBe('Viewer');
    for (const control of ['Edit', 'Archive', 'Add member'])
      expect(await jane.getByRole('button', { name: control, exact: true }).count()).toBe(0);
    expect(await jane.getByRole('button', { name: /^Actions for/ }).count()).toBe(0);
    await jane.getByText('Only the project’s managers, owners and admins can change its members.').waitFor();
    await snap(jane, 'projects-08-member-read-only');
  });

  it('finds a project they are not in exactly like one that does not exist', async () => {
    await jane.goto(`/orgs/${orgId}/projects/${financeId}`);
    await jane.getByRole('heading', { name: 'Project not found' }).waitFor();
    await jane.getByRole('link', { name: 'Back to projects' }).click();
    await heading(jane, 'Projects').waitFor();
    await jane.goto(`/orgs/${orgId}/projects/not-a-project`);
    await jane.getByRole('heading', { name: 'Project not found' }).waitFor();
    expect(pageErrors.flat()).toEqual([]);
  });
});
