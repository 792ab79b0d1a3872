import { redeliver, redeliverInput, webhookDeliveryDtoSchema } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

/** Owners and admins: sends a delivery's event again (same event id), answered with the delivery. */
export const pluginRedeliverProcedure = orgProcedure
  .input(redeliverInput)
  .output(webhookDeliveryDtoSchema)
  .mutation(({ ctx, input }) => redeliver(ctx.scope, input));
