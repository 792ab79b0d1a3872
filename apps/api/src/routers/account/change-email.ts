import { changeEmailInput, emailAddressDtoSchema, requestEmailChange } from '@roster/core';
import { authedProcedure } from '../../trpc/procedures.js';
import { authLimits } from '../../trpc/session.js';

/** Mails a confirmation link to the new address; the email changes once it is used. */
export const changeEmailProcedure = authedProcedure
  .input(changeEmailInput)
  .output(emailAddressDtoSchema)
  .mutation(({ ctx, input }) =>
    requestEmailChange(ctx.scope, input, { ...authLimits(ctx), emailLimiter: ctx.deps.resetLimiter }),
  );
