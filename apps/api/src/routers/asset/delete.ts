import { deleteAsset, assetInput } from '@roster/core';
import { z } from 'zod';
import { orgProcedure } from '../../trpc/procedures.js';

/** Deletes an asset's row at once; the worker's `content.purge` removes its bytes after the commit. */
export const deleteAssetProcedure = orgProcedure
  .input(assetInput)
  .output(z.object({ ok: z.literal(true) }))
  .mutation(({ ctx, input }) => deleteAsset(ctx.scope, input));
