import { router } from '../../trpc/init.js';
import { createFolderProcedure } from './create.js';
import { deleteFolderProcedure } from './delete.js';
import { getFolderProcedure } from './get.js';
import { updateFolderProcedure } from './update.js';

export const folderRouter = router({
  get: getFolderProcedure,
  create: createFolderProcedure,
  update: updateFolderProcedure,
  delete: deleteFolderProcedure,
});
