import { Membership } from '@roster/db';
import type { EventName } from '../events/contracts.js';
import type { DispatchContext, RecordedEvent, Subscriber } from '../subscribers/types.js';
import { requestStatsRecompute } from './debounce.js';

/** The events that change an organization's statistics (members, projects, content, roles). */
const orgEvents = [
  'organization.created',
  'invitation.accepted',
  'member.role_changed',
  'member.removed',
  'member.left',
  'ownership.transferred',
  'project.created',
  'project.updated',
  'project.archived',
  'project.restored',
  'project.member_added',
  'project.member_removed',
  'folder.created',
  'folder.deleted',
  'asset.uploaded',
  'asset.updated',
  'asset.deleted',
] as const satisfies readonly EventName[];

/** Asks for the event's organization's recompute at the end of the current debounce window. */
const forOrganization = async (_payload: unknown, ctx: DispatchContext, event: RecordedEvent) => {
  if (event.organizationId) await requestStatsRecompute(ctx.jobs, event.organizationId);
};

/**
 * Statistics (PRODUCT.md §8), after commit: each change above asks for a debounced recompute of its
 * organization (one job per organization and window, run at the window's end); a person's new email
 * asks for each organization they are in. Idempotent: asking twice in a window is one job.
 */
export const statsSubscriber: Subscriber = {
  afterCommit: {
    ...Object.fromEntries(orgEvents.map((name) => [name, forOrganization])),
    'user.email_changed': async (payload, ctx) => {
      const memberships = await ctx.em.find(
        Membership,
        { user: payload.userId },
        { fields: ['organization'], disableIdentityMap: true },
      );
      for (const m of memberships) await requestStatsRecompute(ctx.jobs, m.organization.id);
    },
  },
};
