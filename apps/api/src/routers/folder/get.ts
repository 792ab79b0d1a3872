import { folderSummaryDtoSchema, getFolder, folderInput } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

/** A folder with its path and what it holds, recursively (the delete dialog says what goes). */
export const getFolderProcedure = orgProcedure
  .input(folderInput)
  .output(folderSummaryDtoSchema)
  .query(({ ctx, input }) => getFolder(ctx.scope, input));
