// The organization's API keys (server side): format, create/list/revoke, the request's lookup.
export { generateApiKey, hashApiKey, isWellFormedApiKey } from './format.js';
export { createApiKey } from './create.js';
export { listApiKeys } from './list.js';
export { revokeApiKey } from './revoke.js';
export { apiKeyStatus } from './dto.js';
export { apiKeyNotFound } from './errors.js';
export { apiKeyActor, findApiKey, lastUsedResolutionMs, touchApiKeyLastUsed } from './lookup.js';
export type { ApiKeyRecord } from './lookup.js';
