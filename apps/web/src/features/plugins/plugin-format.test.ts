import { webhookEventNames } from '@roster/core/browser';
import { describe, expect, it } from 'vitest';
import { attemptsLabel, formatDuration, lastOutcome, outcomeLabel } from './delivery-format';
import {
  placeServerError,
  toWebhookConfig,
  usageAlertForm,
  usageAlertFormValues,
  webhookForm,
  webhookFormValues,
} from './plugin-form-schema';
import { eventsLabel, installedLabel, settingsSummary, urlHost } from './plugin-summary';
import { eventLabel, webhookEventFamilies } from './webhook-events';

const webhook = (config: Record<string, unknown>) => ({ kind: 'webhook' as const, config });
const alert = (config: Record<string, unknown>) => ({ kind: 'usage_alert' as const, config });

describe('settingsSummary', () => {
  it('gives a webhook’s host and how many events it gets', () => {
    expect(settingsSummary(webhook({ url: 'https://hooks.slack.com/services/T0/B0/x', events: [] }))).toBe(
      'hooks.slack.com · All events',
    );
    expect(
      settingsSummary(webhook({ url: 'http://127.0.0.1:4100/in', events: ['invitation.created'] })),
    ).toBe('127.0.0.1:4100 · 1 event');
    expect(eventsLabel(['member.removed', 'member.left'])).toBe('2 events');
    expect(eventsLabel([...webhookEventNames])).toBe('All events');
    expect(urlHost('not a url')).toBe('not a url');
  });

  it('gives a usage alert’s percentage and metrics in a sentence', () => {
    expect(settingsSummary(alert({ percent: 80, metrics: ['storage', 'apiCalls'] }))).toBe(
      'At 80% of API calls and storage',
    );
    expect(settingsSummary(alert({ percent: 95, metrics: ['apiCalls', 'bandwidthOut', 'storage'] }))).toBe(
      'At 95% of API calls, bandwidth out and storage',
    );
    expect(settingsSummary(alert({ percent: 50, metrics: ['bandwidthOut'] }))).toBe(
      'At 50% of bandwidth out',
    );
  });

  it('says who installed a plugin and when', () => {
    const createdAt = '2026-11-30T12:00:00.000Z';
    expect(installedLabel({ installedBy: { id: 'u1', name: 'Ada Admin' }, createdAt })).toBe(
      'Installed by Ada Admin on Nov 30, 2026',
    );
    expect(installedLabel({ installedBy: null, createdAt })).toBe('Installed on Nov 30, 2026');
  });
});

describe('webhook events', () => {
  it('labels every event a webhook can carry, and groups each in exactly one family', () => {
    for (const name of webhookEventNames) expect(eventLabel(name)).not.toContain('.');
    expect(eventLabel('invitation.created')).toBe('Invitation sent');
    expect(eventLabel('thing.was_made')).toBe('Thing was made');
    const families = webhookEventFamilies();
    expect(families.flatMap((family) => family.events).sort()).toEqual([...webhookEventNames].sort());
    expect(families.map((family) => family.title)).toContain('Invitations');
    expect(families.find((family) => family.title === 'Content')?.events).toContain('asset.uploaded');
  });
});

describe('the forms', () => {
  it('send no events for “all events”, the chosen ones otherwise, and want one when choosing', () => {
    const values = webhookForm.parse({ ...webhookFormValues('Slack'), url: 'https://example.com/in' });
    expect(toWebhookConfig(values)).toEqual({ url: 'https://example.com/in', events: [] });
    const some = { ...webhookFormValues('Slack'), url: 'https://example.com/in', which: 'some' as const };
    expect(webhookForm.safeParse(some).error?.issues[0]?.message).toBe('Choose at least one event.');
    const chosen = webhookForm.parse({ ...some, events: ['invitation.created'] });
    expect(toWebhookConfig(chosen).events).toEqual(['invitation.created']);
    expect(webhookForm.safeParse({ ...some, url: 'ftp://example.com' }).success).toBe(false);
  });

  it('read an installed plugin’s settings back', () => {
    expect(
      webhookFormValues('Slack', { config: { url: 'https://x.test/', events: ['member.left'] } }),
    ).toEqual({
      name: 'Slack',
      url: 'https://x.test/',
      which: 'some',
      events: ['member.left'],
    });
    expect(usageAlertFormValues('Alert', { config: { percent: 90, metrics: ['storage'] } })).toEqual({
      name: 'Alert',
      percent: 90,
      metrics: ['storage'],
    });
    expect(usageAlertForm.safeParse({ ...usageAlertFormValues('A'), percent: 101 }).success).toBe(false);
    expect(usageAlertForm.safeParse({ ...usageAlertFormValues('A'), metrics: [] }).success).toBe(false);
  });

  it('put a refused URL at the URL field, and other errors above the form', () => {
    const privateUrl = { reason: 'WEBHOOK_URL_PRIVATE', message: 'That URL is private.', fieldErrors: {} };
    expect(placeServerError('webhook', privateUrl)).toEqual({
      fields: { url: 'That URL is private.' },
      form: null,
    });
    const named = { reason: 'WEBHOOK_URL_PRIVATE', message: 'x', fieldErrors: { 'config.url': 'Private.' } };
    expect(placeServerError('webhook', named).fields).toEqual({ url: 'Private.' });
    const zod = {
      reason: 'INVALID_INPUT',
      message: 'Some fields need attention.',
      fieldErrors: { name: 'Enter a name.' },
    };
    expect(placeServerError('usage_alert', zod)).toEqual({ fields: { name: 'Enter a name.' }, form: null });
    const taken = { reason: 'PLUGIN_ALREADY_INSTALLED', message: 'Already installed.', fieldErrors: {} };
    expect(placeServerError('usage_alert', taken)).toEqual({ fields: {}, form: 'Already installed.' });
  });
});

describe('deliveries', () => {
  it('reads durations, attempts and answers', () => {
    expect([formatDuration(null), formatDuration(85), formatDuration(1234), formatDuration(10_000)]).toEqual([
      '—',
      '85 ms',
      '1.2 s',
      '10 s',
    ]);
    expect([attemptsLabel(0), attemptsLabel(1), attemptsLabel(3)]).toEqual([
      'Not sent yet',
      '1 attempt',
      '3 attempts',
    ]);
    expect(outcomeLabel({ responseCode: 503, error: null })).toBe('HTTP 503');
    expect(outcomeLabel({ responseCode: null, error: 'Timed out after 10 s' })).toBe('Timed out after 10 s');
    const delivery = { attempts: 0, lastResponseCode: null, lastError: null };
    expect(lastOutcome(delivery as never)).toBe('No answer yet');
  });
});
