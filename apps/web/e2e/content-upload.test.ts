import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOrganization, seedProject, type SeededUser } from '@roster/testing/factories';
import { networkErrorMessage } from '../src/lib/api-error';
import { auditViews, throwProblems } from './audit';
import { launchBrowser, snap } from './browser';
import { dragTree, dropDragged } from './drop-files';
import { openAs } from './org-fixtures';
import { startRoster, type RunningRoster } from './server';
import { network, projectContent, testFiles, uploads } from './upload-fixtures';

const MiB = 1024 * 1024;
let roster: RunningRoster;
let browser: Browser;
let page: Page;
let pageErrors: string[];
let orgId: string;
let projectId: string;
let memberUser: SeededUser;
let net: ReturnType<typeof network>;
let content: ReturnType<typeof projectContent>;
let on: ReturnType<typeof uploads>;
const files = testFiles();
const { fileOf } = files;
const requests: string[] = [];
const listed = (folderId: string | null = null) => content.listed(folderId);
const namesIn = (folderId: string | null = null) => content.namesIn(folderId);
const folderNamed = (name: string, parent: string | null = null) => content.folderNamed(name, parent);
const throttle = (bytesPerSecond: number) => net.throttle(bytesPerSecond);
const panel = () => on.panel();
const row = (name: string) => on.row(name);
const bar = (name: string) => on.bar(name);
const choose = (item: 'Upload files' | 'Upload folder', paths: string[] | string) => on.choose(item, paths);

beforeAll(async () => {
  roster = await startRoster();
  browser = await launchBrowser();
  const { orm } = roster.roster.db;
  const org = await seedOrganization(orm, { name: 'Umbrella', plan: 'free', members: ['member'] });
  orgId = org.id;
  memberUser = org.members[0]!;
  const project = await seedProject(orm, {
    orgId,
    name: 'Field work',
    members: [{ userId: org.members[0]!.id, role: 'contributor' }],
  });
  projectId = project.id;
  const opened = await openAs(browser, roster, org.owner, `/orgs/${orgId}/projects/${projectId}`);
  page = opened.page;
  pageErrors = opened.pageErrors;
  page.on('request', (request) => requests.push(`${request.method()} ${new URL(request.url()).pathname}`));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  net = network(cdp);
  content = projectContent(page, orgId, projectId);
  on = uploads(page);
  await page.getByRole('button', { name: 'Upload', exact: true }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await roster?.close();
  files.remove();
});

describe('uploading into a project', () => {
  it('uploads several files with progress, refuses one too large for the plan, cancels one and retries it', async () => {
    const small = fileOf('notes.txt', 2_000);
    const photo = fileOf('photo.jpg', 3 * MiB);
    const draft = fileOf('draft.mov', 24 * MiB);
    const video = fileOf('video.mp4', 70 * MiB); // from 64 MiB on: tus
    const huge = fileOf('huge.iso', 101 * MiB); // the free plan takes up to 100 MiB
    // Slow enough that video.mp4 is still on its way once draft.mov has been cancelled and the panel
    // audited, however busy the machine (the throttle is set once: changing it mid-upload does not
    // slow the requests already under way).
    await throttle(3 * MiB);
    await choose('Upload files', [small, photo, draft, video, huge]);

    await panel().waitFor();
    await row('huge.iso').getByText('This file is 101 MB; the Free plan takes files up to 100 MB.').waitFor();
    expect(await row('huge.iso').getByRole('button', { name: /Retry/ }).count()).toBe(0);

    // Three at a time: draft.mov is on its way; cancelled part-way.
    await expect
      .poll(async () => Number(await bar('draft.mov').getAttribute('aria-valuenow')), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await page
      .getByRole('region', { name: 'Uploads' })
      .getByRole('heading', { name: /^Uploading \d files?$/ })
      .waitFor();
    await expect
      .poll(() =>
        panel()
          .getByText(/ of .* · \d+% · .*\/s · .* left/)
          .count(),
      )
      .toBe(1);
    // Leaving the page now asks first (beforeunload is cancelled while files are on their way).
    const leaving = () =>
      page.evaluate(() => {
        const event = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(event);
        return event.defaultPrevented;
      });
    expect(await leaving()).toBe(true);
    await row('draft.mov').getByRole('button', { name: 'Cancel upload of draft.mov' }).click();
    await row('draft.mov').getByText('Cancelled').waitFor();
    // Audited with video.mp4 still on its way (draft.mov is cancelled first: a few seconds of
    // auditing would otherwise see it through).
    const progress = await auditViews(page, 'upload-panel-progress', async () => undefined);

    await panel().getByRole('heading', { name: '3 uploaded, 1 failed' }).waitFor({ timeout: 60_000 });
    await page
      .getByRole('status')
      .filter({ hasText: 'Uploads finished: 3 uploaded, 1 failed.' })
      .waitFor({ state: 'attached' });
    expect(await namesIn()).toEqual(['notes.txt', 'photo.jpg', 'video.mp4']);
    expect(await leaving()).toBe(false);
    const uploaded = (await listed()).find((item) => item.name === 'video.mp4');
    expect(uploaded?.size).toBe(70 * MiB);
    // The small ones in one request each, the large one through tus.
    expect(requests).toContain(`POST /v1/projects/${projectId}/assets`);
    expect(requests).toContain('POST /v1/uploads');
    expect(requests.some((request) => /^PATCH \/v1\/uploads\/.+/.test(request))).toBe(true);

    await row('draft.mov').getByRole('button', { name: 'Retry upload of draft.mov' }).click();
    await panel().getByRole('heading', { name: '4 uploaded, 1 failed' }).waitFor({ timeout: 30_000 });
    expect(await namesIn()).toContain('draft.mov');
    const finished = await auditViews(page, 'upload-panel-finished', async () => undefined);
    throwProblems(progress, finished);
  });

  it('resumes a large upload where it stopped when the connection drops', async () => {
    await panel().getByRole('button', { name: 'Clear finished' }).click();
    const before = requests.length;
    await throttle(6 * MiB);
    await choose('Upload files', [fileOf('survey.mp4', 66 * MiB)]);
    await expect
      .poll(async () => Number(await bar('survey.mp4').getAttribute('aria-valuenow')), { timeout: 30_000 })
      .toBeGreaterThan(30);
    // The connection drops in the middle of a chunk: tus asks the server where it stopped and goes on.
    const dropped = page.waitForEvent('requestfailed', (request) => request.url().includes('/v1/uploads/'));
    await net.offline();
    await dropped;
    await throttle(-1);
    await row('survey.mp4')
      .getByText(/^Uploaded/)
      .waitFor({ timeout: 60_000 });
    const calls = requests.slice(before).filter((request) => request.includes('/v1/uploads'));
    expect(calls.filter((request) => request === 'POST /v1/uploads')).toHaveLength(1);
    expect(calls.some((request) => /^HEAD \/v1\/uploads\/.+/.test(request))).toBe(true);
    expect((await listed()).find((item) => item.name === 'survey.mp4')?.size).toBe(66 * MiB);
  });

  it('says when the connection is gone for good, and Retry continues from the bytes already sent', async () => {
    await panel().getByRole('button', { name: 'Clear finished' }).click();
    const before = requests.length;
    await throttle(6 * MiB);
    await choose('Upload files', [fileOf('archive.zip', 66 * MiB)]);
    await expect
      .poll(async () => Number(await bar('archive.zip').getAttribute('aria-valuenow')), { timeout: 30_000 })
      .toBeGreaterThan(30);
    await net.offline();
    // tus retries for a few seconds, then gives up.
    await row('archive.zip').getByText(networkErrorMessage).waitFor({ timeout: 30_000 });
    await throttle(-1);
    await row('archive.zip').getByRole('button', { name: 'Retry upload of archive.zip' }).click();
    await row('archive.zip')
      .getByText(/^Uploaded/)
      .waitFor({ timeout: 60_000 });
    // The stored upload URL was found: no second upload was created, the server was asked its offset.
    const calls = requests.slice(before).filter((request) => request.includes('/v1/uploads'));
    expect(calls.filter((request) => request === 'POST /v1/uploads')).toHaveLength(1);
    expect(calls.some((request) => /^HEAD \/v1\/uploads\/.+/.test(request))).toBe(true);
    expect((await listed()).find((item) => item.name === 'archive.zip')?.size).toBe(66 * MiB);
  });

  it('recreates a chosen folder’s tree; the same folder again goes to “Trip (1)”', async () => {
    await panel().getByRole('button', { name: 'Clear finished' }).click();
    await panel().waitFor({ state: 'detached' });
    fileOf('Trip/itinerary.txt', 300);
    fileOf('Trip/day 1/beach.jpg', 40_000);
    fileOf('Trip/day 1/dinner.jpg', 50_000);
    fileOf('Trip/day 2/hike/summit.jpg', 60_000);
    await choose('Upload folder', `${files.root}/Trip`);
    await panel().getByRole('heading', { name: '4 files uploaded' }).waitFor();
    const trip = await folderNamed('Trip');
    expect(await namesIn(trip)).toEqual(['day 1', 'day 2', 'itinerary.txt']);
    expect(await namesIn(await folderNamed('day 1', trip))).toEqual(['beach.jpg', 'dinner.jpg']);
    const day2 = await folderNamed('day 2', trip);
    expect(await namesIn(await folderNamed('hike', day2))).toEqual(['summit.jpg']);

    await choose('Upload folder', `${files.root}/Trip`);
    await panel().getByRole('heading', { name: '8 files uploaded' }).waitFor();
    // Its rows name the folder the files went to.
    expect(await row('Trip (1)/day 2/hike/summit.jpg').count()).toBe(1);
    expect(await namesIn(await folderNamed('Trip (1)'))).toEqual(['day 1', 'day 2', 'itinerary.txt']);
  });

  it('takes a folder dragged onto the listing, empty folders and all', async () => {
    const zone = page.getByTestId('drop-zone');
    await dragTree(
      zone,
      [
        { path: 'Scans/a.txt', text: 'a' },
        { path: 'Scans/b.txt', text: 'b' },
        { path: 'Scans/c.txt', text: 'c' },
        { path: 'Scans/2024/d.txt', text: 'd' },
        { path: 'loose.txt', text: 'loose' },
      ],
      ['Scans/empty'],
    );
    await page.getByText('Drop to upload to Field work').waitFor();
    await snap(page, 'upload-drop-overlay-1280');
    await dropDragged(zone);
    await panel().getByRole('heading', { name: '13 files uploaded' }).waitFor();
    const scans = await folderNamed('Scans');
    expect(await namesIn(scans)).toEqual(['2024', 'a.txt', 'b.txt', 'c.txt', 'empty']);
    expect(await namesIn(await folderNamed('2024', scans))).toEqual(['d.txt']);
    expect(await namesIn()).toContain('loose.txt');
  });

  it('shows the server’s refusal in words, and a retry sends the file again', async () => {
    let refused = false;
    await page.route('**/v1/projects/*/assets?*', async (route) => {
      if (refused) return route.continue();
      refused = true;
      await route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          title: 'Service Unavailable',
          status: 503,
          detail: 'Storage is not reachable right now.',
        }),
      });
    });
    // By keyboard: the Upload menu, its first item, the file chooser.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Upload', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Upload files' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Upload files');
    await page.keyboard.press('Enter');
    await (await chooser).setFiles([fileOf('report.pdf', 5_000)]);
    await row('report.pdf').getByText('Storage is not reachable right now.').waitFor();
    // The list folds away and comes back.
    await panel().getByRole('button', { name: 'Hide uploads' }).click();
    await row('report.pdf').waitFor({ state: 'hidden' });
    await panel().getByRole('button', { name: 'Show uploads' }).click();
    await row('report.pdf').getByRole('button', { name: 'Retry upload of report.pdf' }).click();
    await row('report.pdf')
      .getByText(/^Uploaded/)
      .waitFor();
    await page.unroute('**/v1/projects/*/assets?*');
    expect(await namesIn()).toContain('report.pdf');
  });

  it('shows storage used against the plan to the owner', async () => {
    await page.goto(`/orgs/${orgId}/settings`);
    const meter = page.getByRole('meter', { name: 'Storage used' });
    await meter.waitFor();
    expect(await meter.getAttribute('aria-valuetext')).toMatch(/^\d+(\.\d)? MB of 1 GB$/);
    const plan = await auditViews(page, 'plan-card-storage', async () => {
      await meter.waitFor();
    });
    throwProblems(plan);
    await page.goto(`/orgs/${orgId}`);
    await page.getByText(/\d+ MB of 1 GB storage used/).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('does not show plan usage to a member (PRODUCT.md §3)', async () => {
    const member = await openAs(browser, roster, memberUser, `/orgs/${orgId}/settings`);
    await member.page.getByRole('heading', { name: 'Plan', exact: true }).waitFor();
    await member.page.getByText('3 seats left').waitFor();
    expect(await member.page.getByRole('meter', { name: 'Storage used' }).count()).toBe(0);
    await member.page.goto(`/orgs/${orgId}`);
    await member.page.getByText(/You are member/).waitFor();
    expect(await member.page.getByText(/storage used/).count()).toBe(0);
    expect(member.pageErrors).toEqual([]);
    await member.context.close();
  });
});
