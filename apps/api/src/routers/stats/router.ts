import { router } from '../../trpc/init.js';

/** Organization statistics (PRODUCT.md §8): owners and admins. */
export const statsRouter = router({});
