import { router } from '../../trpc/init.js';
import { createOrgProcedure } from './create.js';
import { getOrgProcedure } from './get.js';
import { listOrgsProcedure } from './list.js';
import { openOrgProcedure } from './open.js';
import { renameOrgProcedure } from './rename.js';
import { transferOwnershipProcedure } from './transfer-ownership.js';
import { updateOrgSettingsProcedure } from './update-settings.js';

export const orgRouter = router({
  list: listOrgsProcedure,
  create: createOrgProcedure,
  get: getOrgProcedure,
  open: openOrgProcedure,
  rename: renameOrgProcedure,
  updateSettings: updateOrgSettingsProcedure,
  transferOwnership: transferOwnershipProcedure,
});
