import { installPlugin, installPluginInput, installedPluginDtoSchema } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

/** Owners and admins: a plugin of the catalog; a webhook's secret is sent here only, once. */
export const installPluginProcedure = orgProcedure
  .input(installPluginInput)
  .output(installedPluginDtoSchema)
  .mutation(({ ctx, input }) =>
    installPlugin(ctx.scope, input, { allowPrivateWebhooks: ctx.deps.webhookAllowPrivate }),
  );
