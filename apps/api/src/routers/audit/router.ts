import { router } from '../../trpc/init.js';
import { listAuditProcedure } from './list.js';

/** The audit log (PRODUCT.md §11): owners and admins. */
export const auditRouter = router({
  list: listAuditProcedure,
});
