import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  invitationLink,
  invitationLinkPattern,
  linkIn,
  resetPasswordLinkPattern,
  verifyEmailLinkPattern,
} from '@roster/testing/mail-links';
import { auditViews, throwProblems, type ViewportSize } from './audit';
import { launchBrowser, openPage } from './browser';
import { startRoster, type RunningRoster } from './server';
import { onPage, openSidebar, password, signUp, uniqueEmail } from './steps';

// Every page and open dialog of the app at a phone's and a laptop's size, in the light and the dark
// theme: axe-core, no horizontal overflow, and screenshots (e2e/screenshots/tour-*.png).

let roster: RunningRoster;
let browser: Browser;
let owner: Page;
let visitor: Page;
const pageErrors: string[][] = [];
let orgId: string;
let projectPath: string;

const ownerEmail = uniqueEmail('olivia');
const samEmail = uniqueEmail('sam');
const ninaEmail = uniqueEmail('nina');

async function personPage(): Promise<Page> {
  const opened = await openPage(browser, roster.origin);
  pageErrors.push(opened.pageErrors);
  await opened.page.setViewportSize({ width: 1280, height: 800 });
  return opened.page;
}

/** Audits a view at a phone's and a laptop's size, light and dark (screenshots tour-<name>-*.png). */
const tour = (page: Page, name: string, show: () => Promise<void>, sizes?: readonly ViewportSize[]) =>
  auditViews(page, `tour-${name}`, show, sizes);

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
async function open(page: Page, path: string, heading: string | RegExp) {
  await page.goto(path);
  await h1(page, heading).waitFor();
}

beforeAll(async () => {
  roster = await startRoster();
  browser = await launchBrowser();
  owner = await personPage();
  visitor = await personPage();
  await signUp(owner, { name: 'Olivia Owner', email: ownerEmail, company: 'Northwind Traders' });
  orgId = onPage(owner).orgIdInUrl()!;
});

afterAll(async () => {
  await browser?.close();
  await roster?.close();
});

describe('signed out', () => {
  it('sign in, sign up, forgot password', async () => {
    throwProblems(
      await tour(visitor, 'sign-in', () => open(visitor, '/sign-in', 'Sign in to Roster')),
      await tour(visitor, 'sign-up', () => open(visitor, '/sign-up', 'Create your account')),
      await tour(visitor, 'forgot-password', () => open(visitor, '/forgot-password', 'Reset your password')),
    );
  });

  it('the reset link, and links that are not valid', async () => {
    const since = roster.inbox.messages.length;
    await open(visitor, '/forgot-password', 'Reset your password');
    await visitor.getByLabel('Email').fill(ownerEmail);
    await visitor.getByRole('button', { name: 'Send reset link' }).click();
    const sent = await tour(visitor, 'forgot-password-sent', () => h1(visitor, 'Check your email').waitFor());
    const mail = await roster.inbox.waitForMessage(ownerEmail, { text: resetPasswordLinkPattern, since });
    const link = linkIn(mail, resetPasswordLinkPattern);
    throwProblems(
      sent,
      await tour(visitor, 'reset-password', () => open(visitor, link, 'Choose a new password')),
      await tour(visitor, 'verify-email-invalid', () =>
        open(visitor, `/verify-email/${'x'.repeat(43)}`, 'This link is not valid'),
      ),
      await tour(visitor, 'confirm-email-invalid', async () => {
        await visitor.goto(`/confirm-email/${'x'.repeat(43)}`);
        await visitor.getByRole('heading', { name: 'This link cannot change your email' }).waitFor();
      }),
      await tour(visitor, 'invite-invalid', async () => {
        await visitor.goto(`/invite/${'x'.repeat(43)}`);
        await visitor.getByRole('heading', { name: 'This invitation link is not valid' }).waitFor();
      }),
    );
  });
});

describe('an owner sets up the organization', () => {
  it('confirms the email address (the link, opened again, says it is done)', async () => {
    const link = linkIn(
      await roster.inbox.waitForMessage(ownerEmail, { text: verifyEmailLinkPattern }),
      verifyEmailLinkPattern,
    );
    throwProblems(
      await tour(owner, 'verify-email', () => open(owner, link, /Email confirmed|already confirmed/)),
    );
  });

  it('creates a project', async () => {
    const dialog = owner.getByRole('dialog', { name: 'New project' });
    const form = await tour(owner, 'new-project-dialog', async () => {
      await open(owner, `/orgs/${orgId}/projects`, 'Projects');
      await owner.getByRole('button', { name: 'New project' }).first().click();
      await dialog.waitFor();
    });
    await dialog.getByLabel('Name').fill('Design');
    await dialog.getByLabel('Description').fill('Brand assets, mockups and the style guide.');
    await dialog.getByRole('button', { name: 'Create project' }).click();
    await h1(owner, 'Design').waitFor();
    projectPath = new URL(owner.url()).pathname;
    throwProblems(form);
  });

  it('invites two people', async () => {
    const dialog = owner.getByRole('dialog', { name: 'Invite members' });
    const openInvite = async () => {
      await open(owner, `/orgs/${orgId}/members`, 'Members');
      await owner.getByRole('button', { name: 'Invite members' }).click();
      await dialog.waitFor();
    };
    // One invitation at each size: the results dialog says how each address went.
    const emails = [samEmail, ninaEmail];
    const results = await tour(owner, 'invite-results', async () => {
      await openInvite();
      await dialog.getByLabel('Emails').fill(emails.shift()!);
      await dialog.getByRole('button', { name: 'Send invitation' }).click();
      await owner.getByRole('dialog', { name: /invitations? sent/i }).waitFor();
    });
    const form = await tour(owner, 'invite-dialog', async () => {
      await openInvite();
      await dialog.getByLabel('Emails').fill(`${samEmail}\nnot-an-email`);
      await dialog.getByText('2 emails').waitFor();
    });
    throwProblems(results, form);
  });

  it('the invitee opens the link signed out, and joins', async () => {
    const link = invitationLink(
      await roster.inbox.waitForMessage(ninaEmail, { text: invitationLinkPattern }),
    );
    const invite = await tour(visitor, 'invite', () => open(visitor, link, /Northwind Traders/));
    await visitor.getByLabel('Your name').fill('Nina Patel');
    await visitor.getByLabel('Password', { exact: true }).fill(password);
    await visitor.getByRole('button', { name: 'Create account and join' }).click();
    await visitor.waitForURL(`**/orgs/${orgId}`);
    await onPage(visitor).heading('Northwind Traders').waitFor();
    throwProblems(invite);
  });

  it('an invitation opened by someone else says so', async () => {
    const link = invitationLink(await roster.inbox.waitForMessage(samEmail, { text: invitationLinkPattern }));
    throwProblems(
      await tour(owner, 'invite-other-account', async () => {
        await owner.goto(link);
        await owner.getByText(`This invitation is for ${samEmail}`).waitFor();
      }),
    );
  });
});

describe('signed in, every page', () => {
  const overview = () => open(owner, `/orgs/${orgId}`, 'Northwind Traders');

  it('overview', async () => throwProblems(await tour(owner, 'overview', overview)));

  it('projects', async () => {
    throwProblems(await tour(owner, 'projects', () => open(owner, `/orgs/${orgId}/projects`, 'Projects')));
  });

  it('a project', async () =>
    throwProblems(await tour(owner, 'project', () => open(owner, projectPath, 'Design'))));

  it('members: both tabs, a row menu and the transfer dialog', async () => {
    const members = () => open(owner, `/orgs/${orgId}/members`, 'Members');
    const rowMenu = async () => {
      await members();
      await owner.getByRole('button', { name: `Actions for ${ninaEmail}` }).click();
      await owner.getByRole('menu').waitFor();
    };
    throwProblems(
      await tour(owner, 'members', members),
      await tour(owner, 'members-invitations', () =>
        open(owner, `/orgs/${orgId}/members?tab=invitations`, 'Members'),
      ),
      await tour(owner, 'member-row-menu', rowMenu),
      await tour(owner, 'transfer-ownership', async () => {
        await rowMenu();
        await owner.getByRole('menuitem', { name: 'Transfer ownership' }).click();
        await owner.getByRole('alertdialog').or(owner.getByRole('dialog')).waitFor();
      }),
    );
  });

  it('settings', async () => {
    throwProblems(await tour(owner, 'settings', () => open(owner, `/orgs/${orgId}/settings`, 'Settings')));
  });

  it('the account page', async () => {
    throwProblems(await tour(owner, 'account', () => open(owner, '/account', 'Account')));
  });

  it('the drawer (on a phone), the bell, the switcher and the account menu, open', async () => {
    const drawer = await tour(owner, 'drawer', () => overview().then(() => openSidebar(owner)), [[390, 844]]);
    const bell = await tour(owner, 'bell', async () => {
      await overview();
      await owner.getByRole('button', { name: /^Notifications/ }).click();
      await owner.getByRole('dialog', { name: 'Notifications' }).waitFor();
    });
    const switcher = await tour(owner, 'switcher', async () => {
      await overview();
      await openSidebar(owner);
      await onPage(owner).switcher().click();
      await owner.getByRole('menu').waitFor();
    });
    const accountMenu = await tour(owner, 'account-menu', async () => {
      await overview();
      await openSidebar(owner);
      await onPage(owner).accountMenu().click();
      await owner.getByRole('menu').waitFor();
    });
    throwProblems(drawer, bell, switcher, accountMenu);
  });

  it('the member who joined sees the overview and members', async () => {
    throwProblems(
      await tour(visitor, 'member-overview', () => open(visitor, `/orgs/${orgId}`, 'Northwind Traders')),
      await tour(visitor, 'member-members', () => open(visitor, `/orgs/${orgId}/members`, 'Members')),
    );
  });

  it('the owner removes the member (after confirming), who is moved to a new organization', async () => {
    const confirm = owner.getByRole('alertdialog', { name: `Remove ${ninaEmail}?` });
    const dialog = await tour(owner, 'remove-member', async () => {
      await open(owner, `/orgs/${orgId}/members`, 'Members');
      await owner.getByRole('button', { name: `Actions for ${ninaEmail}` }).click();
      await owner.getByRole('menuitem', { name: 'Remove from organization' }).click();
      await confirm.waitFor();
    });
    await confirm.getByRole('button', { name: 'Remove', exact: true }).click();
    await confirm.waitFor({ state: 'detached' });

    // Nina, still on Northwind's members page, is told and moved to the organization she now owns.
    await visitor.getByRole('link', { name: 'Projects', exact: true }).click();
    await visitor.getByText('You were removed from Northwind Traders').waitFor();
    await h1(visitor, 'Untitled Organization').waitFor();
    const home = new URL(visitor.url()).pathname;
    throwProblems(
      dialog,
      await tour(visitor, 'new-organization', () => open(visitor, home, 'Untitled Organization')),
    );
  });

  it("invited again, she finds the invitation in the bell, beside the removal's notice", async () => {
    await open(owner, `/orgs/${orgId}/members`, 'Members');
    await owner.getByRole('button', { name: 'Invite members' }).click();
    const invite = owner.getByRole('dialog', { name: 'Invite members' });
    await invite.getByLabel('Emails').fill(ninaEmail);
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await owner.getByRole('dialog', { name: /invitations? sent/i }).waitFor();

    const home = new URL(visitor.url()).pathname;
    const panel = visitor.getByRole('dialog', { name: 'Notifications' });
    throwProblems(
      await tour(visitor, 'bell-with-invitation', async () => {
        await open(visitor, home, 'Untitled Organization');
        await visitor.getByRole('button', { name: /^Notifications, \d+ unread/ }).click();
        await panel.getByRole('button', { name: 'Accept' }).waitFor();
      }),
    );
  });

  it('no page had an uncaught error', () => {
    expect(pageErrors.flat()).toEqual([]);
  });
});
