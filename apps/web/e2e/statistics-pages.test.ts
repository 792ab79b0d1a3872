import { randomUUID } from 'node:crypto';
import type { Browser, Locator, Page } from 'playwright-core';
import { seedOrganization } from '@roster/testing/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditInThemes, everyWidth } from './audit';
import { launchBrowser } from './browser';
import { truncated, lineCount } from './keyboard';
import { openAs } from './org-fixtures';
import { startRoster, type RunningRoster } from './server';

// The statistics page over many rows: 60 projects and 60 members as a recompute leaves them
// (stats_* rows written through the ORM by entity name), to page, sort and fold columns.

let roster: RunningRoster;
let browser: Browser;
let page: Page;
let pageErrors: string[];
let orgId: string;
const closers: (() => Promise<void>)[] = [];
const MiB = 1024 ** 2;
const computedAt = new Date(Date.now() - 2 * 60_000);

beforeAll(async () => {
  roster = await startRoster();
  browser = await launchBrowser();
  const { orm } = roster.roster.db;
  const org = await seedOrganization(orm, { name: 'Hooli', plan: 'team' });
  orgId = org.id;
  const em = orm.em.fork();
  const day = 86_400_000;
  await em.insertMany(
    'StatsProject',
    Array.from({ length: 60 }, (_, i) => ({
      organization: orgId,
      projectId: randomUUID(),
      name:
        i === 0
          ? 'A project with a rather long name for the narrow screens of phones'
          : `Project ${String(i).padStart(2, '0')}`,
      archived: i % 7 === 3,
      members: (i * 3) % 17,
      folders: (i * 5) % 23,
      assets: i * 41,
      storageBytes: i * 37 * MiB,
      uploads30d: (i * 13) % 50,
      downloads30d: (i * 29) % 120,
      lastActivityAt: i % 9 === 0 ? null : new Date(Date.now() - i * day),
      computedAt,
    })),
  );
  await em.insertMany(
    'StatsUser',
    Array.from({ length: 60 }, (_, i) => ({
      organization: orgId,
      userId: randomUUID(),
      name: `Person ${String(i).padStart(2, '0')}`,
      email: `person-${i}@hooli.example`,
      searchText: `person ${String(i).padStart(2, '0')} person-${i}@hooli.example`,
      role: i === 0 ? 'owner' : i < 4 ? 'admin' : 'member',
      projects: i % 6,
      uploads: (i * 7) % 40,
      downloads: (i * 11) % 90,
      bytesUploaded: i * 3 * MiB,
      lastActiveAt: i % 8 === 0 ? null : new Date(Date.now() - i * 3_600_000),
      computedAt,
    })),
  );
  await em.insert('StatsOrganization', {
    organization: orgId,
    members: 60,
    projects: 60,
    folders: 660,
    assets: 72_570,
    storageBytes: 60 * 37 * 30 * MiB,
    uploads30d: 1_470,
    downloads30d: 3_540,
    lastActivityAt: new Date(Date.now() - 5 * 60_000),
    computedAt,
  });
  const opened = await openAs(browser, roster, org.owner, `/orgs/${orgId}/statistics`);
  closers.push(() => opened.context.close());
  ({ page, pageErrors } = opened);
});

afterAll(async () => {
  for (const close of closers) await close();
  await browser?.close();
  await roster?.close();
});

/** At 768 and 1024 px each name is whole (not cut to "D…"), and a short one is on one line. */
async function namesWhole(p: Page, short: Locator, long?: Locator) {
  for (const width of [768, 1024]) {
    await p.setViewportSize({ width, height: 900 });
    expect(await truncated(short), `at ${width} px`).toBe(false);
    expect(await lineCount(short), `at ${width} px`).toBe(1);
    if (long) expect(await truncated(long), `at ${width} px`).toBe(false);
  }
  await p.setViewportSize({ width: 1280, height: 800 });
}

const names = (p: Page) => p.locator('tbody tr td:first-child p:first-child').allInnerTexts();

describe('statistics over many rows', () => {
  it('shows the first 50 projects, then the rest on Load more', async () => {
    await page.getByText('Updated 2 minutes ago.').waitFor();
    await page.getByText('Showing 50 of 60 projects').waitFor();
    expect(await page.locator('tbody tr').count()).toBe(50);
    await page.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(60);
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
    await auditInThemes(page, 'statistics-many', everyWidth);
    await namesWhole(
      page,
      page.getByRole('link', { name: 'Project 01', exact: true }),
      page.getByRole('link', { name: /^A project with a rather long name/ }),
    );
  });

  it('sorts by a folded column from the menu on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('downloads');
    await page.waitForURL(/sort=downloads/);
    await expect.poll(async () => (await names(page))[0]).toBe('Project 33');
    await page.getByRole('button', { name: 'Descending: sort ascending' }).click();
    await page.waitForURL(/dir=asc/);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('pages, sorts and folds the Users tab', async () => {
    await page.getByRole('tab', { name: 'Users' }).click();
    await page.getByText('Showing 50 of 60 members').waitFor();
    await page.getByRole('button', { name: 'Role', exact: true }).click();
    await expect
      .poll(async () => (await names(page)).slice(0, 4))
      .toEqual(['Person 00', 'Person 01', 'Person 02', 'Person 03']);
    await auditInThemes(page, 'statistics-many-users', everyWidth);
    await namesWhole(page, page.getByText('Person 01', { exact: true }));
    expect(pageErrors).toEqual([]);
  });
});
