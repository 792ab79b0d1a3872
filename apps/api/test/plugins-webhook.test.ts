// A webhook's install and settings: its signing secret is shown once (never listed, never in an
// event), URLs reaching loopback, private or link-local addresses are refused unless the operator
// allows them (WEBHOOK_ALLOW_PRIVATE), and every change is recorded as an event.
import { Plugin, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorOf, type Harness } from './harness.js';
import {
  auditOf,
  eventsNamed,
  installWebhook,
  publicUrl,
  storedPlugins,
  webhookInput,
} from './plugins-fixtures.js';
import { orgOfThree } from './project-fixtures.js';

let h: Harness;
let org: Awaited<ReturnType<typeof orgOfThree>>;

beforeAll(async () => {
  h = await createHarness();
  org = await orgOfThree(h, 'Hooks Inc');
});
afterAll(() => h.close());

describe('the signing secret', () => {
  it('is returned by install only, once; the list and later answers show its first characters', async () => {
    const { plugin, secret } = await installWebhook(org.admin.caller, org.orgId, 'Signed');
    expect(secret).toMatch(/^whsec_[0-9A-Za-z]{32}$/);
    expect(plugin.secretPrefix).toBe(`${secret!.slice(0, 10)}…`);
    const stored = await forkEm(h.db.orm).findOneOrFail(Plugin, plugin.id);
    expect(stored.secret).toBe(secret);

    const listed = await org.member.caller.plugin.list({ orgId: org.orgId });
    expect(JSON.stringify(listed)).not.toContain(secret!.slice(10));
    expect(listed.find((p) => p.id === plugin.id)?.secretPrefix).toBe(plugin.secretPrefix);
    const configured = await org.admin.caller.plugin.configure({
      ...webhookInput(org.orgId, 'Signed again'),
      pluginId: plugin.id,
    });
    expect(JSON.stringify(configured)).not.toContain(secret!.slice(10));
    const removed = await org.owner.caller.plugin.uninstall({ orgId: org.orgId, pluginId: plugin.id });
    expect(JSON.stringify(removed)).not.toContain(secret!.slice(10));

    const events = [
      ...(await eventsNamed(h, org.orgId, 'plugin.installed')),
      ...(await eventsNamed(h, org.orgId, 'plugin.configured')),
      ...(await eventsNamed(h, org.orgId, 'plugin.uninstalled')),
    ];
    expect(events.length).toBeGreaterThanOrEqual(3);
    for (const event of events) expect(JSON.stringify(event.payload)).not.toContain(secret!.slice(10));
  });

  it('differs for every webhook', async () => {
    const secrets = new Set<string>();
    for (let i = 0; i < 5; i++) secrets.add((await installWebhook(org.owner.caller, org.orgId)).secret!);
    expect(secrets.size).toBe(5);
  });
});

describe('private addresses', () => {
  const privateUrls = [
    'http://127.0.0.1/hook',
    'http://10.20.30.40:8080/hook',
    'http://192.168.1.1/hook',
    'http://169.254.169.254/latest/meta-data',
    'http://[::1]:3000/hook',
    'http://[::ffff:127.0.0.1]/hook',
    'http://localhost:8080/hook',
  ];

  it.each(privateUrls)('install refuses %s without the setting', async (url) => {
    const error = await errorOf(
      org.owner.caller.plugin.install({ orgId: org.orgId, kind: 'webhook', config: { url, events: [] } }),
    );
    expect(error).toMatchObject({ code: 'BAD_REQUEST', reason: 'WEBHOOK_URL_PRIVATE' });
    expect((await storedPlugins(h, org.orgId)).map((p) => p.config.url)).not.toContain(url);
  });

  it('configure refuses them too, and leaves the URL as it was', async () => {
    const { plugin } = await installWebhook(org.owner.caller, org.orgId, 'Public');
    for (const url of privateUrls) {
      expect(
        await errorOf(
          org.admin.caller.plugin.configure({
            orgId: org.orgId,
            pluginId: plugin.id,
            kind: 'webhook',
            config: { url, events: [] },
          }),
        ),
      ).toMatchObject({ code: 'BAD_REQUEST', reason: 'WEBHOOK_URL_PRIVATE' });
    }
    const stored = await forkEm(h.db.orm).findOneOrFail(Plugin, plugin.id);
    expect(stored.config.url).toBe(publicUrl);
  });

  it('a host that does not resolve is WEBHOOK_URL_INVALID', async () => {
    expect(
      await errorOf(
        org.owner.caller.plugin.install({
          orgId: org.orgId,
          kind: 'webhook',
          config: { url: 'https://no-such-host.invalid/hook', events: [] },
        }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST', reason: 'WEBHOOK_URL_INVALID' });
  });

  it('are allowed when the operator allows them (WEBHOOK_ALLOW_PRIVATE=true)', async () => {
    const allowed = await createHarness({ webhookAllowPrivate: true });
    try {
      const team = await orgOfThree(allowed, 'Local Inc');
      for (const url of privateUrls) {
        const { plugin } = await team.owner.caller.plugin.install({
          orgId: team.orgId,
          kind: 'webhook',
          config: { url, events: [] },
        });
        expect(plugin.config.url).toBe(url);
      }
    } finally {
      await allowed.close();
    }
  });
});

describe('events', () => {
  it('install, configure and uninstall are recorded with their actor and settings', async () => {
    const team = await orgOfThree(h, 'Recorded Inc');
    const { orgId } = team;
    const { plugin } = await installWebhook(team.admin.caller, orgId, 'Recorded');
    await team.owner.caller.plugin.configure({
      orgId,
      pluginId: plugin.id,
      kind: 'webhook',
      name: 'Renamed',
      config: { url: `${publicUrl}/v2`, events: ['member.left', 'member.removed'] },
    });
    await team.owner.caller.plugin.uninstall({ orgId, pluginId: plugin.id });

    const [installed] = await eventsNamed(h, orgId, 'plugin.installed');
    expect(installed).toMatchObject({
      actorType: 'user',
      actorId: team.admin.userId,
      payload: {
        pluginId: plugin.id,
        kind: 'webhook',
        name: 'Recorded',
        config: { url: publicUrl, events: ['member.removed'] },
      },
    });
    const [configured] = await eventsNamed(h, orgId, 'plugin.configured');
    expect(configured).toMatchObject({
      actorId: team.owner.userId,
      payload: {
        pluginId: plugin.id,
        name: 'Renamed',
        config: { url: `${publicUrl}/v2`, events: ['member.left', 'member.removed'] },
        previousName: 'Recorded',
        previousConfig: { url: publicUrl, events: ['member.removed'] },
      },
    });
    const [uninstalled] = await eventsNamed(h, orgId, 'plugin.uninstalled');
    expect(uninstalled).toMatchObject({
      actorId: team.owner.userId,
      payload: {
        pluginId: plugin.id,
        kind: 'webhook',
        name: 'Renamed',
        installedBy: team.admin.userId,
        reason: 'uninstalled',
      },
    });
  });

  it('each change has its audit record: actor, action, the plugin as target, before/after', async () => {
    const team = await orgOfThree(h, 'Audited Inc');
    const { orgId } = team;
    const { plugin, secret } = await installWebhook(team.admin.caller, orgId, 'Audited');
    await team.owner.caller.plugin.configure({ ...webhookInput(orgId, 'Audited 2'), pluginId: plugin.id });
    await team.owner.caller.plugin.uninstall({ orgId, pluginId: plugin.id });
    const target = { targetType: 'plugin', targetId: plugin.id };
    expect(await auditOf(h, orgId, 'plugin.installed')).toEqual([
      expect.objectContaining({
        ...target,
        targetName: 'Audited',
        actorId: team.admin.userId,
        actorName: 'Adam',
      }),
    ]);
    expect(await auditOf(h, orgId, 'plugin.configured')).toEqual([
      expect.objectContaining({ ...target, targetName: 'Audited 2', actorId: team.owner.userId }),
    ]);
    const [uninstalled] = await auditOf(h, orgId, 'plugin.uninstalled');
    expect(uninstalled).toMatchObject({ ...target, actorId: team.owner.userId });
    const records = await Promise.all(
      ['plugin.installed', 'plugin.configured', 'plugin.uninstalled'].map((a) => auditOf(h, orgId, a)),
    );
    expect(JSON.stringify(records)).not.toContain(secret!.slice(10));
  });

  it('nothing is recorded for a refused change', async () => {
    const team = await orgOfThree(h, 'Quiet Inc');
    await errorOf(team.member.caller.plugin.install(webhookInput(team.orgId)));
    await errorOf(
      team.owner.caller.plugin.install({
        orgId: team.orgId,
        kind: 'webhook',
        config: { url: 'http://127.0.0.1/', events: [] },
      }),
    );
    expect(await eventsNamed(h, team.orgId, 'plugin.installed')).toEqual([]);
    expect(await auditOf(h, team.orgId, 'plugin.installed')).toEqual([]);
  });
});
