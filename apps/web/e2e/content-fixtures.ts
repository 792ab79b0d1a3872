import type { Browser, Locator, Page } from 'playwright-core';
import { seedOrganization, seedProject, type SeededUser } from '@roster/testing/factories';
import { truncated } from './keyboard';
import { openAs } from './org-fixtures';
import type { RunningRoster } from './server';

/**
 * Globex (team plan) and its project Campaign, with a contributor, a viewer and a manager (a plain
 * member given the manager role in the project, not an admin).
 */
export async function seedCampaign(roster: RunningRoster) {
  const { orm } = roster.roster.db;
  const globex = await seedOrganization(orm, {
    name: 'Globex',
    plan: 'team',
    members: ['member', 'member', 'member'],
  });
  const member = (n: number): SeededUser => globex.members[n]!;
  const [contributor, viewer, manager] = [member(0), member(1), member(2)];
  const campaign = await seedProject(orm, {
    orgId: globex.id,
    name: 'Campaign',
    members: [
      { userId: contributor.id, role: 'contributor' },
      { userId: viewer.id, role: 'viewer' },
      { userId: manager.id, role: 'manager' },
    ],
  });
  return { globex, campaign, contributor, viewer, manager };
}

/** `user` signed in on the project's page (its Content tab), waiting for the listing or its empty state. */
export async function openProject(browser: Browser, roster: RunningRoster, user: SeededUser, path: string) {
  const opened = await openAs(browser, roster, user, path);
  // The machine running the journeys may be busy: a slower answer is not a failure here.
  opened.page.setDefaultTimeout(30_000);
  await opened.page.getByRole('link', { name: 'Content', exact: true }).waitFor();
  return opened;
}

/**
 * At a tablet's and a small laptop's width (768, 1024 px), which of these are cut short ("D…"):
 * the names that must show in full. Leaves the viewport as it was.
 */
export async function cutAtTabletWidths(page: Page, names: Locator[]): Promise<string[]> {
  const before = page.viewportSize();
  const cut: string[] = [];
  for (const [width, height] of [
    [768, 1024],
    [1024, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    for (const name of names)
      if (await truncated(name)) cut.push(`${(await name.textContent())?.trim()} at ${width} px`);
  }
  if (before) await page.setViewportSize(before);
  return cut;
}

/** Locators of the content browser. */
export function browserOn(page: Page) {
  const main = page.locator('#main');
  const row = (name: string): Locator =>
    main
      .getByRole('row')
      .filter({ has: page.getByRole('checkbox', { name: `Select ${name}`, exact: true }) });
  return {
    main,
    row,
    zone: () => page.getByTestId('drop-zone'),
    path: () => main.getByRole('navigation', { name: 'Folder path' }),
    names: async () =>
      main
        .getByRole('row')
        .getByRole('checkbox', { name: /^Select (?!all)/ })
        .evaluateAll((boxes) => boxes.map((box) => box.getAttribute('aria-label')!.slice('Select '.length))),
    menu: async (name: string) => {
      await page.getByRole('button', { name: `Actions for ${name}`, exact: true }).click();
      return page.getByRole('menu');
    },
    panel: () => page.getByRole('region', { name: 'Uploads' }),
  };
}

/** The items of a folder (or the root), as content.list answers the user signed in on `page`. */
export async function listed(
  page: Page,
  input: { orgId: string; projectId: string; folderId?: string | null },
) {
  return page.evaluate(async (input) => {
    const response = await fetch(`/trpc/content.list?input=${encodeURIComponent(JSON.stringify(input))}`);
    const body = (await response.json()) as {
      result: { data: { items: { kind: string; id: string; name: string; size: number }[] } };
    };
    return body.result.data.items;
  }, input);
}

/** Creates folders through tRPC as the user signed in on `page` (ten requests at a time); returns their ids. */
export async function createFolders(
  page: Page,
  input: { orgId: string; projectId: string; parentId: string | null },
  names: string[],
): Promise<string[]> {
  return page.evaluate(
    async ({ input, names }) => {
      const ids: string[] = [];
      for (let at = 0; at < names.length; at += 10) {
        const created = await Promise.all(
          names.slice(at, at + 10).map(async (name) => {
            const response = await fetch('/trpc/folder.create', {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ ...input, name }),
            });
            if (!response.ok) throw new Error(`folder.create ${name}: ${response.status}`);
            return ((await response.json()) as { result: { data: { id: string } } }).result.data.id;
          }),
        );
        ids.push(...created);
      }
      return ids;
    },
    { input, names },
  );
}

/** Big enough that a throttled upload shows its progress for a moment (1.3 MB). */
export const brief = 'Launch brief. '.repeat(100_000);

/** Uploads one file through /v1's raw upload as the user signed in on `page`; returns its id. */
export async function uploadFile(
  page: Page,
  input: { projectId: string; folderId: string | null; name: string; text: string },
): Promise<string> {
  return page.evaluate(async ({ projectId, folderId, name, text }) => {
    const query = new URLSearchParams({ name, ...(folderId ? { folderId } : {}) });
    const response = await fetch(`/v1/projects/${projectId}/assets?${query}`, { method: 'POST', body: text });
    if (!response.ok) throw new Error(`upload ${name}: ${response.status}`);
    return ((await response.json()) as { id: string }).id;
  }, input);
}

/**
 * Campaign as the contributor's journey leaves it: Shoot holding brief.txt, “day 1” (b-roll.txt) and
 * “day 2” (stills.txt) — made through the API by the user signed in on `page`.
 */
export async function seedShoot(page: Page, where: { orgId: string; projectId: string }) {
  const [shoot] = await createFolders(page, { ...where, parentId: null }, ['Shoot']);
  const [day1, day2] = await createFolders(page, { ...where, parentId: shoot! }, ['day 1', 'day 2']);
  const { projectId } = where;
  await uploadFile(page, { projectId, folderId: shoot!, name: 'brief.txt', text: brief });
  await uploadFile(page, { projectId, folderId: day1!, name: 'b-roll.txt', text: 'B roll, take 4' });
  await uploadFile(page, { projectId, folderId: day2!, name: 'stills.txt', text: 'Stills from the roof' });
}
