import { usageSeries, usageSeriesDtoSchema, usageSeriesInput } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

/** `usage.series`: the period by day (zero-filled), by project or by API key. */
export const usageSeriesProcedure = orgProcedure
  .input(usageSeriesInput)
  .output(usageSeriesDtoSchema)
  .query(({ ctx, input }) => usageSeries(ctx.scope, input));
