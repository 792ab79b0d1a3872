import { z } from 'zod';
import { orgRoles } from '../vocabulary/roles.js';

const role = z.enum(orgRoles);

const userId = z.uuid();

/** Changes to who belongs to an organization and with which role. */
export const memberEvents = {
  'member.role_changed': z.object({ userId, role, previousRole: role }),
  'member.removed': z.object({ userId }),
  'member.left': z.object({ userId }),
  'ownership.transferred': z.object({ fromUserId: userId, toUserId: userId }),
};
