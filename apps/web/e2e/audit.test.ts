import type { Browser, Page } from 'playwright-core';
import { seedOrganization, type SeededOrganization } from '@roster/testing/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyApi } from './api-keys-fixtures';
import { auditInThemes, auditViews, throwProblems, everyWidth } from './audit';
import { launchBrowser } from './browser';
import { downloadCsv } from './csv';
import { tabTo, truncated, waitFocused, lineCount } from './keyboard';
import { openAs } from './org-fixtures';
import { startRoster, type RunningRoster } from './server';
import { onPage, openSidebar } from './steps';

// The audit log (issue 12, PRODUCT.md §11): an admin's changes — an invitation, a rename, a
// project, an API key and what the key uploads — read as sentences, filtered by action, actor and
// days (in the URL), opened to their before/after, and exported as CSV. A member sees none of it.

let roster: RunningRoster;
let browser: Browser;
let page: Page;
let pageErrors: string[];
let globex: SeededOrganization;
let projectId = '';
let keyId = '';
const closers: (() => Promise<void>)[] = [];
const invitee = `newcomer-${Date.now()}@globex.example`;

const admin = () => globex.members[0]!;
const member = () => globex.members[1]!;
const auditPath = (orgId = globex.id) => `/orgs/${orgId}/audit`;
const main = () => page.locator('#main');
const log = () => main().getByRole('table', { name: 'Audit log, newest first' });
const rows = () => log().locator(':scope > tbody > tr:not([id])');
const sentences = () => log().locator('p[id^="audit-sentence-"]').allInnerTexts();
/** The page reads again after each change: give it the locators' time, not poll's 1 s. */
const patiently = { timeout: 15_000 };
const today = () => new Date().toISOString().slice(0, 10);
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

/** Calls a tRPC mutation as the user signed in on `page` and returns its data. */
async function call<T>(on: Page, path: string, input: unknown): Promise<T> {
  const answer = await on.evaluate(
    async ({ path, input }) => {
      const response = await fetch(`/trpc/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      return { status: response.status, body: (await response.json()) as unknown };
    },
    { path, input },
  );
  if (answer.status !== 200) throw new Error(`${path} answered ${answer.status}`);
  return (answer.body as { result: { data: T } }).result.data;
}

beforeAll(async () => {
  roster = await startRoster();
  browser = await launchBrowser();
  globex = await seedOrganization(roster.roster.db.orm, {
    name: 'Globex',
    plan: 'team',
    members: ['admin', 'member'],
  });
  const opened = await openAs(browser, roster, admin(), `/orgs/${globex.id}`);
  closers.push(() => opened.context.close());
  ({ page, pageErrors } = opened);
  await onPage(page).heading('Globex').waitFor();

  // The admin's changes, made from their browser (so with its address and user agent).
  await call(page, 'account.rename', { name: 'Grace Hopper' });
  await call(page, 'invitation.create', { orgId: globex.id, emails: [invitee], role: 'member' });
  await call(page, 'org.rename', { orgId: globex.id, name: 'Globex Industries' });
  ({ id: projectId } = await call<{ id: string }>(page, 'project.create', {
    orgId: globex.id,
    name: 'Launch',
    visibility: 'members',
  }));
  const created = await call<{ apiKey: { id: string }; secret: string }>(page, 'apiKey.create', {
    orgId: globex.id,
    name: 'Deploy bot',
    scopes: ['content:read', 'content:write'],
  });
  keyId = created.apiKey.id;
  // An application with the key (its own address and user agent).
  await keyApi(roster.origin, created.secret).upload(
    projectId,
    'release-notes.txt',
    'Shipped.\n'.repeat(200),
  );
});

afterAll(async () => {
  for (const close of closers) await close();
  await browser?.close();
  await roster?.close();
});

describe('an admin’s audit log', () => {
  it('is in the sidebar and reads each change as a sentence, newest first', async () => {
    await page.reload();
    await openSidebar(page);
    await page.getByRole('link', { name: 'Audit log', exact: true }).click();
    await onPage(page).heading('Audit log').waitFor();
    await expect.poll(() => rows().count(), patiently).toBe(5);
    const read = await sentences();
    expect(read[0]).toMatch(/^Deploy bot uploaded release-notes\.txt \(1\.8 KB\)/);
    expect(read.slice(1)).toEqual([
      'Grace Hopper created the API key ‘Deploy bot’ (content:read, content:write)',
      'Grace Hopper created the project Launch',
      'Grace Hopper renamed the organization from Globex to Globex Industries',
      `Grace Hopper invited ${invitee} as member`,
    ]);
    const keyRow = rows().first();
    await keyRow.getByText('API key', { exact: true }).first().waitFor();
    const time = keyRow.locator('time').first();
    expect(await time.textContent()).toMatch(/just now|minute/);
    expect(await time.getAttribute('title')).toMatch(/\d{4}, \d{1,2}:\d{2}:\d{2}/);
    await auditInThemes(page, 'audit-log', everyWidth);
    // At 768 and 1024 px the sentence and who made the change are whole, not cut to "G…".
    const renamed = rows().filter({ hasText: 'renamed the organization' });
    for (const width of [768, 1024]) {
      await page.setViewportSize({ width, height: 900 });
      const sentence = renamed.locator('p[id^="audit-sentence-"]');
      expect(await truncated(sentence), `sentence at ${width} px`).toBe(false);
      expect(await lineCount(sentence), `sentence at ${width} px`).toBeLessThanOrEqual(2);
      const who = renamed.getByText('Grace Hopper', { exact: true }).filter({ visible: true });
      expect(await truncated(who), `actor at ${width} px`).toBe(false);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('filters by action (a family or one action), kept in the URL', async () => {
    const action = main().getByLabel('Action');
    await action.selectOption('project.created');
    await expect.poll(sentences, patiently).toEqual(['Grace Hopper created the project Launch']);
    expect(new URL(page.url()).searchParams.get('action')).toBe('project.created');
    await action.selectOption({ label: 'All organization changes' });
    await expect
      .poll(sentences, patiently)
      .toEqual(['Grace Hopper renamed the organization from Globex to Globex Industries']);

    // The filtered view is a link: opened again, it shows the same.
    await page.goto(`${auditPath()}?action=invitation.`);
    await expect.poll(sentences, patiently).toEqual([`Grace Hopper invited ${invitee} as member`]);
    expect(await main().getByLabel('Action').inputValue()).toBe('invitation.');
  });

  it('filters by actor, an API key among the members', async () => {
    await page.goto(auditPath());
    await main().getByLabel('Actor').selectOption({ label: 'Deploy bot' });
    await expect.poll(() => rows().count(), patiently).toBe(1);
    expect(new URL(page.url()).searchParams.get('actor')).toBe(keyId);
    expect((await sentences())[0]).toMatch(/^Deploy bot uploaded/);
    await main().getByLabel('Actor').selectOption({ label: 'Grace Hopper' });
    await expect.poll(() => rows().count(), patiently).toBe(4);
  });

  it('filters by days, says when nothing matches, and clears the filters', async () => {
    await page.goto(auditPath());
    await main().getByLabel('From (UTC)').fill(tomorrow());
    await main().getByRole('heading', { name: 'No records match these filters' }).waitFor();
    expect(new URL(page.url()).searchParams.get('from')).toBe(tomorrow());
    throwProblems(await auditViews(page, 'audit-no-match', async () => {}, everyWidth));
    await main().getByRole('button', { name: 'Clear filters' }).last().click();
    await expect.poll(() => rows().count(), patiently).toBe(5);
    expect(new URL(page.url()).search).toBe('');

    await main().getByLabel('From (UTC)').fill(today());
    await main().getByLabel('To (UTC)').fill(today());
    await expect.poll(() => rows().count(), patiently).toBe(5);
  });

  it('opens a record from the keyboard: before and after, address and user agent', async () => {
    await page.goto(auditPath());
    const renamed = rows().filter({ hasText: 'renamed the organization' });
    const toggle = renamed.getByRole('button', { name: 'Show details' });
    await tabTo(page, toggle);
    await page.keyboard.press('Enter');
    const details = log().locator(':scope > tbody > tr[id^="audit-details-"]');
    await details.waitFor();
    const hide = renamed.getByRole('button', { name: 'Hide details' });
    expect(await hide.getAttribute('aria-expanded')).toBe('true');
    const changed = details.getByRole('table', { name: 'What changed' });
    expect(await changed.getByRole('row', { name: /Name/ }).allInnerTexts()).toEqual([
      expect.stringMatching(/Name\s+Globex\s+Globex Industries/),
    ]);
    const userAgent = await page.evaluate(() => navigator.userAgent);
    await details.getByText(userAgent, { exact: true }).waitFor();
    await details.getByText('organization.renamed', { exact: true }).waitFor();
    throwProblems(await auditViews(page, 'audit-details', async () => {}, everyWidth));
    // On a phone the opened record spans the two columns shown: the sentence keeps its width.
    await page.setViewportSize({ width: 390, height: 844 });
    const sentence = renamed.locator('p[id^="audit-sentence-"]');
    await expect.poll(async () => (await sentence.boundingBox())?.width ?? 0, patiently).toBeGreaterThan(250);
    await page.setViewportSize({ width: 1280, height: 800 });
    await waitFocused(page, hide);
    await page.keyboard.press('Enter');
    await details.waitFor({ state: 'detached' });
  });

  it('exports what the filters show as CSV, with a plain download link', async () => {
    await page.goto(`${auditPath()}?action=project.`);
    await expect.poll(() => rows().count(), patiently).toBe(1);
    const link = main().getByRole('link', { name: 'Export CSV' });
    expect(await link.getAttribute('href')).toBe(`/v1/exports/audit.csv?orgId=${globex.id}&action=project.`);
    const filtered = await downloadCsv(page);
    expect(filtered.name).toBe(`audit-${globex.id}.csv`);
    const [header, ...records] = filtered.rows;
    const column = (name: string) => header!.findIndex((cell) => cell.toLowerCase().includes(name));
    expect(records).toHaveLength(1);
    expect(records[0]![column('action')]).toBe('project.created');
    expect(records[0]![column('target name')]).toBe('Launch');
    expect(records[0]![column('actor name')]).toBe('Grace Hopper');

    await page.goto(auditPath());
    await expect.poll(() => rows().count(), patiently).toBe(5);
    const all = await downloadCsv(page);
    expect(all.rows.slice(1).map((row) => row[column('action')])).toEqual([
      'asset.uploaded',
      'apiKey.created',
      'project.created',
      'organization.renamed',
      'invitation.created',
    ]);
    expect(pageErrors).toEqual([]);
  });
});

describe('other states', () => {
  let initech: SeededOrganization;

  it('explains an empty log', async () => {
    initech = await seedOrganization(roster.roster.db.orm, { name: 'Initech', owner: admin() });
    await page.goto(auditPath(initech.id));
    await main().getByRole('heading', { name: 'No changes recorded yet' }).waitFor();
    await auditInThemes(page, 'audit-empty');
  });

  it('reads more records by page', async () => {
    for (let i = 1; i <= 52; i++) await call(page, 'org.rename', { orgId: initech.id, name: `Initech ${i}` });
    await page.goto(auditPath(initech.id));
    await expect.poll(() => rows().count(), patiently).toBe(50);
    expect((await sentences())[0]).toBe(
      'Grace Hopper renamed the organization from Initech 51 to Initech 52',
    );
    await main().getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => rows().count(), patiently).toBe(52);
    await main().getByText('52 records').waitFor();
    expect(await main().getByRole('button', { name: 'Load more' }).count()).toBe(0);
  });

  it('says when the log cannot be loaded, and loads it on Try again', async () => {
    await page.route(/\/trpc\/[^?]*audit\.list/, (route) =>
      route.fulfill({ status: 503, body: 'unavailable' }),
    );
    await page.goto(auditPath());
    await main().getByRole('heading', { name: 'The audit log could not be loaded' }).waitFor();
    await page.unroute(/\/trpc\/[^?]*audit\.list/);
    await main().getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => rows().count(), patiently).toBe(5);
  });
});

describe('a member', () => {
  it('sees no Audit log link, and is told who may see the page at its address', async () => {
    const opened = await openAs(browser, roster, member(), `/orgs/${globex.id}`);
    closers.push(() => opened.context.close());
    const mia = opened.page;
    await mia.getByRole('link', { name: 'Projects', exact: true }).waitFor();
    expect(await mia.getByRole('link', { name: 'Audit log' }).count()).toBe(0);
    await mia.goto(auditPath());
    await mia.getByRole('heading', { name: 'Only owners and admins can see the audit log' }).waitFor();
    expect(await mia.getByRole('link', { name: 'Export CSV' }).count()).toBe(0);
    await auditInThemes(mia, 'audit-member');
    expect(opened.pageErrors).toEqual([]);
  });
});
