import { orgDtoSchema, updateOrgSettingsInput, updateOrganizationSettings } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

export const updateOrgSettingsProcedure = orgProcedure
  .input(updateOrgSettingsInput)
  .output(orgDtoSchema)
  .mutation(({ ctx, input }) => updateOrganizationSettings(ctx.scope, input));
