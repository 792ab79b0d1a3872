import { renameAccount, renameAccountInput, userDtoSchema } from '@roster/core';
import { authedProcedure } from '../../trpc/procedures.js';

export const renameProcedure = authedProcedure
  .input(renameAccountInput)
  .output(userDtoSchema)
  .mutation(({ ctx, input }) => renameAccount(ctx.scope, input));
