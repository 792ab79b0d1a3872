import { assetDtoSchema, updateAsset, updateAssetInput } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

/** Rename, or move to another folder or to another project of the organization (allowed in both). */
export const updateAssetProcedure = orgProcedure
  .input(updateAssetInput)
  .output(assetDtoSchema)
  .mutation(({ ctx, input }) => updateAsset(ctx.scope, input));
