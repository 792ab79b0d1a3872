import { createApiKey, createApiKeyInput, createdApiKeyDtoSchema } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

/** Owners and admins: a new key, with its secret (the only time it is ever sent). */
export const createApiKeyProcedure = orgProcedure
  .input(createApiKeyInput)
  .output(createdApiKeyDtoSchema)
  .mutation(({ ctx, input }) => createApiKey(ctx.scope, input));
