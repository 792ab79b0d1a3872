import { changePassword, changePasswordInput, endedSessionsDtoSchema } from '@roster/core';
import { authedProcedure } from '../../trpc/procedures.js';
import { authLimits } from '../../trpc/session.js';

/** A new password; every other session ends, this one stays signed in. */
export const changePasswordProcedure = authedProcedure
  .input(changePasswordInput)
  .output(endedSessionsDtoSchema)
  .mutation(({ ctx, input }) => changePassword(ctx.scope, input, authLimits(ctx), ctx.session.id));
