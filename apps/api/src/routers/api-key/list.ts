import { apiKeyDtoSchema, listApiKeys, listApiKeysInput } from '@roster/core';
import { z } from 'zod';
import { orgProcedure } from '../../trpc/procedures.js';

/** Owners and admins: the organization's keys, without secrets; active ones first, newest first. */
export const listApiKeysProcedure = orgProcedure
  .input(listApiKeysInput)
  .output(z.array(apiKeyDtoSchema))
  .query(({ ctx }) => listApiKeys(ctx.scope));
