import { listOrganizations, orgSummaryDtoSchema } from '@roster/core';
import { z } from 'zod';
import { authedProcedure } from '../../trpc/procedures.js';

export const listOrgsProcedure = authedProcedure
  .output(z.array(orgSummaryDtoSchema))
  .query(({ ctx }) => listOrganizations(ctx.scope));
