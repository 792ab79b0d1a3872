import { router } from '../../trpc/init.js';
import { deleteAssetProcedure } from './delete.js';
import { getAssetProcedure } from './get.js';
import { updateAssetProcedure } from './update.js';

export const assetRouter = router({
  get: getAssetProcedure,
  update: updateAssetProcedure,
  delete: deleteAssetProcedure,
});
