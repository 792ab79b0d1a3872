import { accountRouter } from './routers/account/router.js';
import { apiKeyRouter } from './routers/api-key/router.js';
import { assetRouter } from './routers/asset/router.js';
import { authRouter } from './routers/auth/router.js';
import { contentRouter } from './routers/content/router.js';
import { folderRouter } from './routers/folder/router.js';
import { invitationRouter } from './routers/invitation/router.js';
import { memberRouter } from './routers/member/router.js';
import { notificationRouter } from './routers/notification/router.js';
import { orgRouter } from './routers/org/router.js';
import { projectRouter } from './routers/project/router.js';
import { usageRouter } from './routers/usage/router.js';
import { auditRouter } from './routers/audit/router.js';
import { pluginRouter } from './routers/plugin/router.js';
import { statsRouter } from './routers/stats/router.js';
import { createCallerFactory, router } from './trpc/init.js';

export const appRouter = router({
  auth: authRouter,
  account: accountRouter,
  org: orgRouter,
  member: memberRouter,
  invitation: invitationRouter,
  notification: notificationRouter,
  project: projectRouter,
  content: contentRouter,
  folder: folderRouter,
  asset: assetRouter,
  apiKey: apiKeyRouter,
  usage: usageRouter,
  stats: statsRouter,
  audit: auditRouter,
  plugin: pluginRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
