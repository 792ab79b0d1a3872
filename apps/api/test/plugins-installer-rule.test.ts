// The installer rule (PRODUCT.md §3, §8): demoting, removing or the leaving of the admin who
// installed plugins uninstalls them in the same transaction, records why, and tells every other
// owner and admin on the bell. Plugins installed by others stay.
import { Membership, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './harness.js';
import {
  auditOf,
  eventsNamed,
  installWebhook,
  storedPlugins,
  uninstalledNotes,
  usageAlertInput,
} from './plugins-fixtures.js';
import { orgOfThree, person } from './project-fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

/** Owner Olive, admins Adam (who installs three plugins) and Bea (one), member Mia. */
async function setUp(orgName: string) {
  const org = await orgOfThree(h, orgName);
  const bea = await person(h, 'Bea', org.orgId, 'admin');
  await installWebhook(org.admin.caller, org.orgId, 'Adam hook 1');
  await org.admin.caller.plugin.install(usageAlertInput(org.orgId));
  await installWebhook(org.admin.caller, org.orgId, 'Adam hook 2');
  await installWebhook(bea.caller, org.orgId, 'Bea hook');
  await installWebhook(org.owner.caller, org.orgId, 'Olive hook');
  return { ...org, bea };
}

async function expectAdamsPluginsGone(
  org: Awaited<ReturnType<typeof setUp>>,
  reason: string,
  actorId: string,
  orgName: string,
) {
  expect((await storedPlugins(h, org.orgId)).map((p) => p.name)).toEqual(['Bea hook', 'Olive hook']);
  const events = await eventsNamed(h, org.orgId, 'plugin.uninstalled');
  expect(events.map((e) => e.payload.name).sort()).toEqual(['Adam hook 1', 'Adam hook 2', 'Usage alert']);
  for (const event of events) {
    expect(event).toMatchObject({ actorId, payload: { installedBy: org.admin.userId, reason } });
  }
  const audit = await auditOf(h, org.orgId, 'plugin.uninstalled');
  expect(audit.map((r) => r.id).sort()).toEqual(events.map((e) => e.id).sort());
  for (const record of audit) expect(record).toMatchObject({ actorId, targetType: 'plugin' });
  // Every other owner and admin, once per plugin; neither the installer nor members.
  for (const told of [org.owner.userId, org.bea.userId]) {
    const notes = await uninstalledNotes(h, told);
    expect(notes.map((n) => n.data.pluginName).sort()).toEqual(['Adam hook 1', 'Adam hook 2', 'Usage alert']);
    for (const note of notes) {
      expect(note.data).toMatchObject({ orgId: org.orgId, orgName, installerName: 'Adam' });
    }
  }
  expect(await uninstalledNotes(h, org.admin.userId)).toEqual([]);
  expect(await uninstalledNotes(h, org.member.userId)).toEqual([]);
}

describe('the installer rule', () => {
  it('demoting the installer to member uninstalls their plugins and tells the other admins', async () => {
    const org = await setUp('Demote Inc');
    await org.bea.caller.member.updateRole({ orgId: org.orgId, userId: org.admin.userId, role: 'member' });
    await expectAdamsPluginsGone(org, 'installer_demoted', org.bea.userId, 'Demote Inc');
    const bell = await org.owner.caller.notification.list();
    expect(bell.filter((n) => n.type === 'plugin_uninstalled')).toHaveLength(3);
    expect(bell[0]).toMatchObject({
      type: 'plugin_uninstalled',
      read: false,
      data: { orgName: 'Demote Inc', installerName: 'Adam', actorName: 'Bea' },
    });
    // Everyone still sees what is left.
    expect((await org.member.caller.plugin.list({ orgId: org.orgId })).map((p) => p.name)).toEqual([
      'Bea hook',
      'Olive hook',
    ]);
  });

  it('removing the installer uninstalls their plugins', async () => {
    const org = await setUp('Remove Inc');
    await org.owner.caller.member.remove({ orgId: org.orgId, userId: org.admin.userId });
    await expectAdamsPluginsGone(org, 'installer_removed', org.owner.userId, 'Remove Inc');
  });

  it('the installer leaving uninstalls their plugins', async () => {
    const org = await setUp('Leave Inc');
    await org.admin.caller.member.leave({ orgId: org.orgId });
    await expectAdamsPluginsGone(org, 'installer_left', org.admin.userId, 'Leave Inc');
  });

  it('promotions, and changes to people who installed nothing, uninstall nothing', async () => {
    const org = await setUp('Calm Inc');
    const { orgId } = org;
    await org.owner.caller.member.updateRole({ orgId, userId: org.member.userId, role: 'admin' });
    await org.owner.caller.member.updateRole({ orgId, userId: org.member.userId, role: 'member' });
    await org.owner.caller.member.remove({ orgId, userId: org.member.userId });
    // Setting an admin's role to admin again is no change.
    await org.owner.caller.member.updateRole({ orgId, userId: org.admin.userId, role: 'admin' });
    expect(await storedPlugins(h, orgId)).toHaveLength(5);
    expect(await eventsNamed(h, orgId, 'plugin.uninstalled')).toEqual([]);
    expect(await uninstalledNotes(h, org.owner.userId)).toEqual([]);
  });

  it('only the organization where the installer lost their role', async () => {
    const org = await setUp('Here Inc');
    const other = await orgOfThree(h, 'There Inc');
    // Adam is an admin of the other organization too, and installed a plugin there.
    const em = forkEm(h.db.orm);
    em.create(Membership, { organization: other.orgId, user: org.admin.userId, role: 'admin' });
    await em.flush();
    await installWebhook(org.admin.caller, other.orgId, 'Adam elsewhere');
    await org.owner.caller.member.remove({ orgId: org.orgId, userId: org.admin.userId });
    expect((await storedPlugins(h, other.orgId)).map((p) => p.name)).toEqual(['Adam elsewhere']);
    expect(await uninstalledNotes(h, other.owner.userId)).toEqual([]);
  });
});
