import { listDeliveries, listDeliveriesInput, webhookDeliveryPageDtoSchema } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

/** Owners and admins: a webhook's delivery log, newest first, each with its last attempts. */
export const pluginDeliveriesProcedure = orgProcedure
  .input(listDeliveriesInput)
  .output(webhookDeliveryPageDtoSchema)
  .query(({ ctx, input }) => listDeliveries(ctx.scope, input));
