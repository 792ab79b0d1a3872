import { router } from '../../trpc/init.js';
import { statsOverviewProcedure } from './overview.js';
import { statsUsersProcedure } from './users.js';

/** Organization statistics (PRODUCT.md §8): owners and admins. */
export const statsRouter = router({
  overview: statsOverviewProcedure,
  users: statsUsersProcedure,
});
