import { listPlugins, listPluginsInput, pluginDtoSchema } from '@roster/core';
import { z } from 'zod';
import { orgProcedure } from '../../trpc/procedures.js';

/** Everyone in the organization: the installed plugins, never a secret. */
export const listPluginsProcedure = orgProcedure
  .input(listPluginsInput)
  .output(z.array(pluginDtoSchema))
  .query(({ ctx }) => listPlugins(ctx.scope));
