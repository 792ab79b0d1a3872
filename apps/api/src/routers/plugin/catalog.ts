import { listPluginCatalog, pluginCatalogEntryDtoSchema, pluginCatalogInput } from '@roster/core';
import { z } from 'zod';
import { orgProcedure } from '../../trpc/procedures.js';

/** Everyone in the organization: the plugins that can be installed. */
export const pluginCatalogProcedure = orgProcedure
  .input(pluginCatalogInput)
  .output(z.array(pluginCatalogEntryDtoSchema))
  .query(({ ctx }) => listPluginCatalog(ctx.scope));
