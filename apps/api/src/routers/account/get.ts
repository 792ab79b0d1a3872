import { accountDtoSchema, getAccount } from '@roster/core';
import { authedProcedure } from '../../trpc/procedures.js';

/** The signed-in person's account, and the new address waiting for confirmation. */
export const getProcedure = authedProcedure
  .output(accountDtoSchema)
  .query(({ ctx }) => getAccount(ctx.scope));
