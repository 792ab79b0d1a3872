import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditInThemes, auditViews, throwProblems } from './audit';
import { launchBrowser, snap } from './browser';
import { browserOn, listed, openProject, seedCampaign, seedShoot } from './content-fixtures';
import { startRoster, type RunningRoster } from './server';

// The content browser for the other project roles (issue #10): a viewer lists and downloads but
// sees no upload, move or delete controls; a manager deletes a folder once the confirmation has
// said what goes. Campaign starts as the contributor's journey (content.test.ts) leaves it.

let roster: RunningRoster;
let browser: Browser;
let team: Awaited<ReturnType<typeof seedCampaign>>;
const pageErrors: string[][] = [];
const projectPath = () => `/orgs/${team.globex.id}/projects/${team.campaign.id}`;

beforeAll(async () => {
  roster = await startRoster();
  browser = await launchBrowser();
  team = await seedCampaign(roster);
  const opened = await openProject(browser, roster, team.contributor, projectPath());
  await seedShoot(opened.page, { orgId: team.globex.id, projectId: team.campaign.id });
  await opened.context.close();
});

afterAll(async () => {
  await browser?.close();
  await roster?.close();
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
    expect(pageErrors.flat()).toEqual([]);
    await opened.context.close();
  });
});
