import { z } from 'zod';
import { apiKeyScopes } from '../vocabulary/api-key-scopes.js';

const apiKeyId = z.uuid();

/** The organization's API keys (for the audit log). Never the secret, nor its hash. */
export const apiKeyEvents = {
  'apiKey.created': z.object({
    apiKeyId,
    name: z.string(),
    scopes: z.array(z.enum(apiKeyScopes)),
    /** The projects it is limited to; null = every project. */
    projectIds: z.array(z.uuid()).nullable(),
    expiresAt: z.iso.datetime().nullable(),
  }),
  'apiKey.revoked': z.object({ apiKeyId, name: z.string() }),
};
