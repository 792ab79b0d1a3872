// plugin.* and who may call it: everyone in the organization sees the catalog and the installed
// plugins; owners and admins install, configure and uninstall; members FORBIDDEN, another
// organization's members NOT_FOUND, no session UNAUTHORIZED; bad input 400 with its field.
import { sessionCookieName, type PluginDto } from '@roster/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/server.js';
import { appOrigin, createHarness, errorOf, type Caller, type Harness } from './harness.js';
import {
  installWebhook,
  publicUrl,
  storedPlugins,
  usageAlertInput,
  webhookInput,
} from './plugins-fixtures.js';
import { orgOfThree, owner } from './project-fixtures.js';

let h: Harness;
let org: Awaited<ReturnType<typeof orgOfThree>>;
let foreign: Awaited<ReturnType<typeof owner>>;

beforeAll(async () => {
  h = await createHarness();
  org = await orgOfThree(h, 'Plugins Inc');
  foreign = await owner(h, 'Elsewhere');
});
afterAll(() => h.close());

describe('who may see plugins', () => {
  it('everyone in the organization sees the catalog', async () => {
    for (const who of [org.owner, org.admin, org.member]) {
      expect(await who.caller.plugin.catalog({ orgId: org.orgId })).toEqual([
        {
          kind: 'webhook',
          name: 'Webhook',
          description: 'POSTs the events you choose to your URL, signed',
          multiple: true,
        },
        {
          kind: 'usage_alert',
          name: 'Usage alert',
          description: 'Emails owners and admins when usage crosses a percentage of a limit',
          multiple: false,
        },
      ]);
    }
  });

  it('everyone in the organization sees the installed plugins and who installed them', async () => {
    const { plugin } = await installWebhook(org.admin.caller, org.orgId, 'Seen by all');
    for (const who of [org.owner, org.admin, org.member]) {
      const listed = await who.caller.plugin.list({ orgId: org.orgId });
      expect(listed.find((p) => p.id === plugin.id)).toMatchObject({
        name: 'Seen by all',
        kind: 'webhook',
        installedBy: { id: org.admin.userId, name: 'Adam' },
        config: { url: publicUrl, events: ['member.removed'] },
      });
    }
  });
});

describe('who may manage plugins', () => {
  let plugin: PluginDto;
  beforeAll(async () => {
    plugin = (await installWebhook(org.owner.caller, org.orgId, 'Guarded')).plugin;
  });
  const calls = {
    install: (c: Caller, orgId: string) => c.plugin.install(webhookInput(orgId, 'Nope')),
    configure: (c: Caller, orgId: string) =>
      c.plugin.configure({ ...webhookInput(orgId, 'Nope'), pluginId: plugin.id }),
    uninstall: (c: Caller, orgId: string) => c.plugin.uninstall({ orgId, pluginId: plugin.id }),
  };
  const reads = {
    catalog: (c: Caller, orgId: string) => c.plugin.catalog({ orgId }),
    list: (c: Caller, orgId: string) => c.plugin.list({ orgId }),
  };

  it.each(Object.keys(calls) as (keyof typeof calls)[])('%s: a member is FORBIDDEN', async (name) => {
    expect(await errorOf(calls[name](org.member.caller, org.orgId))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PERMISSION_DENIED',
    });
  });

  const all = { ...calls, ...reads };
  it.each(Object.keys(all) as (keyof typeof all)[])(
    '%s: a member of another organization gets NOT_FOUND, no session UNAUTHORIZED',
    async (name) => {
      expect((await errorOf(all[name](foreign.caller, org.orgId))).code).toBe('NOT_FOUND');
      expect((await errorOf(all[name](await h.caller(), org.orgId))).code).toBe('UNAUTHORIZED');
    },
  );

  it('a plugin of another organization is NOT_FOUND, to its own owner too', async () => {
    const theirs = (await installWebhook(foreign.caller, foreign.orgId, 'Theirs')).plugin;
    for (const who of [org.owner, org.admin]) {
      expect(
        await errorOf(who.caller.plugin.uninstall({ orgId: org.orgId, pluginId: theirs.id })),
      ).toMatchObject({ code: 'NOT_FOUND', reason: 'PLUGIN_NOT_FOUND' });
      expect(
        await errorOf(who.caller.plugin.configure({ ...webhookInput(org.orgId), pluginId: theirs.id })),
      ).toMatchObject({ code: 'NOT_FOUND', reason: 'PLUGIN_NOT_FOUND' });
    }
    expect((await storedPlugins(h, foreign.orgId)).map((p) => p.name)).toEqual(['Theirs']);
  });

  it('left the plugin as it was', async () => {
    const names = (await storedPlugins(h, org.orgId)).map((p) => p.name);
    expect(names).toContain('Guarded');
    expect(names).not.toContain('Nope');
  });

  it('owners and admins install, configure and uninstall', async () => {
    for (const who of [org.owner, org.admin]) {
      const { plugin: mine } = await installWebhook(who.caller, org.orgId, 'Mine');
      const configured = await who.caller.plugin.configure({
        orgId: org.orgId,
        pluginId: mine.id,
        kind: 'webhook',
        name: 'Renamed',
        config: { url: `${publicUrl}/2`, events: [] },
      });
      expect(configured).toMatchObject({ name: 'Renamed', config: { url: `${publicUrl}/2`, events: [] } });
      expect(configured.installedBy).toEqual({
        id: who.userId,
        name: who === org.owner ? 'Olive Owner' : 'Adam',
      });
      expect(await who.caller.plugin.uninstall({ orgId: org.orgId, pluginId: mine.id })).toMatchObject({
        id: mine.id,
        name: 'Renamed',
      });
      expect(
        await errorOf(who.caller.plugin.uninstall({ orgId: org.orgId, pluginId: mine.id })),
      ).toMatchObject({ code: 'NOT_FOUND', reason: 'PLUGIN_NOT_FOUND' });
    }
  });
});

describe('rules of the catalog', () => {
  it('one usage alert per organization; webhooks as many as wanted', async () => {
    const { orgId } = org;
    const alert = await org.owner.caller.plugin.install(usageAlertInput(orgId));
    expect(alert).toMatchObject({
      plugin: { kind: 'usage_alert', name: 'Usage alert', config: { percent: 80, metrics: ['apiCalls'] } },
      secret: null,
    });
    expect(alert.plugin.secretPrefix).toBeNull();
    expect(await errorOf(org.admin.caller.plugin.install(usageAlertInput(orgId)))).toMatchObject({
      code: 'CONFLICT',
      reason: 'PLUGIN_ALREADY_INSTALLED',
    });
    await installWebhook(org.admin.caller, orgId, 'One');
    await installWebhook(org.admin.caller, orgId, 'Two');
    // Once the alert is uninstalled, another may be installed.
    await org.owner.caller.plugin.uninstall({ orgId, pluginId: alert.plugin.id });
    await org.admin.caller.plugin.install(usageAlertInput(orgId));
  });

  it("configure with another kind's settings: PLUGIN_KIND_MISMATCH, nothing changed", async () => {
    const { plugin } = await installWebhook(org.owner.caller, org.orgId, 'Kind');
    expect(
      await errorOf(
        org.owner.caller.plugin.configure({
          orgId: org.orgId,
          pluginId: plugin.id,
          kind: 'usage_alert',
          config: { percent: 50, metrics: ['storage'] },
        }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST', reason: 'PLUGIN_KIND_MISMATCH' });
    const stored = (await storedPlugins(h, org.orgId)).find((p) => p.id === plugin.id);
    expect(stored?.config).toEqual({ url: publicUrl, events: ['member.removed'] });
  });
});

describe('bad input', () => {
  const bad: [string, Record<string, unknown>, string][] = [
    ['a URL that is none', { kind: 'webhook', config: { url: 'not a url', events: [] } }, 'config'],
    ['an ftp URL', { kind: 'webhook', config: { url: 'ftp://example.com/x', events: [] } }, 'config'],
    ['an unknown event', { kind: 'webhook', config: { url: publicUrl, events: ['user.nope'] } }, 'config'],
    ['a percentage of 0', { kind: 'usage_alert', config: { percent: 0, metrics: ['apiCalls'] } }, 'config'],
    [
      'a percentage of 101',
      { kind: 'usage_alert', config: { percent: 101, metrics: ['apiCalls'] } },
      'config',
    ],
    ['no metric', { kind: 'usage_alert', config: { percent: 50, metrics: [] } }, 'config'],
    ['a kind not in the catalog', { kind: 'slack', config: {} }, 'kind'],
    ['an empty name', { kind: 'webhook', name: '   ', config: { url: publicUrl, events: [] } }, 'name'],
  ];

  it.each(bad)('%s: 400 naming the field, over HTTP', async (_label, body, field) => {
    const app = await buildServer(h.deps);
    try {
      const session = await h.deps.sessions.createSession(org.owner.userId, {});
      const headers = { origin: appOrigin, cookie: `${sessionCookieName}=${session.id}` };
      const answer = await app.inject({
        method: 'POST',
        url: '/trpc/plugin.install',
        payload: { orgId: org.orgId, ...body },
        headers,
      });
      expect(answer.statusCode).toBe(400);
      const data = answer.json().error.data as { reason: string; fieldErrors: Record<string, string> };
      expect(data.reason).toBe('INVALID_INPUT');
      expect(data.fieldErrors[field]).toEqual(expect.any(String));
    } finally {
      await app.close();
    }
  });

  it('the messages say what is wrong', async () => {
    const message = async (body: Record<string, unknown>) =>
      (await errorOf(org.owner.caller.plugin.install({ orgId: org.orgId, ...body } as never))).message;
    expect(await message({ kind: 'webhook', config: { url: 'nope', events: [] } })).toContain(
      'Enter an http:// or https:// URL.',
    );
    expect(await message({ kind: 'usage_alert', config: { percent: 101, metrics: ['apiCalls'] } })).toContain(
      'Choose 1 to 100 %.',
    );
    expect(await message({ kind: 'webhook', config: { url: publicUrl, events: ['nope'] } })).toContain(
      'Not an event of Roster.',
    );
  });

  it('a bad plugin id is 400, not 500', async () => {
    expect(
      await errorOf(org.owner.caller.plugin.uninstall({ orgId: org.orgId, pluginId: 'nope' })),
    ).toMatchObject({ code: 'BAD_REQUEST' });
  });
});
