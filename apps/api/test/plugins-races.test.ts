// The installer rule under concurrency, as a busy server gets requests: an install racing its
// installer's demotion or removal never leaves a plugin of someone who is no longer an admin, and
// two changes to the installer at once uninstall each plugin exactly once, with one notification
// per plugin and admin. One usage alert per organization holds under parallel installs too.
import { Membership, Plugin, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './harness.js';
import {
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

const rounds = 8;
const reasonOf = (s: PromiseRejectedResult) => (s.reason as { cause?: { reason?: string } }).cause?.reason;

/** What the installer still has installed in the organization, and their role there (null: gone). */
async function leftOf(orgId: string, userId: string) {
  const em = forkEm(h.db.orm);
  const plugins = await em.count(Plugin, { organization: orgId, installedBy: userId });
  const membership = await em.findOne(Membership, { organization: orgId, user: userId });
  return { plugins, role: membership?.role ?? null };
}

/**
 * Every install that succeeded was uninstalled again, once, and the owner was told once for it;
 * the ones refused were refused for the installer's lost role (or membership).
 */
async function expectEachUninstalledOnce(
  orgId: string,
  ownerId: string,
  installs: PromiseSettledResult<{ plugin: { id: string } }>[],
  reason: string,
  refusals: string[],
) {
  const installed = installs.flatMap((s) => (s.status === 'fulfilled' ? [s.value.plugin.id] : []));
  for (const refused of installs.filter((s) => s.status === 'rejected')) {
    expect(refusals).toContain(reasonOf(refused));
  }
  const events = await eventsNamed(h, orgId, 'plugin.uninstalled');
  expect(events.map((e) => e.payload.pluginId).sort()).toEqual([...installed].sort());
  for (const event of events) expect(event.payload.reason).toBe(reason);
  const notes = await uninstalledNotes(h, ownerId);
  expect(notes.filter((n) => n.data.orgId === orgId)).toHaveLength(installed.length);
}

describe('installing while being demoted or removed', () => {
  it('an install racing the installer’s demotion leaves no plugin of a member', async () => {
    for (let round = 0; round < rounds; round++) {
      const org = await orgOfThree(h, `Demoted ${round}`);
      const { orgId } = org;
      const [demotion, ...installs] = await Promise.allSettled([
        org.owner.caller.member.updateRole({ orgId, userId: org.admin.userId, role: 'member' }),
        ...Array.from({ length: 3 }, (_, i) => installWebhook(org.admin.caller, orgId, `Hook ${i}`)),
      ]);
      expect(demotion.status).toBe('fulfilled');
      expect(await leftOf(orgId, org.admin.userId)).toEqual({ plugins: 0, role: 'member' });
      await expectEachUninstalledOnce(orgId, org.owner.userId, installs, 'installer_demoted', [
        'PERMISSION_DENIED',
      ]);
    }
  });

  it('an install racing the installer’s removal leaves no plugin behind', async () => {
    for (let round = 0; round < rounds; round++) {
      const org = await orgOfThree(h, `Removed ${round}`);
      const { orgId } = org;
      const [removal, ...installs] = await Promise.allSettled([
        org.owner.caller.member.remove({ orgId, userId: org.admin.userId }),
        ...Array.from({ length: 3 }, (_, i) => installWebhook(org.admin.caller, orgId, `Hook ${i}`)),
      ]);
      expect(removal.status).toBe('fulfilled');
      expect(await leftOf(orgId, org.admin.userId)).toEqual({ plugins: 0, role: null });
      await expectEachUninstalledOnce(orgId, org.owner.userId, installs, 'installer_removed', [
        'PERMISSION_DENIED',
        'ORG_NOT_FOUND',
      ]);
    }
  });
});

describe('two changes to the installer at once', () => {
  it('demote, remove and leave at once: each plugin uninstalled once, each admin told once', async () => {
    for (let round = 0; round < rounds; round++) {
      const org = await orgOfThree(h, `Twice ${round}`);
      const { orgId } = org;
      const bea = await person(h, 'Bea', orgId, 'admin');
      const mine = [
        (await installWebhook(org.admin.caller, orgId, 'One')).plugin.id,
        (await org.admin.caller.plugin.install(usageAlertInput(orgId))).plugin.id,
      ];
      await installWebhook(bea.caller, orgId, 'Bea hook');
      const changes = await Promise.allSettled([
        bea.caller.member.updateRole({ orgId, userId: org.admin.userId, role: 'member' }),
        org.owner.caller.member.remove({ orgId, userId: org.admin.userId }),
        round % 2 ? org.admin.caller.member.leave({ orgId }) : Promise.resolve(null),
      ]);
      expect(changes.some((c) => c.status === 'fulfilled')).toBe(true);
      expect((await leftOf(orgId, org.admin.userId)).plugins).toBe(0);
      const events = await eventsNamed(h, orgId, 'plugin.uninstalled');
      expect(events.map((e) => e.payload.pluginId).sort()).toEqual([...mine].sort());
      for (const told of [org.owner.userId, bea.userId]) {
        const notes = (await uninstalledNotes(h, told)).filter((n) => n.data.orgId === orgId);
        expect(notes.map((n) => n.data.pluginName).sort(), `round ${round}`).toEqual(['One', 'Usage alert']);
      }
      expect((await storedPlugins(h, orgId)).map((p) => p.name)).toEqual(['Bea hook']);
    }
  });

  it('an uninstall racing the installer rule removes the plugin once', async () => {
    for (let round = 0; round < rounds; round++) {
      const org = await orgOfThree(h, `Both ${round}`);
      const { orgId } = org;
      const { plugin } = await installWebhook(org.admin.caller, orgId, 'Contested');
      const [demotion, uninstall] = await Promise.allSettled([
        org.owner.caller.member.updateRole({ orgId, userId: org.admin.userId, role: 'member' }),
        org.owner.caller.plugin.uninstall({ orgId, pluginId: plugin.id }),
      ]);
      expect(demotion.status).toBe('fulfilled');
      if (uninstall.status === 'rejected') expect(reasonOf(uninstall)).toBe('PLUGIN_NOT_FOUND');
      const events = await eventsNamed(h, orgId, 'plugin.uninstalled');
      expect(events).toHaveLength(1);
      expect(events[0]!.payload.reason).toBe(
        uninstall.status === 'fulfilled' ? 'uninstalled' : 'installer_demoted',
      );
      expect(await storedPlugins(h, orgId)).toEqual([]);
    }
  });
});

describe('one usage alert per organization', () => {
  it('parallel installs by the owner and admins install exactly one', async () => {
    for (let round = 0; round < rounds; round++) {
      const org = await orgOfThree(h, `Alerts ${round}`);
      const bea = await person(h, 'Bea', org.orgId, 'admin');
      const settled = await Promise.allSettled(
        [org.owner, org.admin, bea, org.owner, org.admin].map((who) =>
          who.caller.plugin.install(usageAlertInput(org.orgId)),
        ),
      );
      expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(1);
      for (const refused of settled.filter((s) => s.status === 'rejected')) {
        expect(reasonOf(refused)).toBe('PLUGIN_ALREADY_INSTALLED');
      }
      expect(await storedPlugins(h, org.orgId)).toHaveLength(1);
    }
  });
});
