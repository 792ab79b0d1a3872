import { assetDtoSchema, getAsset, assetInput } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

/** An asset's metadata: name, size, sniffed content type, SHA-256, who uploaded it and when. */
export const getAssetProcedure = orgProcedure
  .input(assetInput)
  .output(assetDtoSchema)
  .query(({ ctx, input }) => getAsset(ctx.scope, input));
