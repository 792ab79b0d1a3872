import { router } from '../../trpc/init.js';
import { createApiKeyProcedure } from './create.js';
import { listApiKeysProcedure } from './list.js';
import { revokeApiKeyProcedure } from './revoke.js';

export const apiKeyRouter = router({
  list: listApiKeysProcedure,
  create: createApiKeyProcedure,
  revoke: revokeApiKeyProcedure,
});
