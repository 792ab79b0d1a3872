import type { z } from 'zod';
import { accountEvents } from './account.js';
import { apiKeyEvents } from './api-keys.js';
import { contentEvents } from './content.js';
import { invitationEvents } from './invitations.js';
import { memberEvents } from './members.js';
import { organizationEvents } from './organizations.js';
import { pluginEvents } from './plugins.js';
import { projectEvents } from './projects.js';

/**
 * Every event Roster records (`scope.record(name, payload)`): its name and the zod schema of its
 * payload, beside the job contracts. A payload carries ids and the facts subscribers need, never a
 * secret (tokens, passwords). Subscribers (subscribers/) act on them: in the transaction of the
 * change, or after it commits in the worker.
 */
export const eventContracts = {
  ...organizationEvents,
  ...memberEvents,
  ...invitationEvents,
  ...projectEvents,
  ...accountEvents,
  ...contentEvents,
  ...apiKeyEvents,
  ...pluginEvents,
};

export type EventName = keyof typeof eventContracts;
export type EventPayload<N extends EventName> = z.infer<(typeof eventContracts)[N]>;
export const eventNames = Object.keys(eventContracts) as EventName[];
