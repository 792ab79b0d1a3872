import type { Browser, Locator, Page } from 'playwright-core';
import { seedOrganization, type SeededOrganization } from '@roster/testing/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { waitFocused } from './keyboard';
import { openAs } from './org-fixtures';
import { startRoster, type RunningRoster } from './server';

// Esc pressed right after typing, on a slow machine: the dialog asks "Discard?" every time. The
// keys reach the page before React has rendered what they typed, so the dialog has to know about the
// unsaved input at the moment Esc arrives, not a render later. The CPU is slowed down (as on a busy
// laptop) so that the keystrokes really do queue up ahead of React's work.

const rounds = 10;
let roster: RunningRoster;
let browser: Browser;
let page: Page;
let pageErrors: string[];
let globex: SeededOrganization;

const main = () => page.locator('#main');

beforeAll(async () => {
  roster = await startRoster();
  browser = await launchBrowser();
  globex = await seedOrganization(roster.roster.db.orm, {
    name: 'Globex',
    plan: 'team',
    members: ['admin'],
  });
  ({ page, pageErrors } = await openAs(browser, roster, globex.members[0]!, `/orgs/${globex.id}/members`));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
});

afterAll(async () => {
  await browser?.close();
  await roster?.close();
});

/**
 * Opens the dialog with `opener`, types into the field that gets the focus and presses Esc at once;
 * answers whether the dialog asked `question` (then discards) or closed straight away.
 */
async function typeThenEscape(opener: Locator, dialogName: string, field: string, question: string) {
  await opener.click();
  const dialog = page.getByRole('dialog', { name: dialogName });
  await waitFocused(page, dialog.getByLabel(field, { exact: true }));
  await page.keyboard.type('h');
  await page.keyboard.press('Escape');
  // Settled either way: the question is up, or the dialog is gone.
  await page.waitForFunction(
    () => document.querySelector('[role="alertdialog"]') || !document.querySelector('[role="dialog"]'),
  );
  const discard = page.getByRole('alertdialog', { name: question });
  if ((await discard.count()) === 0) return 'closed without asking';
  await discard.getByRole('button', { name: 'Discard' }).click();
  await dialog.waitFor({ state: 'detached' });
  return 'asked';
}

describe('Esc right after typing, on a slow machine', () => {
  it('asks before discarding a half-written invitation, every time', async () => {
    const opener = main().getByRole('button', { name: 'Invite members' });
    const outcomes: string[] = [];
    for (let round = 0; round < rounds; round++) {
      outcomes.push(await typeThenEscape(opener, 'Invite members', 'Emails', 'Discard this invitation?'));
    }
    expect(outcomes).toEqual(Array<string>(rounds).fill('asked'));
  });

  it('asks before discarding a half-filled API key, every time', async () => {
    await page.goto(`/orgs/${globex.id}/api-keys`);
    const opener = main().getByRole('button', { name: 'Create API key' });
    const outcomes: string[] = [];
    for (let round = 0; round < rounds; round++) {
      outcomes.push(await typeThenEscape(opener, 'Create API key', 'Name', 'Discard this API key?'));
    }
    expect(outcomes).toEqual(Array<string>(rounds).fill('asked'));
  });

  it('shows no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
