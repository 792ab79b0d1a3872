import { readFile } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { seedOrganization, seedProject, seedUser } from '@roster/testing/factories';
import { rollupUsageNow } from '@roster/testing/usage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditInThemes, auditPage, everyWidth } from './audit';
import { launchBrowser, snap } from './browser';
import { createFolders, uploadFile } from './content-fixtures';
import { parseCsv } from './csv';
import { truncated, lineCount } from './keyboard';
import { openAs } from './org-fixtures';
import { startRoster, type RunningRoster } from './server';
import { onPage, openSidebar } from './steps';

let roster: RunningRoster;
let browser: Browser;
let page: Page;
let pageErrors: string[];
const closers: (() => Promise<void>)[] = [];

type Seeded = Awaited<ReturnType<typeof seedOrganization>>;
let umbrella: Seeded;
let admin: Seeded['members'][number];
let member: Seeded['members'][number];
let brandKit: { id: string; name: string };
const guidelines = 'Brand guidelines, second edition. '.repeat(300);

interface OverviewRow {
  name: string;
  members: number;
  folders: number;
  assets: number;
  storageBytes: number;
  uploads30d: number;
  downloads30d: number;
}

/** stats.overview as the user signed in on `page` reads it. */
function readOverview(p: Page, orgId: string) {
  return p.evaluate(async (orgId) => {
    const input = encodeURIComponent(JSON.stringify({ orgId }));
    const response = await fetch(`/trpc/stats.overview?input=${input}`);
    if (!response.ok) return null;
    const body = (await response.json()) as {
      result: { data: { computedAt: string | null; items: OverviewRow[] } };
    };
    return body.result.data;
  }, orgId);
}

beforeAll(async () => {
  roster = await startRoster();
  browser = await launchBrowser();
  const { orm } = roster.roster.db;
  const owner = await seedUser(orm, { name: 'Grace Hopper' });
  umbrella = await seedOrganization(orm, { name: 'Umbrella', owner, members: ['admin', 'member'] });
  [admin, member] = umbrella.members as [typeof admin, typeof member];
  brandKit = await seedProject(orm, {
    orgId: umbrella.id,
    name: 'Brand kit',
    members: [
      { userId: admin.id, role: 'manager' },
      { userId: member.id, role: 'contributor' },
    ],
  });
  await seedProject(orm, { orgId: umbrella.id, name: 'Website relaunch' });

  const opened = await openAs(browser, roster, admin, `/orgs/${umbrella.id}`);
  closers.push(() => opened.context.close());
  ({ page, pageErrors } = opened);
  await onPage(page).heading('Umbrella').waitFor();

  // The admin uploads a file in the browser's session and downloads it once; the usage rollup
  // moves both into the day's activity, then a new folder asks for a recompute (debounced).
  const assetId = await uploadFile(page, {
    projectId: brandKit.id,
    folderId: null,
    name: 'guidelines.txt',
    text: guidelines,
  });
  const status = await page.evaluate(async (id) => (await fetch(`/v1/assets/${id}/content`)).status, assetId);
  expect(status).toBe(200);
  await rollupUsageNow(roster.roster);
  await createFolders(page, { orgId: umbrella.id, projectId: brandKit.id, parentId: null }, ['Logos']);
  // The worker recomputes at the end of the debounce window (5 s): wait for its rows.
  const counted = async () => {
    const overview = await readOverview(page, umbrella.id);
    const row = overview?.items.find((item) => item.name === 'Brand kit');
    return row?.folders === 1 && row.uploads30d === 1 && row.downloads30d === 1;
  };
  for (const deadline = Date.now() + 60_000; !(await counted());) {
    if (Date.now() > deadline) throw new Error('The statistics were not recomputed within a minute');
    await page.waitForTimeout(500);
  }
});

afterAll(async () => {
  for (const close of closers) await close();
  await browser?.close();
  await roster?.close();
});

/**
 * At 768 and 1024 px each name is whole and on one line: not cut ("D…") nor squeezed; an email
 * (`wraps`) is whole, and may wrap after its @.
 */
async function namesWhole(p: Page, names: Locator[], wraps: Locator[] = []) {
  for (const width of [768, 1024]) {
    await p.setViewportSize({ width, height: 900 });
    for (const name of [...names, ...wraps]) {
      const text = await name.innerText();
      expect(await truncated(name), `${text} at ${width} px`).toBe(false);
      if (names.includes(name)) expect(await lineCount(name), `${text} at ${width} px`).toBe(1);
    }
  }
  await p.setViewportSize({ width: 1280, height: 800 });
}

const tableRow = (p: Page, name: string) => p.getByRole('row').filter({ hasText: name });
const cells = async (p: Page, name: string) =>
  (await tableRow(p, name).getByRole('cell').allInnerTexts()).map((text) => text.trim());

describe('an admin on the statistics page', () => {
  it('opens it from the navigation and sees the totals and each project', async () => {
    await page.getByRole('link', { name: 'Statistics', exact: true }).click();
    await onPage(page).heading('Statistics').waitFor();
    await page.getByText(/^Updated (just now|\d+ (second|minute)s? ago)\./).waitFor();
    await page.getByText('They refresh shortly after changes, and every night.').waitFor();

    const totals = page.getByRole('region', { name: 'Organization totals' });
    const tile = (label: string) =>
      totals
        .locator('div')
        .filter({ has: page.getByText(label, { exact: true }) })
        .locator('dd');
    expect(await tile('Members').innerText()).toBe('3');
    expect(await tile('Projects').innerText()).toBe('2');
    expect(await tile('Folders').innerText()).toBe('1');
    expect(await tile('Files').innerText()).toBe('1');
    expect(await tile('Storage').innerText()).toBe('9.9 KB');
    expect(await tile('Uploads (30 days)').innerText()).toBe('1');
    expect(await tile('Downloads (30 days)').innerText()).toBe('1');
    expect(await tile('Last activity').innerText()).toMatch(/just now|ago/);

    // Project, members, folders, files, storage, uploads, downloads, last activity.
    const brand = await cells(page, 'Brand kit');
    expect(brand[0]).toContain('Brand kit');
    expect(brand.slice(1, 7)).toEqual(['2', '1', '1', '9.9 KB', '1', '1']);
    expect(brand[7]).toMatch(/just now|ago/);
    expect((await cells(page, 'Website relaunch')).slice(1, 7)).toEqual(['0', '0', '0', '0 bytes', '0', '0']);
    await auditInThemes(page, 'statistics-overview', everyWidth);
    const projects = page.getByRole('table', { name: /^Projects/ });
    await namesWhole(page, [
      projects.getByRole('link', { name: 'Brand kit' }),
      projects.getByRole('link', { name: 'Website relaunch' }),
    ]);
  });

  it('sorts, searches and links a project to its page', async () => {
    const table = page.getByRole('table', { name: /^Projects/ });
    const names = () => table.locator('tbody tr td:first-child a').allInnerTexts();
    await expect.poll(names).toEqual(['Brand kit', 'Website relaunch']);
    await table.getByRole('button', { name: 'Project', exact: true }).click(); // by name, Z to A
    await expect.poll(names).toEqual(['Website relaunch', 'Brand kit']);
    expect(await table.getByRole('columnheader', { name: 'Project' }).getAttribute('aria-sort')).toBe(
      'descending',
    );
    expect(new URL(page.url()).searchParams.get('dir')).toBe('desc');

    await page.getByRole('searchbox', { name: 'Search projects' }).fill('web');
    await expect.poll(names).toEqual(['Website relaunch']);
    expect(new URL(page.url()).searchParams.get('q')).toBe('web');
    await page.getByRole('button', { name: 'Clear search' }).click();
    await expect.poll(names).toEqual(['Website relaunch', 'Brand kit']);

    await table.getByRole('link', { name: 'Brand kit' }).click();
    await page.waitForURL(`**/orgs/${umbrella.id}/projects/${brandKit.id}`);
    await page.goBack();
    await onPage(page).heading('Statistics').waitFor();
  });

  it('switches to Users, sorts and searches the members from the keyboard', async () => {
    const tabs = page.getByRole('tablist', { name: 'Statistics' });
    await tabs.getByRole('tab', { name: 'Overview' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/tab=users/);
    expect(await tabs.getByRole('tab', { name: 'Users' }).getAttribute('aria-selected')).toBe('true');

    const table = page.getByRole('table', { name: /^Members/ });
    const people = () => table.locator('tbody tr td:first-child p:first-child').allInnerTexts();
    await expect.poll(people).toEqual(['Grace Hopper', 'Member 1', 'Member 2']);
    const adminRow = await cells(page, admin.email);
    // Name, role, projects, uploads, downloads, uploaded, last active.
    expect(adminRow[0]).toContain(admin.email);
    expect(adminRow.slice(1, 6)).toEqual(['Admin', '1', '1', '1', '9.9 KB']);
    expect(adminRow[6]).toMatch(/just now|ago/);

    const uploads = table.getByRole('button', { name: 'Uploads', exact: true });
    await uploads.focus();
    await page.keyboard.press('Enter'); // most uploads first
    await expect.poll(async () => (await people())[0]).toBe('Member 1');
    expect(await table.getByRole('columnheader', { name: 'Uploads' }).getAttribute('aria-sort')).toBe(
      'descending',
    );

    await page.getByRole('searchbox', { name: 'Search members' }).fill(member.email);
    await expect.poll(people).toEqual(['Member 2']);
    await auditInThemes(page, 'statistics-users', everyWidth);
    await namesWhole(page, [table.getByText('Member 2', { exact: true })], [table.getByText(member.email)]);
  });

  it('exports the Users tab as CSV: every member, as the table counts them', async () => {
    const link = page.getByRole('link', { name: 'Export CSV of all members' });
    expect(await link.getAttribute('href')).toBe(`/v1/exports/users.csv?orgId=${umbrella.id}`);
    expect(await link.getAttribute('download')).not.toBeNull();

    // The browser saves the file the API streams, with the session's cookie.
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const [header, ...rows] = parseCsv(await readFile((await download.path())!, 'utf8'));
    expect(header).toEqual([
      'userId',
      'name',
      'email',
      'role',
      'projects',
      'uploads',
      'downloads',
      'bytesUploaded',
      'lastActiveAt',
    ]);
    // Every member (in the API's order), whatever the table's search; the admin's figures as the
    // table shows them.
    const byName = [...rows].sort((a, b) => a[1]!.localeCompare(b[1]!));
    expect(byName.map((cells) => cells.slice(0, 3))).toEqual([
      [umbrella.owner.id, 'Grace Hopper', umbrella.owner.email],
      [admin.id, 'Member 1', admin.email],
      [member.id, 'Member 2', member.email],
    ]);
    expect(byName[1]!.slice(3, 8)).toEqual(['admin', '1', '1', '1', String(guidelines.length)]);
    expect(new Date(byName[1]![8]!).getTime()).toBeGreaterThan(Date.now() - 10 * 60_000);
    expect(pageErrors).toEqual([]);
  });
});

describe('other states', () => {
  it('says the statistics are being computed until the first computation, then shows them', async () => {
    const initech = await seedOrganization(roster.roster.db.orm, { name: 'Initech', owner: admin });
    await page.goto(`/orgs/${initech.id}/statistics`);
    // Never computed: the read asks for a recompute, and the page asks again until it is done.
    await page.getByRole('heading', { name: 'Statistics are being computed…' }).waitFor();
    await snap(page, 'statistics-computing-1280');
    await page.getByRole('heading', { name: 'No projects yet' }).waitFor({ timeout: 30_000 });
    await page.getByText(/^Updated (just now|\d+ seconds? ago)\./).waitFor();
    await auditPage(page, 'statistics-empty');
  });

  it('says when statistics cannot be loaded, and loads them on Try again', async () => {
    await page.route(/\/trpc\/[^?]*stats\.overview/, (route) =>
      route.fulfill({ status: 503, body: 'unavailable' }),
    );
    await page.goto(`/orgs/${umbrella.id}/statistics`);
    await page.getByRole('heading', { name: 'Statistics could not be loaded' }).waitFor();
    await auditPage(page, 'statistics-error');
    await page.unroute(/\/trpc\/[^?]*stats\.overview/);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('region', { name: 'Organization totals' }).waitFor();
  });
});

describe('who sees it', () => {
  it('is neither linked for a member nor shown at its address', async () => {
    const opened = await openAs(browser, roster, member, `/orgs/${umbrella.id}`);
    closers.push(() => opened.context.close());
    const memberPage = opened.page;
    await onPage(memberPage).heading('Umbrella').waitFor();
    await openSidebar(memberPage);
    expect(await memberPage.getByRole('link', { name: 'Statistics', exact: true }).count()).toBe(0);
    await memberPage.goto(`/orgs/${umbrella.id}/statistics`);
    await memberPage.getByRole('heading', { name: 'Only owners and admins can see statistics' }).waitFor();
    expect(await memberPage.getByRole('region', { name: 'Organization totals' }).count()).toBe(0);
    await auditPage(memberPage, 'statistics-member');
    expect(opened.pageErrors).toEqual([]);
  });
});
