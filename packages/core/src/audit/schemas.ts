import { z } from 'zod';
import { plainText } from '../common/schemas.js';
import { orgIdSchema } from '../vocabulary/ids.js';
import { usageDaySchema } from '../usage/schemas.js';

/** How many audit records a page holds at most. */
export const auditPageMaxLimit = 100;

/**
 * `audit.list`: newest first. `actorId` is a user's or an API key's id; `action` an event name
 * (`member.role_changed`) or a family ending in a dot (`member.`); `from`/`to` UTC days, inclusive.
 */
export const auditListInput = z.object({
  orgId: orgIdSchema,
  actorId: plainText({ max: 64, error: 'Not a valid actor id.' }).optional(),
  action: z
    .string()
    .regex(/^[a-zA-Z_]+(\.[a-zA-Z_]*)?$/, { error: 'Not a valid action.' })
    .max(60, { error: 'Not a valid action.' })
    .optional(),
  from: usageDaySchema.optional(),
  to: usageDaySchema.optional(),
  cursor: plainText({ max: 200, error: 'Not a valid cursor.' }).optional(),
  limit: z.number().int().min(1).max(auditPageMaxLimit).optional(),
});
export type AuditListInput = z.infer<typeof auditListInput>;

export const auditActorTypes = ['user', 'apiKey', 'system'] as const;

export const auditRecordDtoSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  actor: z.object({
    type: z.enum(auditActorTypes),
    id: z.string().nullable(),
    name: z.string().nullable(),
  }),
  action: z.string(),
  target: z.object({
    type: z.string().nullable(),
    id: z.string().nullable(),
    name: z.string().nullable(),
  }),
  summary: z
    .object({
      before: z.record(z.string(), z.unknown()).optional(),
      after: z.record(z.string(), z.unknown()).optional(),
    })
    .nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
});
export type AuditRecordDto = z.infer<typeof auditRecordDtoSchema>;

export const auditPageDtoSchema = z.object({
  items: z.array(auditRecordDtoSchema),
  nextCursor: z.string().nullable(),
});
export type AuditPageDto = z.infer<typeof auditPageDtoSchema>;
