import { DomainError, isDomainError, isWellFormedApiKey, type ApiKeyRecord } from '@roster/core';
import { forkEm } from '@roster/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../deps.js';
import type { ApiKeyPrincipal } from './auth.js';
import { guardKeyRequest, keyRevoked } from './guard.js';
import { assertKeyScope } from './guard-scope.js';

/** `Authorization: Bearer <token>` → the token; anything else in that header → null. */
export function bearerToken(header: string): string | null {
  const match = /^Bearer +(\S+) *$/i.exec(header);
  return match ? match[1]! : null;
}

function keyInvalid(reply: FastifyReply): DomainError {
  reply.header('www-authenticate', 'Bearer error="invalid_token"');
  return new DomainError(
    'API_KEY_INVALID',
    'This API key is not valid. Send it whole as "Authorization: Bearer rst_…".',
  );
}

/** 401 for a key that no longer works (revoked or expired), else nothing. */
function assertKeyLive(reply: FastifyReply, key: ApiKeyRecord, now: Date): void {
  if (key.revokedAt) {
    reply.header('www-authenticate', 'Bearer error="invalid_token"');
    throw keyRevoked();
  }
  if (key.expiresAt && key.expiresAt.getTime() <= now.getTime()) {
    reply.header('www-authenticate', 'Bearer error="invalid_token"');
    throw new DomainError(
      'API_KEY_EXPIRED',
      'This API key has expired. An owner or admin of the organization can create a new one.',
    );
  }
}

/**
 * The API key of a Bearer request: its checksum (a typo costs no lookup), the key (cached), not
 * revoked or expired, the guard's limits, then the route's scope. The request is marked as the
 * key's call (usage) and the key's "last used" is noted once the answer has gone.
 */
export async function authenticateKey(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: Deps,
  header: string,
): Promise<ApiKeyPrincipal> {
  const token = bearerToken(header);
  if (!token || !isWellFormedApiKey(token)) throw keyInvalid(reply);
  const now = deps.clock();
  const found = await deps.apiKeys.find(token);
  if (!found) throw keyInvalid(reply);
  assertKeyLive(reply, found, now);
  // Redis away: neither the revocation marker nor the cache can be trusted; the row can.
  const key = (await guarded(req, reply, deps, found, now)) ? found : await freshKey(reply, deps, token, now);
  countAsKeyCall(req, key);
  noteUse(req, reply, deps, key.id, now);
  assertKeyScope(req, key);
  return { type: 'apiKey', key, em: forkEm(deps.orm), usage: req.usage };
}

/** The guard's verdict (false: Redis could not be asked); a 429 still counts as the key's request. */
async function guarded(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: Deps,
  key: ApiKeyRecord,
  now: Date,
): Promise<boolean> {
  try {
    return await guardKeyRequest(req, reply, deps, key, now);
  } catch (error) {
    if (isDomainError(error) && error.reason === 'API_KEY_REVOKED')
      reply.header('www-authenticate', 'Bearer error="invalid_token"');
    else if (req.usage.limited) countAsKeyCall(req, key);
    throw error;
  }
}

async function freshKey(reply: FastifyReply, deps: Deps, token: string, now: Date): Promise<ApiKeyRecord> {
  const key = await deps.apiKeys.find(token, { fresh: true });
  if (!key) throw keyInvalid(reply);
  assertKeyLive(reply, key, now);
  return key;
}

function countAsKeyCall(req: FastifyRequest, key: ApiKeyRecord): void {
  req.usage.apiKeyId = key.id;
  req.usage.orgId = key.orgId;
}

/** Once the answer has gone (or the client left), the key's "last used" — never failing a request. */
function noteUse(req: FastifyRequest, reply: FastifyReply, deps: Deps, apiKeyId: string, now: Date): void {
  reply.raw.once('close', () => {
    deps.apiKeys
      .markUsed(apiKeyId, now)
      .catch((error: unknown) => req.log.warn({ err: error, apiKeyId }, 'API key last use not written'));
  });
}
