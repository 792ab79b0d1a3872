import { openOrganization, openedOrgDtoSchema } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

/** The user opened (or switched to) the organization: it becomes the one reopened after sign-in. */
export const openOrgProcedure = orgProcedure
  .output(openedOrgDtoSchema)
  .mutation(({ ctx }) => openOrganization(ctx.scope));
