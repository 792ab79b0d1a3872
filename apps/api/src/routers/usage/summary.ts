import { usageSummary, usageSummaryDtoSchema, usageSummaryInput } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

/** `usage.summary`: the period's usage (this UTC month by default) against the organization's limits. */
export const usageSummaryProcedure = orgProcedure
  .input(usageSummaryInput)
  .output(usageSummaryDtoSchema)
  .query(({ ctx, input }) => usageSummary(ctx.scope, input));
