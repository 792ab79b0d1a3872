import { readFileSync } from 'node:fs';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditInThemes, auditViews, throwProblems } from './audit';
import { launchBrowser, snap } from './browser';
import { truncated, waitFocused } from './keyboard';
import { browserOn, createFolders, listed, openProject, seedCampaign } from './content-fixtures';
import { dragTree, dropDragged } from './drop-files';
import { startRoster, type RunningRoster } from './server';

// The content browser's journey (issue #10): a contributor drops a folder, watches it upload, opens
// a subfolder, moves, downloads (bytes compared) and deletes a file; a viewer sees no upload or
// delete controls; a manager deletes a folder once the confirmation has said what goes.

let roster: RunningRoster;
let browser: Browser;
let team: Awaited<ReturnType<typeof seedCampaign>>;
let page: Page;
let cdp: CDPSession;
const pageErrors: string[][] = [];
/** A read polled until it matches (the listing refreshes after each change). */
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000 });
const projectPath = () => `/orgs/${team.globex.id}/projects/${team.campaign.id}`;
// Big enough that a throttled upload shows its progress for a moment.
const brief = 'Launch brief. '.repeat(100_000);
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
    await auditInThemes(page, 'content-03-subfolder');
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
  });
});

describe('the content browser, as a viewer', () => {
  it('lists and downloads (a folder as a zip), with no upload, new folder, move or delete controls', async () => {
    const opened = await openProject(browser, roster, team.viewer, projectPath());
    pageErrors.push(opened.pageErrors);
    const viewer = opened.page;
    const on = browserOn(viewer);
    await on.row('Shoot').waitFor();
    for (const name of ['Upload', 'New folder'])
      expect(await viewer.getByRole('button', { name, exact: true }).count()).toBe(0);
    // A folder downloads as one zip.
    const folderMenu = await on.menu('Shoot');
    const zip = viewer.waitForEvent('download');
    await folderMenu.getByRole('menuitem', { name: 'Download as zip' }).click();
    expect((await zip).suggestedFilename()).toBe('Shoot.zip');
    expect(
      readFileSync(await (await zip).path())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    await on.row('Shoot').getByRole('link', { name: 'Shoot' }).click();
    await on.row('brief.txt').waitFor();
    const menu = await on.menu('brief.txt');
    await menu.getByRole('menuitem', { name: 'Download' }).waitFor();
    for (const name of ['Rename…', 'Move…', 'Delete…'])
      expect(await menu.getByRole('menuitem', { name }).count()).toBe(0);
    await viewer.keyboard.press('Escape');
    await on.row('brief.txt').getByRole('checkbox').check();
    const bar = viewer.getByRole('region', { name: 'Selection' });
    await bar.getByRole('button', { name: 'Download' }).waitFor();
    for (const name of ['Move', 'Delete']) expect(await bar.getByRole('button', { name }).count()).toBe(0);
    await auditInThemes(viewer, 'content-08-viewer');
    await opened.context.close();
  });

  it('has the members a tab away, and says when a folder or the listing cannot be shown', async () => {
    const opened = await openProject(browser, roster, team.viewer, projectPath());
    pageErrors.push(opened.pageErrors);
    const viewer = opened.page;
    const on = browserOn(viewer);
    await viewer
      .getByRole('navigation', { name: 'Project sections' })
      .getByRole('link', { name: /^Members/ })
      .click();
    await viewer.waitForURL(/\?tab=members$/);
    await on.main.getByRole('heading', { name: 'Members', exact: true }).waitFor();
    await snap(viewer, 'content-11-members-tab-1280');

    await viewer.goto(`${projectPath()}?folder=00000000-0000-4000-8000-000000000000`);
    await on.main.getByRole('heading', { name: 'Folder not found' }).waitFor();
    await on.main.getByRole('link', { name: 'Back to Campaign' }).click();
    await on.row('Shoot').waitFor();

    // The listing fails (three times: the first try and two retries), then works again.
    await viewer.route('**/trpc/content.list*', (route) => route.fulfill({ status: 503, body: 'down' }));
    await viewer.reload();
    await on.main
      .getByRole('heading', { name: 'Files and folders could not be loaded' })
      .waitFor({ timeout: 45_000 });
    await snap(viewer, 'content-12-error-1280');
    await viewer.unroute('**/trpc/content.list*');
    await on.main.getByRole('button', { name: 'Try again' }).click();
    await on.row('Shoot').waitFor();
    await opened.context.close();
  });
});

describe('the content browser, as a manager', () => {
  it('deletes a folder once the confirmation has named what goes with it', async () => {
    const opened = await openProject(browser, roster, team.manager, projectPath());
    pageErrors.push(opened.pageErrors);
    const manager = opened.page;
    const on = browserOn(manager);
    await on.row('Shoot').getByRole('link', { name: 'Shoot' }).click();
    await on.row('brief.txt').waitFor();
    // Several items at once: the totals of everything that would go.
    await manager.getByRole('checkbox', { name: 'Select all loaded items' }).check();
    await manager.getByRole('region', { name: 'Selection' }).getByRole('button', { name: 'Delete' }).click();
    const several = manager.getByRole('alertdialog', { name: 'Delete 3 items?' });
    await several.getByText('In all: 2 folders and 3 files (1.3 MB). This cannot be undone.').waitFor();
    await several.getByRole('button', { name: 'Cancel' }).click();
    await manager.keyboard.press('Escape');
    await on.path().getByRole('link', { name: 'Campaign' }).click();
    await on.row('Shoot').waitFor();
    const menu = await on.menu('Shoot');
    await menu.getByRole('menuitem', { name: 'Delete…' }).click();
    const confirm = manager.getByRole('alertdialog', { name: 'Delete Shoot?' });
    await confirm.getByText(/^Everything in it goes too: 2 folders and 3 files \(1\.3 MB\)\./).waitFor();
    await auditViews(manager, 'content-09-delete-folder', async () => undefined).then((problems) =>
      throwProblems(problems),
    );
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await manager.getByText('Deleted Shoot').waitFor();
    await on.main.getByRole('heading', { name: 'No files yet' }).waitFor();
    expect(await listed(manager, { orgId: team.globex.id, projectId: team.campaign.id })).toEqual([]);
    await opened.context.close();
  });
});

describe('a folder of hundreds of items', () => {
  it('loads page by page as the list scrolls, rendering only the rows near the screen', async () => {
    const on = browserOn(page);
    const where = { orgId: team.globex.id, projectId: team.campaign.id };
    const [archive] = await createFolders(page, { ...where, parentId: null }, ['Archive']);
    const names = Array.from({ length: 230 }, (_, n) => `Week ${String(n + 1).padStart(3, '0')}`);
    await createFolders(page, { ...where, parentId: archive! }, names);
    await page.goto(`${projectPath()}?folder=${archive}`);
    await on.main.getByText('100 items loaded').waitFor();
    const rendered = () => on.main.locator('tbody tr[data-index]').count();
    expect(await rendered()).toBeLessThan(40);
    // Each wheel turn brings the last rows into view: the next page is fetched when they show.
    await eventually(async () => {
      await page.mouse.wheel(0, 4000);
      return on.main.getByText('230 items', { exact: true }).count();
    }).toBe(1);
    // The last page may have arrived below the screen: to the bottom once more.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await on.row('Week 230').waitFor();
    expect(await rendered()).toBeLessThan(40);
    expect(await on.row('Week 001').count()).toBe(0);
    await snap(page, 'content-10-long-folder-end-1280');
  });

  it('keeps a deep path on one line on a phone: the first and last steps, and “…” a step up', async () => {
    const on = browserOn(page);
    const where = { orgId: team.globex.id, projectId: team.campaign.id };
    let parentId: string | null = null;
    for (const name of [
      'Clients',
      'Northwind Traders International',
      'Brand refresh 2026',
      'Final deliverables',
    ])
      parentId = (await createFolders(page, { ...where, parentId }, [name]))[0]!;
    await page.goto(`${projectPath()}?folder=${parentId}`);
    await on.path().getByText('Final deliverables').waitFor();
    await auditInThemes(page, 'content-13-deep-path');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await on.path().getByRole('link', { name: 'Clients' }).isVisible()).toBe(false);
    expect(await on.path().getByRole('link', { name: 'Campaign' }).isVisible()).toBe(true);
    await on.path().getByRole('link', { name: 'Up to Brand refresh 2026' }).click();
    await on.path().getByText('Brand refresh 2026').waitFor();
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('creates a folder from the keyboard; the same name again is refused by the field', async () => {
    const on = browserOn(page);
    await on.row('Final deliverables').getByRole('link').click();
    await on.main.getByRole('heading', { name: 'This folder is empty' }).waitFor();
    const button = on.main.getByRole('button', { name: 'New folder' }).first();
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New folder' });
    await page.keyboard.type('Approved');
    await page.keyboard.press('Enter');
    await page.getByText('Created Approved').waitFor();
    await on.row('Approved').waitFor();
    await waitFocused(page, button);
    await page.keyboard.press('Enter');
    await page.keyboard.type('APPROVED');
    await page.keyboard.press('Enter');
    await dialog.getByRole('alert').waitFor();
    expect(await dialog.getByLabel('Name').getAttribute('aria-invalid')).toBe('true');
    await page.keyboard.press('Escape');
    await page
      .getByRole('alertdialog', { name: 'Discard this name?' })
      .getByRole('button', { name: 'Discard' })
      .click();
    await dialog.waitFor({ state: 'detached' });
    expect(pageErrors.flat()).toEqual([]);
  });
});
