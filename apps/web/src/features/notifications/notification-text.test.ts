import { describe, expect, it } from 'vitest';
import { notificationLink, notificationText } from './notification-text';

const data = { orgId: 'o1', orgName: 'Northwind' };

describe('notificationText', () => {
  it('says what happened, in a sentence', () => {
    expect(
      notificationText({
        type: 'invitation',
        data: { ...data, actorName: 'Jane Doe', role: 'admin', invitationId: 'i1' },
      }),
    ).toBe('Jane Doe invited you to join Northwind as admin');
    expect(notificationText({ type: 'role_changed', data: { ...data, role: 'admin' } })).toBe(
      'Your role in Northwind is now admin',
    );
    expect(notificationText({ type: 'removed', data })).toBe('You were removed from Northwind');
    expect(notificationText({ type: 'ownership_transferred', data: { ...data, role: 'owner' } })).toBe(
      'You are now the owner of Northwind',
    );
  });

  it('reads well without an actor or a role', () => {
    expect(notificationText({ type: 'invitation', data })).toBe(
      'Someone invited you to join Northwind as member',
    );
  });
});

describe('plugin and usage notifications', () => {
  it('say which plugin went and why, and what usage reached', () => {
    expect(
      notificationText({
        type: 'plugin_uninstalled',
        data: { ...data, pluginName: 'Slack webhook', installerName: 'Ada Admin' },
      }),
    ).toBe(
      'Slack webhook was uninstalled from Northwind because Ada Admin, who installed it, is no longer an admin',
    );
    expect(notificationText({ type: 'plugin_uninstalled', data })).toBe(
      'A plugin was uninstalled from Northwind because the admin who installed it is no longer an admin',
    );
    expect(
      notificationText({ type: 'usage_alert', data: { ...data, metric: 'apiCalls', percent: 80 } }),
    ).toBe('Northwind has used 80% of its API calls for this month');
    expect(notificationText({ type: 'usage_alert', data: { ...data, metric: 'storage', percent: 95 } })).toBe(
      'Northwind has used 95% of its storage',
    );
  });

  it('link to the page to act on', () => {
    expect(notificationLink({ type: 'plugin_uninstalled', data })).toEqual({
      to: '/orgs/$orgId/plugins',
      label: 'Open plugins',
    });
    expect(notificationLink({ type: 'usage_alert', data })?.to).toBe('/orgs/$orgId/usage');
    expect(notificationLink({ type: 'role_changed', data })?.label).toBe('Open Northwind');
    expect(notificationLink({ type: 'removed', data })).toBeNull();
  });
});
