import { listSessions, sessionDtoSchema } from '@roster/core';
import { z } from 'zod';
import { authedProcedure } from '../../trpc/procedures.js';

/** Where the signed-in person is signed in, this device first. */
export const sessionsProcedure = authedProcedure
  .output(z.array(sessionDtoSchema))
  .query(({ ctx }) => listSessions(ctx.scope, ctx.session.id));
