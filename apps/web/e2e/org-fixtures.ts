import type { Browser, Page } from 'playwright-core';
import { seedOrganization, type SeededUser } from '@roster/testing/factories';
import { sessionCookie } from '@roster/testing/sessions';
import type { RunningRoster } from './server';

/** The signed-in user of `page`, as `auth.me` answers. */
export async function signedInUser(page: Page): Promise<SeededUser> {
  return page.evaluate(async () => {
    const answer = (await (await fetch('/trpc/auth.me')).json()) as {
      result: { data: { user: { id: string; email: string; name: string } } };
    };
    return answer.result.data.user;
  });
}

/** Calls a tRPC mutation as the user signed in on `page` (as another browser would). */
export async function mutate(page: Page, path: string, input: unknown): Promise<void> {
  const status = await page.evaluate(
    async ({ path, input }) => {
      const response = await fetch(`/trpc/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      return response.status;
    },
    { path, input },
  );
  if (status !== 200) throw new Error(`${path} answered ${status}`);
}

/** Globex on the team plan, owned by `owner`, with an admin and a member (who owns Initech too). */
export async function seedGlobex(roster: RunningRoster, owner: SeededUser) {
  const { orm } = roster.roster.db;
  const globex = await seedOrganization(orm, {
    name: 'Globex',
    plan: 'team',
    owner,
    members: ['admin', 'member'],
  });
  const [admin, member] = globex.members;
  if (!admin || !member) throw new Error('Globex was seeded without its admin and member');
  const initech = await seedOrganization(orm, { name: 'Initech', owner: member });
  return { globex, initech, admin, member };
}

/** A new browser context signed in as `user` (a real session cookie), on `path`. */
export async function openAs(browser: Browser, roster: RunningRoster, user: SeededUser, path: string) {
  const context = await browser.newContext({
    baseURL: roster.origin,
    viewport: { width: 1280, height: 800 },
  });
  const [name, value] = (await sessionCookie(roster.roster.db.orm, user.id)).split('=') as [string, string];
  await context.addCookies([{ name, value, url: roster.origin }]);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(path);
  return { context, page, pageErrors };
}
