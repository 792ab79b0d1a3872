import { emailAddressDtoSchema, verifyEmail, verifyEmailInput } from '@roster/core';
import { publicProcedure } from '../../trpc/procedures.js';

/** The confirmation link: no session needed (it may be opened on another device). */
export const verifyEmailProcedure = publicProcedure
  .input(verifyEmailInput)
  .output(emailAddressDtoSchema)
  .mutation(({ ctx, input }) => verifyEmail(ctx.scope, input));
