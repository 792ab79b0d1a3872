import { pluginDtoSchema, uninstallPlugin, uninstallPluginInput } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

/** Owners and admins: removes a plugin (with its delivery log); answers with it as it was. */
export const uninstallPluginProcedure = orgProcedure
  .input(uninstallPluginInput)
  .output(pluginDtoSchema)
  .mutation(({ ctx, input }) => uninstallPlugin(ctx.scope, input));
