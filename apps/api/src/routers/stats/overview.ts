import { statsOverview, statsOverviewDtoSchema, statsOverviewInput } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

/** `stats.overview`: a page of the Overview tab (projects), with the totals and when they were computed. */
export const statsOverviewProcedure = orgProcedure
  .input(statsOverviewInput)
  .output(statsOverviewDtoSchema)
  .query(({ ctx, input }) => statsOverview(ctx.scope, input));
