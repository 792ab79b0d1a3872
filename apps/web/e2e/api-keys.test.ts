import type { Browser, Page } from 'playwright-core';
import { seedOrganization, seedProject, type SeededOrganization } from '@roster/testing/factories';
import { rollupUsageNow } from '@roster/testing/usage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditInThemes, auditViews, everyWidth, throwProblems } from './audit';
import { launchBrowser, snapWidths } from './browser';
import { nameCut, shown, tabTo, waitFocused } from './keyboard';
import { openAs } from './org-fixtures';
import { startRoster, type RunningRoster } from './server';
import { openSidebar } from './steps';
import { formatBytes } from '../src/features/content/upload/upload-format';
import { createKey, keyApi, usageSummary } from './api-keys-fixtures';

// An admin's API keys journey (issue 11): create a key, copy its secret (shown once), an
// application uses it over /v1, the Usage page shows those calls and bytes after the rollup, the
// key is revoked and refused at once. A member sees neither the pages nor their links.

let roster: RunningRoster;
let browser: Browser;
let page: Page;
let pageErrors: string[];
let globex: SeededOrganization;
let website: { id: string; name: string };
let brandKit: { id: string; name: string };
let secret = '';
const fileBody = 'Hello from the website build.\n'.repeat(40);
const keyName = 'Website build';

const main = () => page.locator('#main');
const keysPath = () => `/orgs/${globex.id}/api-keys`;
const admin = () => globex.members[0]!;
const member = () => globex.members[1]!;

beforeAll(async () => {
  roster = await startRoster();
  browser = await launchBrowser();
  const { orm } = roster.roster.db;
  globex = await seedOrganization(orm, { name: 'Globex', plan: 'team', members: ['admin', 'member'] });
  website = await seedProject(orm, { orgId: globex.id, name: 'Website' });
  brandKit = await seedProject(orm, { orgId: globex.id, name: 'Brand kit' });
  ({ page, pageErrors } = await openAs(browser, roster, admin(), `/orgs/${globex.id}`));
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: roster.origin });
});

afterAll(async () => {
  await browser?.close();
  await roster?.close();
});

describe('an admin’s API keys', () => {
  it('finds the page in the sidebar, explained with a curl example while there are no keys', async () => {
    await page.getByRole('link', { name: 'API keys', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'API keys' }).waitFor();
    await main().getByRole('heading', { name: 'No API keys yet' }).waitFor();
    await main().getByText(`curl ${roster.origin}/v1/projects`).waitFor();
    expect(await main().getByRole('link', { name: 'Read the API docs' }).getAttribute('href')).toBe(
      '/v1/docs',
    );
    await auditInThemes(page, 'api-keys-empty', everyWidth);
  });

  it('asks before discarding a half-filled dialog, and gives focus back to its button', async () => {
    const create = main().getByRole('button', { name: 'Create API key' });
    await create.click();
    const dialog = page.getByRole('dialog', { name: 'Create API key' });
    await waitFocused(page, dialog.getByLabel('Name', { exact: true }));
    await page.keyboard.type('Draft');
    await page.keyboard.press('Escape');
    const discard = page.getByRole('alertdialog', { name: 'Discard this API key?' });
    await discard.getByRole('button', { name: 'Discard' }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitFocused(page, create);
  });

  it('creates a key with three scopes for one project, and shows its secret once', async () => {
    await main().getByRole('button', { name: 'Create API key' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create API key' });
    await dialog.getByRole('button', { name: 'Create key' }).click();
    await dialog.getByText('Enter a name, e.g. the application that will use the key.').waitFor();
    await dialog.getByRole('radio', { name: /Only some projects/ }).check();
    await dialog.getByRole('button', { name: 'Create key' }).click();
    await dialog.getByText('Choose at least one project.').waitFor();
    throwProblems(await auditViews(page, 'api-keys-create-errors', async () => {}, everyWidth));

    await dialog.getByLabel('Name', { exact: true }).fill(keyName);
    await dialog.getByRole('checkbox', { name: /Write content/ }).check();
    await dialog.getByRole('checkbox', { name: /Read usage/ }).check();
    await dialog.getByRole('checkbox', { name: 'Website' }).check();
    await dialog.getByLabel('Expires').selectOption('90');
    await dialog.getByRole('button', { name: 'Create key' }).click();

    const secretDialog = page.getByRole('dialog', { name: 'Copy your new API key' });
    await secretDialog.getByText('It will not be shown again', { exact: false }).waitFor();
    secret = (await secretDialog.getByTestId('api-key-secret').textContent()) ?? '';
    expect(secret).toMatch(/^rst_[0-9A-Za-z]{38}$/);
    await secretDialog.getByRole('button', { name: 'Copy key' }).click();
    await secretDialog.getByRole('button', { name: 'Copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    throwProblems(await auditViews(page, 'api-keys-secret', async () => {}, everyWidth));
    await secretDialog.getByRole('button', { name: 'I have stored it' }).click();
    await secretDialog.waitFor({ state: 'detached' });

    const row = main().getByRole('row').filter({ hasText: keyName });
    await row.getByText(`${secret.slice(0, 8)}…`).waitFor();
    for (const scope of ['content:read', 'content:write', 'usage:read'])
      await shown(row, scope).first().waitFor();
    expect(await row.textContent()).not.toContain(secret);
    await page.reload();
    expect(await page.content()).not.toContain(secret);
  });

  it('lists a few keys with their names whole on a tablet, upright or on its side', async () => {
    const day = 86_400_000;
    const more = [
      { name: 'Marketing site preview deployments', scopes: ['content:read'] },
      {
        name: 'Nightly backup to cold storage',
        scopes: ['content:read', 'content:write', 'usage:read'],
        projectIds: [website.id, brandKit.id],
        expiresAt: new Date(Date.now() + 30 * day).toISOString(),
      },
      { name: 'Dashboards', scopes: ['usage:read'] },
    ];
    for (const key of more) await createKey(page, { orgId: globex.id, ...key });
    await page.reload();
    const names = [keyName, ...more.map((key) => key.name)];
    for (const [width, height] of everyWidth.filter(([width]) => width === 768 || width === 1024)) {
      await page.setViewportSize({ width, height });
      for (const name of names) {
        const cell = main().getByRole('cell').getByText(name, { exact: true });
        expect(await nameCut(cell), `${name} at ${width} px`).toBe(false);
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await auditInThemes(page, 'api-keys-list', everyWidth);
  });

  it('lets an application use the key: list its projects, upload, download', async () => {
    const api = keyApi(roster.origin, secret);
    const projects = await api.projects();
    expect(projects.map((project) => project.name)).toEqual(['Website']);
    const asset = await api.upload(website.id, 'hello.txt', fileBody);
    expect(asset.name).toBe('hello.txt');
    expect(await api.download(asset.id)).toBe(fileBody);
  });

  it('shows the calls and bytes on the Usage page after the rollup', async () => {
    const bytes = Buffer.byteLength(fileBody);
    // The meter records after each response; the rollup moves what it has recorded so far.
    await expect
      .poll(async () => {
        await rollupUsageNow(roster.roster);
        const summary = await usageSummary(page, globex.id);
        return [summary.apiCalls.used, summary.bandwidthIn.used, summary.bandwidthOut.used];
      })
      .toEqual([3, bytes, bytes]);
    await openSidebar(page);
    await page.getByRole('link', { name: 'Usage', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Usage' }).waitFor();
    const row = main()
      .getByRole('table', { name: 'Usage by API key' })
      .getByRole('row')
      .filter({ hasText: keyName });
    await row.waitFor();
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      '3',
      formatBytes(bytes),
      formatBytes(bytes),
    ]);
    await main()
      .getByRole('region', { name: 'API calls' })
      .getByText('3', { exact: false })
      .first()
      .waitFor();
    await snapWidths(page, 'api-keys-usage');
  });

  it('revokes the key after a confirmation naming it; its next request is refused', async () => {
    await page.goto(keysPath());
    // With the keyboard: Cancel first gives focus back to the ⋮ that opened the menu.
    const menu = main().getByRole('button', { name: `Actions for ${keyName}` });
    await tabTo(page, menu);
    await page.keyboard.press('Enter');
    await waitFocused(page, page.getByRole('menuitem', { name: 'Revoke key' }));
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('alertdialog', { name: `Revoke ${keyName}?` });
    await confirm.getByText('stop working at once', { exact: false }).waitFor();
    await waitFocused(page, confirm.getByRole('button', { name: 'Cancel' }));
    await page.keyboard.press('Enter');
    await confirm.waitFor({ state: 'detached' });
    await waitFocused(page, menu);

    await menu.click();
    await page.getByRole('menuitem', { name: 'Revoke key' }).click();
    throwProblems(await auditViews(page, 'api-keys-revoke', async () => {}));
    await confirm.getByRole('button', { name: 'Revoke key' }).click();
    await page.getByText(`Revoked ${keyName}`).waitFor();
    const row = main().getByRole('row').filter({ hasText: keyName });
    await shown(row, 'Revoked').waitFor();
    const refused = await keyApi(roster.origin, secret).status('/v1/projects');
    expect(refused).toBe(401);
    await snapWidths(page, 'api-keys-revoked');
    expect(pageErrors).toEqual([]);
  });
});

describe('a member', () => {
  it('sees neither link, and is told who may see the pages', async () => {
    const opened = await openAs(browser, roster, member(), `/orgs/${globex.id}`);
    const mia = opened.page;
    await mia.getByRole('link', { name: 'Projects', exact: true }).waitFor();
    expect(await mia.getByRole('link', { name: 'API keys' }).count()).toBe(0);
    expect(await mia.getByRole('link', { name: 'Usage' }).count()).toBe(0);
    await mia.goto(`/orgs/${globex.id}/api-keys`);
    await mia.getByRole('heading', { name: 'Only owners and admins can see API keys' }).waitFor();
    await mia.goto(`/orgs/${globex.id}/usage`);
    await mia.getByRole('heading', { name: 'Only owners and admins can see usage' }).waitFor();
    await auditInThemes(mia, 'api-keys-member', everyWidth);
    expect(opened.pageErrors).toEqual([]);
    await opened.context.close();
  });
});
