import { z } from 'zod';
import { orgRoles } from '../vocabulary/roles.js';

/** A member of the organization, as the members page lists them. */
export const memberDtoSchema = z.object({
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(orgRoles),
  joinedAt: z.string(),
});
export type MemberDto = z.infer<typeof memberDtoSchema>;

export const memberPageDtoSchema = z.object({
  items: z.array(memberDtoSchema),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
  /** How many members match the search (all members without one). */
  total: z.number(),
});
export type MemberPageDto = z.infer<typeof memberPageDtoSchema>;

/** After leaving: the organization to land in next. */
export const leftOrgDtoSchema = z.object({ nextOrgId: z.string() });
export type LeftOrgDto = z.infer<typeof leftOrgDtoSchema>;
