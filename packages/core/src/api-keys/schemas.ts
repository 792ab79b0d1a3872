import { z } from 'zod';
import { singleLineText } from '../common/schemas.js';
import { apiKeyScopes } from '../vocabulary/api-key-scopes.js';
import { orgIdSchema, projectIdSchema } from '../vocabulary/ids.js';

/** How far ahead a key's expiry may be set. */
export const apiKeyMaxLifetimeDays = 730;
/** How many projects a key may be limited to (more: give it every project). */
export const apiKeyMaxProjects = 100;

export const apiKeyIdSchema = z.uuid({ error: 'Not a valid API key id.' });
export const apiKeyNameSchema = singleLineText({ max: 100, required: 'Enter a name.' }).pipe(
  z.string().min(1, { error: 'Enter a name.' }),
);
export const apiKeyScopeSchema = z.enum(apiKeyScopes, {
  error: 'Choose content:read, content:write or usage:read.',
});
export const apiKeyScopesSchema = z
  .array(apiKeyScopeSchema, { error: 'Choose at least one scope.' })
  .min(1, { error: 'Choose at least one scope.' })
  .max(apiKeyScopes.length, { error: 'Choose each scope at most once.' })
  .refine((scopes) => new Set(scopes).size === scopes.length, { error: 'Choose each scope at most once.' });

const dayMs = 24 * 60 * 60 * 1000;

/**
 * When a new key expires: an ISO date-time in the future, at most two years ahead. Checked against
 * the clock when parsed; core checks it again against the request's time.
 */
export const apiKeyExpirySchema = z.iso
  .datetime({ offset: true, error: 'Enter a date and time.' })
  .refine((at) => Date.parse(at) > Date.now(), { error: 'Choose a time in the future.' })
  .refine((at) => Date.parse(at) <= Date.now() + apiKeyMaxLifetimeDays * dayMs, {
    error: 'Choose a time at most two years ahead.',
  });

export const listApiKeysInput = z.object({ orgId: orgIdSchema });

/** `projectIds` omitted: every project of the organization, including future ones. */
export const createApiKeyInput = z.object({
  orgId: orgIdSchema,
  name: apiKeyNameSchema,
  scopes: apiKeyScopesSchema,
  projectIds: z
    .array(projectIdSchema)
    .min(1, { error: 'Choose at least one project, or all projects.' })
    .max(apiKeyMaxProjects, { error: `Choose at most ${apiKeyMaxProjects} projects, or all projects.` })
    .optional(),
  expiresAt: apiKeyExpirySchema.optional(),
});

export const revokeApiKeyInput = z.object({ orgId: orgIdSchema, apiKeyId: apiKeyIdSchema });

export type ListApiKeysInput = z.infer<typeof listApiKeysInput>;
export type CreateApiKeyInput = z.infer<typeof createApiKeyInput>;
export type RevokeApiKeyInput = z.infer<typeof revokeApiKeyInput>;

export const apiKeyStatuses = ['active', 'expired', 'revoked'] as const;
export type ApiKeyStatus = (typeof apiKeyStatuses)[number];

/** A key as listed: never its secret (nor its hash). */
export const apiKeyDtoSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  /** `rst_` and the first 4 characters of the key, to tell keys apart. */
  prefix: z.string(),
  scopes: z.array(z.enum(apiKeyScopes)),
  /** The projects it is limited to; null = every project, also future ones. */
  projects: z.array(z.object({ id: z.uuid(), name: z.string() })).nullable(),
  /** Who created it; null once that account is deleted (or when Roster itself did). */
  createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime().nullable(),
  /** When it was last used, to within a minute. */
  lastUsedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
  status: z.enum(apiKeyStatuses),
});
export type ApiKeyDto = z.infer<typeof apiKeyDtoSchema>;

/** A new key with its secret: the only time the secret is ever shown. */
export const createdApiKeyDtoSchema = z.object({ apiKey: apiKeyDtoSchema, secret: z.string() });
export type CreatedApiKeyDto = z.infer<typeof createdApiKeyDtoSchema>;
