import { ApiKey, findApiKeyBySecretHash, type EntityManager } from '@roster/db';
import { toScopeOrg } from '../organizations/limits.js';
import type { ApiKeyActor, ScopeOrg } from '../scope.js';
import type { ApiKeyScope } from '../vocabulary/api-key-scopes.js';
import { knownScopes } from './dto.js';
import { hashApiKey, isWellFormedApiKey } from './format.js';

/** A key as a request authenticates with it: what it may do, whether it still may, its organization. */
export interface ApiKeyRecord {
  id: string;
  name: string;
  orgId: string;
  scopes: ApiKeyScope[];
  /** null: every project of the organization, also future ones. */
  projectIds: string[] | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  org: ScopeOrg;
}

/**
 * The key `secret` names, with its organization (and effective limits), in one query; null for an
 * unknown key. A malformed secret or a bad checksum is null without a database read. Revoked and
 * expired keys are found too: the caller tells them apart (their own error reasons).
 */
export async function findApiKey(em: EntityManager, secret: string): Promise<ApiKeyRecord | null> {
  if (!isWellFormedApiKey(secret)) return null;
  const row = await findApiKeyBySecretHash(em, hashApiKey(secret));
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    orgId: row.org.id,
    scopes: knownScopes(row.scopes),
    projectIds: row.projectIds,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    lastUsedAt: row.lastUsedAt,
    org: toScopeOrg(row.org),
  };
}

/** The actor of a scope built for a request made with the key. */
export function apiKeyActor(record: ApiKeyRecord): ApiKeyActor {
  return {
    type: 'apiKey',
    id: record.id,
    name: record.name,
    scopes: record.scopes,
    projectIds: record.projectIds,
  };
}

/** How often a key's `last_used_at` is written at most. */
export const lastUsedResolutionMs = 60_000;

/**
 * Marks the key used at `now`, unless that was already done within the last minute: one
 * conditional update (never a write per request). Returns whether it wrote.
 */
export async function touchApiKeyLastUsed(em: EntityManager, apiKeyId: string, now: Date): Promise<boolean> {
  const staleBefore = new Date(now.getTime() - lastUsedResolutionMs);
  const changed = await em.nativeUpdate(
    ApiKey,
    { id: apiKeyId, $or: [{ lastUsedAt: null }, { lastUsedAt: { $lte: staleBefore } }] },
    { lastUsedAt: now },
  );
  return changed > 0;
}
