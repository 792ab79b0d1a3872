import { deleteFolder, deleteFolderInput, folderSummaryDtoSchema } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

/**
 * Deletes a folder with everything inside (project managers) and answers what went. The rows go in
 * one transaction; the bytes are purged by the worker's `content.purge` once it commits.
 */
export const deleteFolderProcedure = orgProcedure
  .input(deleteFolderInput)
  .output(folderSummaryDtoSchema)
  .mutation(({ ctx, input }) => deleteFolder(ctx.scope, input));
