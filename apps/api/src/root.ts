import { authRouter } from './routers/auth/router.js';
import { orgRouter } from './routers/org/router.js';
import { createCallerFactory, router } from './trpc/init.js';

export const appRouter = router({
  auth: authRouter,
  org: orgRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
