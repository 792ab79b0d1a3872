import { router } from '../../trpc/init.js';
import { archiveProjectProcedure } from './archive.js';
import { createProjectProcedure } from './create.js';
import { getProjectProcedure } from './get.js';
import { listProjectsProcedure } from './list.js';
import { addProjectMemberProcedure } from './member-add.js';
import { listProjectMembersProcedure } from './member-list.js';
import { removeProjectMemberProcedure } from './member-remove.js';
import { updateProjectMemberRoleProcedure } from './member-update-role.js';
import { updateProjectProcedure } from './update.js';

export const projectRouter = router({
  list: listProjectsProcedure,
  get: getProjectProcedure,
  create: createProjectProcedure,
  update: updateProjectProcedure,
  archive: archiveProjectProcedure,
  member: router({
    list: listProjectMembersProcedure,
    add: addProjectMemberProcedure,
    updateRole: updateProjectMemberRoleProcedure,
    remove: removeProjectMemberProcedure,
  }),
});
