import { folderDtoSchema, updateFolder, updateFolderInput } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

/** Rename, or move within the project (never into itself or a descendant). */
export const updateFolderProcedure = orgProcedure
  .input(updateFolderInput)
  .output(folderDtoSchema)
  .mutation(({ ctx, input }) => updateFolder(ctx.scope, input));
