import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditInThemes, everyWidth } from './audit';
import { launchBrowser, snap } from './browser';
import { waitFocused } from './keyboard';
import { browserOn, createFolders, cutAtTabletWidths, openProject, seedCampaign } from './content-fixtures';
import { startRoster, type RunningRoster } from './server';

// The content browser at scale (issue #10), as a contributor: a folder of hundreds of items loads
// page by page with only the rows near the screen rendered; a deep path stays on one line on a
// phone; a folder created from the keyboard.

let roster: RunningRoster;
let browser: Browser;
let team: Awaited<ReturnType<typeof seedCampaign>>;
let page: Page;
const pageErrors: string[][] = [];
/** A read polled until it matches (the listing refreshes after each change). */
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000 });
const projectPath = () => `/orgs/${team.globex.id}/projects/${team.campaign.id}`;

beforeAll(async () => {
  roster = await startRoster();
  browser = await launchBrowser();
  team = await seedCampaign(roster);
  const opened = await openProject(browser, roster, team.contributor, projectPath());
  page = opened.page;
  pageErrors.push(opened.pageErrors);
});

afterAll(async () => {
  await browser?.close();
  await roster?.close();
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

  it('keeps a deep path on one line: on a phone the first and last steps, and “…” a step up', async () => {
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
    await auditInThemes(page, 'content-13-deep-path', everyWidth);
    // On a tablet and a small laptop the steps between fold into “…”, not the open folder's name.
    const deep = [
      on.path().getByRole('link', { name: 'Campaign' }),
      on.path().getByRole('link', { name: 'Brand refresh 2026' }),
      on.path().getByText('Final deliverables', { exact: true }),
    ];
    expect(await cutAtTabletWidths(page, deep)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await on.path().getByRole('link', { name: 'Clients' }).isVisible()).toBe(false);
    expect(await on.path().getByRole('link', { name: 'Campaign' }).isVisible()).toBe(true);
    await on.path().getByRole('link', { name: 'Up to Brand refresh 2026' }).click();
    await on.path().getByText('Brand refresh 2026').waitFor();
    await page.setViewportSize({ width: 1280, height: 800 });
    // From a tablet up the whole path shows; the project, the open folder and its items in full.
    const names = [
      on.path().getByRole('link', { name: 'Campaign' }),
      on.path().getByText('Brand refresh 2026', { exact: true }),
      on.row('Final deliverables').getByRole('link', { name: 'Final deliverables' }),
    ];
    expect(await cutAtTabletWidths(page, names)).toEqual([]);
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
