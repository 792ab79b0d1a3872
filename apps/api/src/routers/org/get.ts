import { getOrganization, orgDtoSchema } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

/** The organization page. A pure read: remembering the last used organization is `org.open`. */
export const getOrgProcedure = orgProcedure
  .output(orgDtoSchema)
  .query(({ ctx }) => getOrganization(ctx.scope));
