import { router } from '../../trpc/init.js';

/** Plugins (PRODUCT.md §8): everyone sees them; owners and admins manage them. */
export const pluginRouter = router({});
