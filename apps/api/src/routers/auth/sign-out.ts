import { z } from 'zod';
import { publicProcedure } from '../../trpc/procedures.js';
import { clearSessionCookie } from '../../trpc/session.js';

/** Ends this session on the server; harmless without one. */
export const signOutProcedure = publicProcedure.output(z.void()).mutation(async ({ ctx }) => {
  if (ctx.session) await ctx.deps.sessions.invalidateSession(ctx.session.id);
  clearSessionCookie(ctx);
});
