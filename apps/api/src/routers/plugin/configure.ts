import { configurePlugin, configurePluginInput, pluginDtoSchema } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

/** Owners and admins: a plugin's name and settings. */
export const configurePluginProcedure = orgProcedure
  .input(configurePluginInput)
  .output(pluginDtoSchema)
  .mutation(({ ctx, input }) =>
    configurePlugin(ctx.scope, input, { allowPrivateWebhooks: ctx.deps.webhookAllowPrivate }),
  );
