import { router } from '../../trpc/init.js';
import { usageSeriesProcedure } from './series.js';
import { usageSummaryProcedure } from './summary.js';

/** The organization's metered usage (PRODUCT.md §7): owners and admins. */
export const usageRouter = router({
  summary: usageSummaryProcedure,
  series: usageSeriesProcedure,
});
