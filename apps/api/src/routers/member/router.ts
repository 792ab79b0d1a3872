import { router } from '../../trpc/init.js';
import { leaveOrgProcedure } from './leave.js';
import { listMembersProcedure } from './list.js';
import { removeMemberProcedure } from './remove.js';
import { updateMemberRoleProcedure } from './update-role.js';

export const memberRouter = router({
  list: listMembersProcedure,
  updateRole: updateMemberRoleProcedure,
  remove: removeMemberProcedure,
  leave: leaveOrgProcedure,
});
