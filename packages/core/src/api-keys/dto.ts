import type { ApiKey, User } from '@roster/db';
import { apiKeyScopes, type ApiKeyScope } from '../vocabulary/api-key-scopes.js';
import type { ApiKeyDto, ApiKeyStatus } from './schemas.js';

export interface NamedRef {
  id: string;
  name: string;
}

/** The facts of a key a DTO shows (an entity, or one with a change not flushed into it). */
export type ApiKeyFacts = Pick<
  ApiKey,
  'id' | 'name' | 'prefix' | 'scopes' | 'createdAt' | 'expiresAt' | 'lastUsedAt' | 'revokedAt'
>;

/** Revoked wins over expired: a revoked key stays revoked whatever its expiry. */
export function apiKeyStatus(key: Pick<ApiKey, 'expiresAt' | 'revokedAt'>, now: Date): ApiKeyStatus {
  if (key.revokedAt) return 'revoked';
  if (key.expiresAt && key.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'active';
}

/** The stored scopes that Roster knows, in the vocabulary's order. */
export function knownScopes(stored: readonly string[]): ApiKeyScope[] {
  return apiKeyScopes.filter((scope) => stored.includes(scope));
}

/** The key's creator as loaded with it (`populate: ['createdBy']`); null once deleted. */
export function creatorOf(key: Pick<ApiKey, 'createdBy'>): NamedRef | null {
  const user = key.createdBy?.getEntity() as User | undefined;
  return user ? { id: user.id, name: user.name } : null;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function toApiKeyDto(
  key: ApiKeyFacts,
  projects: NamedRef[] | null,
  createdBy: NamedRef | null,
  now: Date,
): ApiKeyDto {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    scopes: knownScopes(key.scopes),
    projects,
    createdBy,
    createdAt: key.createdAt.toISOString(),
    expiresAt: iso(key.expiresAt),
    lastUsedAt: iso(key.lastUsedAt),
    revokedAt: iso(key.revokedAt),
    status: apiKeyStatus(key, now),
  };
}
