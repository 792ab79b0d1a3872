import { router } from '../../trpc/init.js';
import { listContentProcedure } from './list.js';

/** The metadata side of a project's content for the web app; bytes go through `/v1`. */
export const contentRouter = router({
  list: listContentProcedure,
});
