import { createFolder, createFolderInput, folderDtoSchema } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

/** A folder in the project's root or in another folder; a taken name fails or, asked, gets `name (1)`. */
export const createFolderProcedure = orgProcedure
  .input(createFolderInput)
  .output(folderDtoSchema)
  .mutation(({ ctx, input }) => createFolder(ctx.scope, input));
