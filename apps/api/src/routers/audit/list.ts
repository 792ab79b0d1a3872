import { auditListInput, auditPageDtoSchema, listAuditRecords } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

/** Owners and admins: a page of the audit log, newest first, filtered by actor, action and days. */
export const listAuditProcedure = orgProcedure
  .input(auditListInput)
  .output(auditPageDtoSchema)
  .query(({ ctx, input }) => listAuditRecords(ctx.scope, input));
