import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { seedOrganization } from '@roster/testing/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditAtWidths, auditInThemes, everyWidth } from './audit';
import { launchBrowser, snap } from './browser';
import { openAs } from './org-fixtures';
import { startRoster, type RunningRoster } from './server';
import { onPage, openSidebar } from './steps';
import { nameCut } from './keyboard';
import { seedUsageOrg, totals, utcDay, type UsageOrg } from './usage-fixtures';

let roster: RunningRoster;
let browser: Browser;
let umbrella: UsageOrg;
let page: Page;
let pageErrors: string[];
const closers: (() => Promise<void>)[] = [];

const count = (value: number) => new Intl.NumberFormat('en-US').format(value);
const now = new Date();
const dayMs = 86_400_000;
const from = (days: number) => utcDay(new Date(now.getTime() - (days - 1) * dayMs));

beforeAll(async () => {
  roster = await startRoster();
  browser = await launchBrowser();
  umbrella = await seedUsageOrg(roster.roster.db.orm, now);
  const opened = await openAs(browser, roster, umbrella.owner, `/orgs/${umbrella.orgId}/usage`);
  closers.push(() => opened.context.close());
  ({ page, pageErrors } = opened);
  await onPage(page).heading('Usage').waitFor();
});

afterAll(async () => {
  for (const close of closers) await close();
  await browser?.close();
  await roster?.close();
});

const section = (p: Page, name: string) => p.getByRole('region', { name, exact: true });
const chart = (p: Page, name: RegExp) => p.getByRole('img', { name });

describe('an owner on the usage page', () => {
  it('sees this month against the limits, with what happens near and at them', async () => {
    const month = totals(umbrella.rows, `${now.toISOString().slice(0, 7)}-01`);
    const calls = section(page, 'API calls');
    await calls.getByText(count(month.apiCalls), { exact: true }).waitFor();
    await calls.getByText(`of ${count(umbrella.apiCallsLimit)}`).waitFor();
    const meter = calls.getByRole('meter', { name: 'API calls used' });
    expect(await meter.getAttribute('aria-valuenow')).toBe(String(month.apiCalls));
    await page.getByText('API calls: 86 % of this month’s limit used.', { exact: false }).waitFor();
    await page.getByText('429 USAGE_LIMIT_REACHED', { exact: false }).first().waitFor();
    await section(page, 'Storage').getByText('of 1 GB').waitFor();
    await section(page, 'Storage')
      .getByText(/None left · Peak this month: 1 GB/)
      .waitFor();
    await page.getByText('Storage: the limit is reached, so uploads are refused', { exact: false }).waitFor();
    await section(page, 'Bandwidth in').getByText('no limit', { exact: false }).waitFor();
    expect(await section(page, 'Bandwidth in').getByRole('meter').count()).toBe(0);
    await page
      .getByText(/Updated 2 minutes ago\. New calls and bytes show here within about a minute\./)
      .waitFor();
    await auditInThemes(page, 'usage-owner', everyWidth);
  });

  it('charts the last 30 or 90 days, with a summary for screen readers and the figures as a table', async () => {
    const last30 = totals(umbrella.rows, from(30));
    await chart(
      page,
      new RegExp(`^API calls per day, last 30 days: ${count(last30.apiCalls)} in total`),
    ).waitFor();
    await chart(
      page,
      /^Bandwidth out per day, last 30 days: .* Bandwidth in per day, last 30 days/,
    ).waitFor();

    // From the keyboard: the range is a radio group (arrows change it).
    const range = page.getByRole('radiogroup', { name: 'Last' });
    await range.getByRole('radio', { name: '30 days' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await range.getByRole('radio', { name: '90 days' }).getAttribute('aria-checked')).toBe('true');
    const last90 = totals(umbrella.rows, from(90));
    await chart(
      page,
      new RegExp(`^API calls per day, last 90 days: ${count(last90.apiCalls)} in total`),
    ).waitFor();

    const show = page.getByRole('button', { name: 'Show as table' });
    await show.focus();
    await page.keyboard.press('Enter');
    const table = page.getByRole('table', { name: /Usage per UTC day, last 90 days/ });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(90);
    const today = umbrella.rows.filter((r) => r.day === utcDay(now));
    const todayCalls = today.reduce((sum, r) => sum + r.apiCalls, 0);
    await expect
      .poll(() => table.locator('tbody tr').first().locator('td').first().textContent())
      .toBe(count(todayCalls));
    await auditAtWidths(page, 'usage-day-table', everyWidth);
    // On a phone too, a day's four figures fit: the table does not scroll sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await table.evaluate((t) => t.scrollWidth <= (t.parentElement?.clientWidth ?? 0))).toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: 'Hide table' }).click();
    await table.waitFor({ state: 'hidden' });

    // A day's tooltip on hover (the right end of the API calls chart: the last days).
    const calls = page.locator('.recharts-wrapper').first();
    const box = await calls.boundingBox();
    if (!box) throw new Error('The API calls chart is not on the page');
    await calls.hover({ position: { x: box.width - 12, y: box.height / 2 } });
    await page.locator('.recharts-tooltip-wrapper').getByText('API calls:').waitFor();
    await snap(page, 'usage-tooltip');
    await range.getByRole('radio', { name: '30 days' }).click();
  });

  it('breaks the range down by project and by API key, busiest first', async () => {
    const byProject = page.getByRole('table', { name: 'Usage by project' });
    const names = async (table: typeof byProject) =>
      (await table.locator('tbody th').allInnerTexts()).map((text) => text.split('\n')[0] ?? text);
    await expect.poll(() => names(byProject)).toEqual(['Brand kit', 'Website relaunch', 'No project']);
    const byKey = page.getByRole('table', { name: 'Usage by API key' });
    await expect.poll(() => names(byKey)).toEqual(['CI deploys', 'Signed-in web app', 'Mobile app']);
    await byKey.getByText('rst_Ci42…').waitFor();
    await byKey.getByText('Uploads and downloads in the browser (not API calls)').waitFor();
    // On a tablet, upright or on its side, the names have room: none is cut.
    const before = page.viewportSize();
    for (const [width, height] of everyWidth.filter(([width]) => width === 768 || width === 1024)) {
      await page.setViewportSize({ width, height });
      for (const table of [byProject, byKey])
        for (const name of await names(table)) {
          const cell = table.locator('tbody th').getByText(name, { exact: true });
          expect(await nameCut(cell), `${name} at ${width} px`).toBe(false);
        }
    }
    if (before) await page.setViewportSize(before);
  });

  it('exports the range as CSV with plain download links', async () => {
    const range = `orgId=${umbrella.orgId}&from=${from(30)}&to=${utcDay(now)}`;
    const exportLink = page.getByRole('link', { name: 'Export CSV' });
    expect(await exportLink.getAttribute('href')).toBe(`/v1/exports/usage.csv?${range}&groupBy=day`);
    expect(await exportLink.getAttribute('download')).not.toBeNull();
    const projects = page.getByRole('link', { name: 'CSV of usage by project' });
    expect(await projects.getAttribute('href')).toBe(`/v1/exports/usage.csv?${range}&groupBy=project`);
    const keys = page.getByRole('link', { name: 'CSV of usage by API key' });
    expect(await keys.getAttribute('href')).toBe(`/v1/exports/usage.csv?${range}&groupBy=apiKey`);

    // The browser saves the file the API streams, with the session's cookie.
    const [download] = await Promise.all([page.waitForEvent('download'), projects.click()]);
    expect(download.suggestedFilename()).toBe(`usage-${umbrella.orgId}-${from(30)}-${utcDay(now)}.csv`);
    const csv = await readFile(await download.path(), 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines).toHaveLength(4); // the header and three projects
    expect(lines[1]).toContain('Brand kit');
    expect(csv).toContain('No project');
    expect(pageErrors).toEqual([]);
  });
});

describe('other states', () => {
  it('explains what is counted to an organization with no usage yet', async () => {
    const initech = await seedOrganization(roster.roster.db.orm, { name: 'Initech', owner: umbrella.owner });
    await page.goto(`/orgs/${initech.id}/usage`);
    await page.getByRole('heading', { name: 'No usage yet' }).waitFor();
    await page.getByText('Roster counts each request made with an API key', { exact: false }).waitFor();
    await section(page, 'API calls').getByText('of 10,000').waitFor();
    await auditInThemes(page, 'usage-empty', everyWidth);
  });

  it('says when usage cannot be loaded, and loads it on Try again', async () => {
    await page.route(/\/trpc\/[^?]*usage\.summary/, (route) =>
      route.fulfill({ status: 503, body: 'unavailable' }),
    );
    await page.goto(`/orgs/${umbrella.orgId}/usage`);
    await page.getByRole('heading', { name: 'Usage could not be loaded' }).waitFor();
    await auditAtWidths(page, 'usage-error', everyWidth);
    await page.unroute(/\/trpc\/[^?]*usage\.summary/);
    await page.getByRole('button', { name: 'Try again' }).click();
    await section(page, 'API calls').waitFor();
  });
});

describe('who sees it', () => {
  it('is in the admin’s navigation', async () => {
    const { context, page: admin } = await openAs(browser, roster, umbrella.admin, `/orgs/${umbrella.orgId}`);
    closers.push(() => context.close());
    await admin.getByRole('link', { name: 'Usage', exact: true }).click();
    await section(admin, 'API calls').waitFor();
  });

  it('is neither linked for a member nor shown at its address', async () => {
    const {
      context,
      page: member,
      pageErrors: memberErrors,
    } = await openAs(browser, roster, umbrella.member, `/orgs/${umbrella.orgId}`);
    closers.push(() => context.close());
    await onPage(member).heading('Umbrella').waitFor();
    await openSidebar(member);
    expect(await member.getByRole('link', { name: 'Usage', exact: true }).count()).toBe(0);
    await member.goto(`/orgs/${umbrella.orgId}/usage`);
    await member.getByRole('heading', { name: 'Only owners and admins can see usage' }).waitFor();
    expect(await member.getByRole('region', { name: 'API calls' }).count()).toBe(0);
    await auditAtWidths(member, 'usage-member', everyWidth);
    expect(memberErrors).toEqual([]);
  });
});
