import { emailAddressDtoSchema, resendVerification } from '@roster/core';
import { authedProcedure } from '../../trpc/procedures.js';

/** Another confirmation email to the signed-in user's address, within a cooldown. */
export const resendVerificationProcedure = authedProcedure
  .output(emailAddressDtoSchema)
  .mutation(({ ctx }) => resendVerification(ctx.scope));
