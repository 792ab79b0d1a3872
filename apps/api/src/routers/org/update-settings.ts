import { updateOrgSettingsInput, updateOrganizationSettings } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

export const updateOrgSettingsProcedure = orgProcedure
  .input(updateOrgSettingsInput)
  .mutation(({ ctx, input }) => updateOrganizationSettings(ctx.em, ctx.membership, input));
