import { endOtherSessions, endedSessionsDtoSchema } from '@roster/core';
import { authedProcedure } from '../../trpc/procedures.js';

/** Signs out every session of the signed-in person but this one. */
export const endOtherSessionsProcedure = authedProcedure
  .output(endedSessionsDtoSchema)
  .mutation(({ ctx }) => endOtherSessions(ctx.scope, ctx.session.id));
