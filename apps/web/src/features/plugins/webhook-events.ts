import { orgEventLabels, webhookEventNames } from '@roster/core/browser';

export type WebhookEventName = (typeof webhookEventNames)[number];

/** What each event a webhook can carry means, in a few words ("Invitation sent"): core's labels. */
const eventLabels: Partial<Record<string, string>> = orgEventLabels;

/** "Invitation sent" for `invitation.created`; an event without a label reads from its name. */
export function eventLabel(name: string): string {
  const label = eventLabels[name];
  if (label) return label;
  const words = name
    .replace(/[._]/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The family of an event by its prefix: what the event choice groups under one heading. */
const families: [title: string, prefixes: string[]][] = [
  ['Organization', ['organization', 'ownership']],
  ['Members', ['member']],
  ['Invitations', ['invitation']],
  ['Projects', ['project']],
  ['Content', ['folder', 'asset']],
  ['API keys', ['apiKey']],
  ['Plugins and usage', ['plugin', 'usage']],
];

export interface EventFamily {
  title: string;
  events: WebhookEventName[];
}

/** The events a webhook can carry, grouped by family in the catalog's order; unknown prefixes last. */
export function webhookEventFamilies(names: readonly WebhookEventName[] = webhookEventNames): EventFamily[] {
  const prefix = (name: string) => name.split('.')[0] ?? name;
  const grouped = families.map(([title, prefixes]) => ({
    title,
    events: names.filter((name) => prefixes.includes(prefix(name))),
  }));
  const known = new Set(families.flatMap(([, prefixes]) => prefixes));
  const other = names.filter((name) => !known.has(prefix(name)));
  return [...grouped, { title: 'Other', events: other }].filter((family) => family.events.length > 0);
}
