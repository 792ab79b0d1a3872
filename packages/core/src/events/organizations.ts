import { z } from 'zod';
import { invitationExpiries } from '../vocabulary/expiry.js';

/** What happens to an organization itself (its members' events are in members.ts). */
export const organizationEvents = {
  'organization.created': z.object({ name: z.string() }),
  'organization.renamed': z.object({ name: z.string(), previousName: z.string() }),
  'organization.settings_updated': z.object({ invitationExpiry: z.enum(invitationExpiries) }),
};
