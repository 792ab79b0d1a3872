import type { Browser, Page } from 'playwright-core';
import { seedOrganization, type SeededOrganization } from '@roster/testing/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditInThemes, auditViews, throwProblems, everyWidth } from './audit';
import { launchBrowser } from './browser';
import { tabTo, truncated, waitFocused, lineCount } from './keyboard';
import { mutate, openAs } from './org-fixtures';
import { startRoster, type RunningRoster } from './server';
import { signatureValid, startWebhookReceiver } from './webhook-receiver';

// An admin's plugins journey (issue 12): install a usage alert and a webhook (its secret shown once)
// pointing at a receiver on 127.0.0.1, invite someone, the receiver gets the signed
// invitation.created event, the delivery log shows it, redeliver sends it again with the same id,
// uninstall after a confirmation. A member sees the installed plugins and nothing to manage them.

let roster: RunningRoster;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let browser: Browser;
let page: Page;
let pageErrors: string[];
let globex: SeededOrganization;
let secret = '';
const webhookName = 'Slack webhook';

const main = () => page.locator('#main');
const admin = () => globex.members[0]!;
const member = () => globex.members[1]!;
const pluginItem = (name: string) => main().getByRole('listitem', { name, exact: true });

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  roster = await startRoster({ webhookAllowPrivate: true });
  browser = await launchBrowser();
  globex = await seedOrganization(roster.roster.db.orm, {
    name: 'Globex',
    plan: 'team',
    members: ['admin', 'member'],
  });
  ({ page, pageErrors } = await openAs(browser, roster, admin(), `/orgs/${globex.id}`));
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: roster.origin });
});

afterAll(async () => {
  await browser?.close();
  await roster?.close();
  await receiver?.close();
});

describe('an admin’s plugins', () => {
  it('finds the page in the sidebar: nothing installed yet, and the catalog', async () => {
    await page.getByRole('link', { name: 'Plugins', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Plugins' }).waitFor();
    await main().getByRole('heading', { name: 'No plugins installed' }).waitFor();
    const catalog = main().getByRole('list', { name: 'Plugins to install' });
    await catalog.getByRole('button', { name: 'Install Webhook' }).waitFor();
    await catalog.getByRole('button', { name: 'Install Usage alert' }).waitFor();
    await auditInThemes(page, 'plugins-empty');
  });

  it('installs a usage alert for API calls and storage at 80%', async () => {
    const install = main().getByRole('button', { name: 'Install Usage alert' });
    await install.click();
    const dialog = page.getByRole('dialog', { name: 'Install usage alert' });
    const percent = dialog.getByLabel('Alert at');
    await waitFocused(page, percent);
    // Esc with a change asks before discarding it; focus goes back to Install.
    await percent.fill('150');
    await page.keyboard.press('Escape');
    const discard = page.getByRole('alertdialog', { name: 'Discard this usage alert?' });
    await discard.getByRole('button', { name: 'Discard' }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitFocused(page, install);

    await install.click();
    await percent.fill('150');
    await dialog.getByRole('checkbox', { name: /Bandwidth out/ }).uncheck();
    await dialog.getByRole('button', { name: 'Install usage alert' }).click();
    await dialog.getByText('Choose 1 to 100 %.').waitFor();
    await percent.fill('80');
    await dialog.getByRole('button', { name: 'Install usage alert' }).click();
    await dialog.waitFor({ state: 'detached' });
    await pluginItem('Usage alert').getByText('At 80% of API calls and storage').waitFor();
    // One usage alert per organization: the catalog says so.
    await main()
      .getByRole('button', { name: 'Install Usage alert' })
      .and(page.locator(':disabled'))
      .waitFor();
  });

  it('configures the usage alert: its settings are read back and saved', async () => {
    await main().getByRole('button', { name: 'Actions for Usage alert' }).click();
    await page.getByRole('menuitem', { name: 'Configure' }).click();
    const dialog = page.getByRole('dialog', { name: 'Configure Usage alert' });
    expect(await dialog.getByLabel('Alert at').inputValue()).toBe('80');
    expect(await dialog.getByRole('checkbox', { name: /Bandwidth out/ }).isChecked()).toBe(false);
    await dialog.getByLabel('Alert at').fill('90');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await pluginItem('Usage alert').getByText('At 90% of API calls and storage').waitFor();
  });

  it('installs a webhook for invitations, and shows its secret once', async () => {
    await main().getByRole('button', { name: 'Install Webhook' }).click();
    const dialog = page.getByRole('dialog', { name: 'Install webhook' });
    await dialog.getByLabel('Name', { exact: true }).fill(webhookName);
    await dialog.getByLabel('URL').fill('ftp://example.com/in');
    await dialog.getByRole('radio', { name: /Only some events/ }).check();
    await dialog.getByRole('button', { name: 'Install webhook' }).click();
    await dialog.getByText('Enter an http:// or https:// URL.').waitFor();
    await dialog.getByText('Choose at least one event.').waitFor();
    throwProblems(await auditViews(page, 'plugins-webhook-errors', async () => {}));

    // The API's refusal of the URL shows at the URL field.
    await dialog.getByLabel('URL').fill('http://roster-e2e.invalid/in');
    await dialog
      .getByRole('group', { name: 'Invitations' })
      .getByRole('checkbox', { name: /Invitation sent/ })
      .check();
    await dialog.getByRole('button', { name: 'Install webhook' }).click();
    await dialog.getByText('The host roster-e2e.invalid could not be resolved.').waitFor();
    expect(await dialog.getByLabel('URL').getAttribute('aria-invalid')).toBe('true');
    await waitFocused(page, dialog.getByLabel('URL'));

    await dialog.getByLabel('URL').fill(receiver.url);
    await dialog
      .getByRole('group', { name: 'Invitations' })
      .getByRole('checkbox', { name: /Invitation sent/ })
      .check();
    await dialog.getByRole('button', { name: 'Install webhook' }).click();

    const secretDialog = page.getByRole('dialog', { name: 'Copy your webhook’s secret' });
    await secretDialog.getByText('It will not be shown again', { exact: false }).waitFor();
    secret = (await secretDialog.getByTestId('webhook-secret').textContent()) ?? '';
    expect(secret).toMatch(/^whsec_\S{20,}$/);
    await secretDialog.getByText('Roster-Signature: t=…,v1=…').waitFor();
    await secretDialog.getByRole('button', { name: 'Copy secret' }).click();
    await secretDialog.getByRole('button', { name: 'Copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    throwProblems(await auditViews(page, 'plugins-secret', async () => {}));
    await secretDialog.getByRole('button', { name: 'I have stored it' }).click();
    await secretDialog.waitFor({ state: 'detached' });

    const item = pluginItem(webhookName);
    await item.getByText(`${receiver.host} · 1 event`).waitFor();
    await item.getByText(`Installed by ${admin().name}`, { exact: false }).waitFor();
    expect(await item.textContent()).not.toContain(secret);
    await page.reload();
    await pluginItem(webhookName).waitFor();
    expect(await page.content()).not.toContain(secret);
  });

  it('sends the invitation to the receiver, signed; the delivery log shows it succeeded', async () => {
    await mutate(page, 'invitation.create', {
      orgId: globex.id,
      emails: ['newcomer@globex.example'],
      role: 'member',
    });
    await expect.poll(() => receiver.received.length, { timeout: 30_000 }).toBe(1);
    const [request] = receiver.received;
    const event = JSON.parse(request!.body) as { id: string; type: string; organization: { id: string } };
    expect(event.type).toBe('invitation.created');
    expect(event.organization.id).toBe(globex.id);
    expect(request!.headers['roster-event-id']).toBe(event.id);
    expect(signatureValid(request!, secret)).toBe(true);
    expect(signatureValid(request!, `${secret}x`)).toBe(false);

    await pluginItem(webhookName).getByRole('button', { name: 'Delivery log' }).click();
    const log = main().getByRole('region', { name: `Delivery log of ${webhookName}` });
    const delivery = log.getByTestId('delivery').first();
    await delivery.getByText('Succeeded', { exact: true }).waitFor();
    await delivery.getByText('Invitation sent', { exact: true }).waitFor();
    await delivery.getByText('HTTP 200').waitFor();
    await delivery.getByText(event.id).waitFor();
    await delivery.getByRole('button', { name: '1 attempt' }).click();
    await delivery.getByRole('list', { name: 'Attempts' }).getByText('HTTP 200').waitFor();
    await auditInThemes(page, 'plugins-deliveries', everyWidth);
    // At 768 and 1024 px each plugin's name is whole and on one line, not cut to "S…".
    for (const width of [768, 1024]) {
      await page.setViewportSize({ width, height: 900 });
      for (const name of [webhookName, 'Usage alert']) {
        const shown = pluginItem(name).getByText(name, { exact: true }).first();
        expect(await truncated(shown), `${name} at ${width} px`).toBe(false);
        expect(await lineCount(shown), `${name} at ${width} px`).toBe(1);
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('redelivers the event: the receiver gets it again with the same id', async () => {
    const log = main().getByRole('region', { name: `Delivery log of ${webhookName}` });
    const delivery = log.getByTestId('delivery').first();
    await delivery.getByRole('button', { name: /^Redeliver/ }).click();
    await page.getByText('Redelivery queued', { exact: false }).waitFor();
    await expect.poll(() => receiver.received.length, { timeout: 30_000 }).toBe(2);
    const [first, again] = receiver.received;
    expect(again!.headers['roster-event-id']).toBe(first!.headers['roster-event-id']);
    expect((JSON.parse(again!.body) as { id: string }).id).toBe(
      (JSON.parse(first!.body) as { id: string }).id,
    );
    expect(signatureValid(again!, secret)).toBe(true);
    await delivery.getByRole('button', { name: '2 attempts' }).waitFor();
    await delivery.getByText('Succeeded', { exact: true }).waitFor();
    const attempts = delivery.getByRole('list', { name: 'Attempts' });
    if (!(await attempts.isVisible())) await delivery.getByRole('button', { name: '2 attempts' }).click();
    await attempts.getByText('Redelivery').waitFor();
  });

  it('uninstalls the webhook after a confirmation naming it', async () => {
    // With the keyboard: Cancel first gives focus back to the ⋮ that opened the menu.
    const menu = pluginItem(webhookName).getByRole('button', { name: `Actions for ${webhookName}` });
    await tabTo(page, menu);
    await page.keyboard.press('Enter');
    await waitFocused(page, page.getByRole('menuitem', { name: 'Configure' }));
    await page.keyboard.press('ArrowDown');
    await waitFocused(page, page.getByRole('menuitem', { name: 'Uninstall' }));
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('alertdialog', { name: `Uninstall ${webhookName}?` });
    await confirm.getByText('Its delivery log goes with it.', { exact: false }).waitFor();
    await waitFocused(page, confirm.getByRole('button', { name: 'Cancel' }));
    await page.keyboard.press('Enter');
    await confirm.waitFor({ state: 'detached' });
    await waitFocused(page, menu);

    await menu.click();
    await page.getByRole('menuitem', { name: 'Uninstall' }).click();
    throwProblems(await auditViews(page, 'plugins-uninstall', async () => {}));
    await confirm.getByRole('button', { name: 'Uninstall' }).click();
    await page.getByText(`Uninstalled ${webhookName}`).waitFor();
    await pluginItem(webhookName).waitFor({ state: 'detached' });
    await pluginItem('Usage alert').waitFor();
    expect(pageErrors).toEqual([]);
  });
});

describe('a member', () => {
  it('sees the installed plugins, and nothing to install, configure or uninstall', async () => {
    const opened = await openAs(browser, roster, member(), `/orgs/${globex.id}`);
    const mia = opened.page;
    await mia.getByRole('link', { name: 'Plugins', exact: true }).click();
    await mia.getByRole('heading', { level: 1, name: 'Plugins' }).waitFor();
    const item = mia.locator('#main').getByRole('listitem', { name: 'Usage alert', exact: true });
    await item.getByText('At 90% of API calls and storage').waitFor();
    await item.getByText(`Installed by ${admin().name}`, { exact: false }).waitFor();
    await mia.getByText('Owners and admins install and manage plugins.', { exact: false }).waitFor();
    expect(await mia.getByRole('button', { name: /^Install/ }).count()).toBe(0);
    expect(await mia.getByRole('button', { name: /^Actions for/ }).count()).toBe(0);
    expect(await mia.getByRole('heading', { name: 'Catalog' }).count()).toBe(0);
    await auditInThemes(mia, 'plugins-member');
    expect(opened.pageErrors).toEqual([]);
    await opened.context.close();
  });
});
