import { readFileSync } from 'node:fs';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditInThemes, auditViews, everyWidth, throwProblems } from './audit';
import { launchBrowser, snap } from './browser';
import { truncated, waitFocused } from './keyboard';
import { seedProject } from '@roster/testing/factories';
import {
  brief,
  browserOn,
  createFolders,
  cutAtTabletWidths,
  openProject,
  seedCampaign,
  uploadFile,
} from './content-fixtures';
import { dragTree, dropDragged } from './drop-files';
import { startRoster, type RunningRoster } from './server';

// The content browser's journey (issue #10), as a contributor: drops a folder, watches it upload,
// opens a subfolder, moves, downloads (bytes compared) and deletes a file. The viewer's and the
// manager's views are in content-roles.test.ts; a long folder and a deep path in content-long.test.ts.

let roster: RunningRoster;
let browser: Browser;
let team: Awaited<ReturnType<typeof seedCampaign>>;
let page: Page;
let cdp: CDPSession;
/** Brand kit (the contributor contributes) holding stills.txt and the folder Assets; Press (a viewer there). */
let brandKit: { id: string; assets: string };
const pageErrors: string[][] = [];
/** A read polled until it matches (the listing refreshes after each change). */
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000 });
const projectPath = () => `/orgs/${team.globex.id}/projects/${team.campaign.id}`;
const tree = [
  { path: 'Shoot/brief.txt', text: brief },
  { path: 'Shoot/day 1/a-roll.txt', text: 'A roll, take 1' },
  { path: 'Shoot/day 1/b-roll.txt', text: 'B roll, take 4' },
  { path: 'Shoot/day 2/stills.txt', text: 'Stills from the roof' },
];

beforeAll(async () => {
  roster = await startRoster();
  browser = await launchBrowser();
  team = await seedCampaign(roster);
  const opened = await openProject(browser, roster, team.contributor, projectPath());
  page = opened.page;
  pageErrors.push(opened.pageErrors);
  cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const { orm } = roster.roster.db;
  const orgId = team.globex.id;
  const kit = await seedProject(orm, {
    orgId,
    name: 'Brand kit',
    members: [{ userId: team.contributor.id, role: 'contributor' }],
  });
  await seedProject(orm, {
    orgId,
    name: 'Press',
    members: [{ userId: team.contributor.id, role: 'viewer' }],
  });
  const [assets] = await createFolders(page, { orgId, projectId: kit.id, parentId: null }, ['Assets']);
  await uploadFile(page, { projectId: kit.id, folderId: null, name: 'stills.txt', text: 'Older stills' });
  brandKit = { id: kit.id, assets: assets! };
});

afterAll(async () => {
  await browser?.close();
  await roster?.close();
});

describe('the content browser, as a contributor', () => {
  it('invites an empty project’s contributors to drop files or create a folder', async () => {
    const { main } = browserOn(page);
    await main.getByRole('heading', { name: 'No files yet' }).waitFor();
    await main.getByRole('button', { name: 'Upload', exact: true }).waitFor();
    expect(await main.getByRole('button', { name: 'New folder' }).count()).toBe(2);
    await auditInThemes(page, 'content-01-empty');
  });

  it('drops a folder of files and watches the progress, then sees the folder listed', async () => {
    const on = browserOn(page);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 400_000,
    });
    await dragTree(on.zone(), tree);
    await page.getByText('Drop to upload to Campaign').waitFor();
    await dropDragged(on.zone());
    await on
      .panel()
      .getByRole('heading', { name: /^Uploading/ })
      .waitFor();
    await expect
      .poll(async () =>
        Number(
          await page.getByRole('progressbar', { name: 'Upload of brief.txt' }).getAttribute('aria-valuenow'),
        ),
      )
      .toBeGreaterThan(0);
    await snap(page, 'content-02-uploading-1280');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await on.panel().getByRole('heading', { name: '4 files uploaded' }).waitFor({ timeout: 30_000 });
    await on.row('Shoot').waitFor();
    expect(await on.names()).toEqual(['Shoot']);
    await on.panel().getByRole('button', { name: 'Clear finished' }).click();
  });

  it('opens the folder with a double click and a subfolder with the keyboard; the path links back', async () => {
    const on = browserOn(page);
    await on.row('Shoot').getByRole('cell').nth(3).dblclick();
    await page.waitForURL(/\?folder=/);
    await on.path().getByText('Shoot', { exact: true }).waitFor();
    // Folders first, then files, each by name.
    await eventually(() => on.names()).toEqual(['day 1', 'day 2', 'brief.txt']);
    expect(await on.row('brief.txt').textContent()).toContain('1.3 MB');
    await on.row('day 1').getByRole('link', { name: 'day 1' }).focus();
    await page.keyboard.press('Enter');
    await eventually(() => on.names()).toEqual(['a-roll.txt', 'b-roll.txt']);
    // The link went with its row: focus is on the open folder's name in the path.
    await waitFocused(page, on.path().getByText('day 1', { exact: true }));
    expect(await on.path().getByRole('link').allTextContents()).toEqual(['Campaign', 'Shoot']);
    expect(await truncated(on.path().getByRole('link', { name: 'Campaign' }))).toBe(false);
    await auditInThemes(page, 'content-03-subfolder', everyWidth);
    // On a tablet and a small laptop the names keep their room: the other columns fold or narrow.
    const names = [
      on.main.getByRole('heading', { name: 'Campaign', level: 1, exact: true }),
      on.path().getByRole('link', { name: 'Campaign' }),
      on.path().getByRole('link', { name: 'Shoot' }),
      on.path().getByText('day 1', { exact: true }),
      on.row('a-roll.txt').getByRole('link', { name: 'a-roll.txt' }),
      on.row('b-roll.txt').getByRole('link', { name: 'b-roll.txt' }),
    ];
    expect(await cutAtTabletWidths(page, names)).toEqual([]);
  });

  it('selects with Shift, clears with Esc, and sorts by size from the header', async () => {
    const on = browserOn(page);
    await on.row('a-roll.txt').getByRole('checkbox').click();
    await on
      .row('b-roll.txt')
      .getByRole('checkbox')
      .click({ modifiers: ['Shift'] });
    const bar = page.getByRole('region', { name: 'Selection' });
    await bar.getByText('2 selected').waitFor();
    // A contributor may move and delete files; everything can be downloaded.
    for (const name of ['Download', 'Move', 'Delete'])
      await bar.getByRole('button', { name, exact: true }).waitFor();
    await auditInThemes(page, 'content-04-selection');
    await page.keyboard.press('Escape');
    await bar.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Size' }).click();
    await page.waitForURL(/sort=size/);
    expect(await page.getByRole('columnheader', { name: 'Size' }).getAttribute('aria-sort')).toBe(
      'descending',
    );
    await page.getByRole('button', { name: 'Name' }).click();
    await eventually(() => page.getByRole('columnheader', { name: 'Name' }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
    expect(new URL(page.url()).searchParams.has('sort')).toBe(false);
  });

  it('moves a file with the folder picker (not into a folder being moved)', async () => {
    const on = browserOn(page);
    const menu = await on.menu('a-roll.txt');
    await menu.getByRole('menuitem', { name: 'Move…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Move a-roll.txt' });
    expect(await dialog.getByRole('button', { name: 'Move here' }).isDisabled()).toBe(true);
    await dialog.getByText('Already in this folder.').waitFor();
    await dialog.getByRole('button', { name: 'Shoot' }).click();
    await dialog.getByRole('button', { name: 'day 2' }).waitFor();
    await auditViews(page, 'content-05-move-dialog', async () => undefined).then((problems) =>
      throwProblems(problems),
    );
    await dialog.getByRole('button', { name: 'Move here' }).click();
    await page.getByText('Moved a-roll.txt').waitFor();
    await dialog.waitFor({ state: 'detached' });
    await eventually(() => on.names()).toEqual(['b-roll.txt']);
  });

  it('moves a file to a folder of another project where it may add files; folders stay', async () => {
    const on = browserOn(page);
    await on.path().getByRole('link', { name: 'Shoot' }).click();
    await eventually(() => on.names()).toEqual(['day 1', 'day 2', 'a-roll.txt', 'brief.txt']);
    await (await on.menu('day 2')).getByRole('menuitem', { name: 'Move…' }).click();
    const folderDialog = page.getByRole('dialog', { name: 'Move day 2' });
    await folderDialog.getByRole('button', { name: 'Projects', exact: true }).click();
    await folderDialog.getByText(/^Folders stay in their project: to move files/).waitFor();
    expect(await folderDialog.getByRole('button', { name: /^Brand kit/ }).isDisabled()).toBe(true);
    await snap(page, 'content-15-move-folder-projects-1280');
    await folderDialog.getByRole('button', { name: 'Cancel' }).click();
    await folderDialog.waitFor({ state: 'detached' });

    await on.row('day 2').getByRole('link', { name: 'day 2' }).click();
    await eventually(() => on.names()).toEqual(['stills.txt']);
    await (await on.menu('stills.txt')).getByRole('menuitem', { name: 'Move…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Move stills.txt' });
    await dialog.getByRole('button', { name: 'Projects', exact: true }).click();
    const projects = dialog.getByRole('list', { name: 'Projects you can add files to' });
    // Where the contributor may add files; not Press, where they only view.
    await eventually(() => projects.getByRole('button').allTextContents()).toEqual([
      'Brand kit',
      'CampaignThis project',
    ]);
    await auditViews(page, 'content-14-move-to-project', async () => undefined).then((problems) =>
      throwProblems(problems),
    );
    // Its root already has a stills.txt: the server's refusal is said in the dialog.
    await projects.getByRole('button', { name: 'Brand kit' }).click();
    await dialog.getByRole('button', { name: 'Assets' }).waitFor();
    await dialog.getByRole('button', { name: 'Move here' }).click();
    await dialog
      .getByRole('alert')
      .getByText('Nothing was moved: “stills.txt” already exists here.')
      .waitFor();
    await snap(page, 'content-16-move-refused-1280');
    await dialog.getByRole('button', { name: 'Assets' }).click();
    await dialog.getByRole('navigation', { name: 'Folder path in the picker' }).getByText('Assets').waitFor();
    await dialog.getByRole('button', { name: 'Move here' }).click();
    await page.getByText('Moved stills.txt to Brand kit').waitFor();
    await dialog.waitFor({ state: 'detached' });
    await on.main.getByRole('heading', { name: 'This folder is empty' }).waitFor();
    // Brand kit's Assets folder has it now.
    const target = await page.context().newPage();
    await target.goto(`/orgs/${team.globex.id}/projects/${brandKit.id}?folder=${brandKit.assets}`);
    await browserOn(target).row('stills.txt').waitFor();
    expect(await browserOn(target).names()).toEqual(['stills.txt']);
    await target.close();
  });

  it('downloads the moved file: the bytes are the ones dropped', async () => {
    const on = browserOn(page);
    await on.path().getByRole('link', { name: 'Shoot' }).click();
    await eventually(() => on.names()).toEqual(['day 1', 'day 2', 'a-roll.txt', 'brief.txt']);
    const menu = await on.menu('a-roll.txt');
    const download = page.waitForEvent('download');
    await menu.getByRole('menuitem', { name: 'Download' }).click();
    const saved = await (await download).path();
    expect(readFileSync(saved, 'utf8')).toBe('A roll, take 1');
    expect((await download).suggestedFilename()).toBe('a-roll.txt');
  });

  it('refuses a name already taken in the folder, next to the field', async () => {
    const on = browserOn(page);
    const menu = await on.menu('a-roll.txt');
    await menu.getByRole('menuitem', { name: 'Rename…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rename file' });
    await dialog.getByLabel('Name').fill('Day 1');
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await dialog.getByRole('alert').waitFor();
    expect(await dialog.getByLabel('Name').getAttribute('aria-invalid')).toBe('true');
    await auditViews(page, 'content-06-rename-taken', async () => undefined).then((problems) =>
      throwProblems(problems),
    );
    await dialog.getByLabel('Name').fill('a-roll final.txt');
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await page.getByText('Renamed to a-roll final.txt').waitFor();
  });

  it('deletes one file after saying what goes; a folder has no Delete for a contributor', async () => {
    const on = browserOn(page);
    const folderMenu = await on.menu('day 2');
    expect(await folderMenu.getByRole('menuitem', { name: 'Delete…' }).count()).toBe(0);
    await page.keyboard.press('Escape');
    const menu = await on.menu('a-roll final.txt');
    await menu.getByRole('menuitem', { name: 'Delete…' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete a-roll final.txt?' });
    await confirm.getByText('The file goes: 1 file (14 bytes). This cannot be undone.').waitFor();
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await page.getByText('Deleted a-roll final.txt').waitFor();
    await eventually(() => on.names()).toEqual(['day 1', 'day 2', 'brief.txt']);
  });

  it('searches the whole project, and says when nothing matches', async () => {
    const on = browserOn(page);
    await page.getByLabel('Search files and folders').fill('roll');
    await page.waitForURL(/q=roll/);
    await eventually(() => on.names()).toEqual(['b-roll.txt']);
    await on.main.getByText('Results for “roll” in all of Campaign').waitFor();
    await page.getByLabel('Search files and folders').fill('nothing like this');
    await on.main.getByRole('heading', { name: 'Nothing matches “nothing like this”' }).waitFor();
    await auditInThemes(page, 'content-07-no-results');
    // The search box's ✕ and the empty state's button both clear it.
    await on.main.getByRole('button', { name: 'Clear search' }).last().click();
    await eventually(() => on.names()).toEqual(['day 1', 'day 2', 'brief.txt']);
    expect(pageErrors.flat()).toEqual([]);
  });
});
