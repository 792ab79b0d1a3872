/**
 * What an API key may do (PRODUCT.md §6): `content:read` acts as a viewer and `content:write` as a
 * manager of the key's projects; `usage:read` reads the organization's usage.
 */
export const apiKeyScopes = ['content:read', 'content:write', 'usage:read'] as const;
export type ApiKeyScope = (typeof apiKeyScopes)[number];

export const apiKeyScopeLabels: Record<ApiKeyScope, string> = {
  'content:read': 'Read content',
  'content:write': 'Write content',
  'usage:read': 'Read usage',
};
