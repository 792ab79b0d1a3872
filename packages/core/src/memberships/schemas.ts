import { z } from 'zod';
import { plainText, singleLineText } from '../common/schemas.js';
import { userIdSchema } from '../vocabulary/ids.js';
import { invitableRoles, orgRoles } from '../vocabulary/roles.js';

export const memberPageSizeMax = 100;

/**
 * A page of members, ordered by email. `cursor` is the last email of the previous page; `search`
 * matches name or email, case-insensitively; `role` keeps only members with that role. (The organization comes with the scope: routers
 * merge these inputs with `orgId`, orgProcedure's input.)
 */
export const listMembersInput = z.object({
  search: singleLineText({ max: 100, required: 'Enter text to search for.' }).optional(),
  role: z.enum(orgRoles, { error: 'Choose owner, admin or member.' }).optional(),
  cursor: plainText({ max: 320, error: 'Not a valid page cursor.' }).optional(),
  limit: z.number().int().min(1).max(memberPageSizeMax).optional(),
});

export const memberInput = z.object({ userId: userIdSchema });
export const updateMemberRoleInput = memberInput.extend({
  role: z.enum(invitableRoles, { error: 'Choose admin or member.' }),
});

export type ListMembersInput = z.infer<typeof listMembersInput>;
export type UpdateMemberRoleInput = z.infer<typeof updateMemberRoleInput>;
