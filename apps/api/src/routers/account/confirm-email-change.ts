import { confirmEmailChange, confirmEmailChangeInput, emailAddressDtoSchema } from '@roster/core';
import { publicProcedure } from '../../trpc/procedures.js';

/** The link from the new address: opened on any device, signed in or not. */
export const confirmEmailChangeProcedure = publicProcedure
  .input(confirmEmailChangeInput)
  .output(emailAddressDtoSchema)
  .mutation(({ ctx, input }) => confirmEmailChange(ctx.scope, input));
