import { DomainError, type ApiKeyRecord, type ApiKeyScope } from '@roster/core';
import type { FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The API-key scope a /v1 route needs (PRODUCT §6); sessions are checked by role instead. */
    scope?: ApiKeyScope;
  }
}

/**
 * The scope the route of `req` declares (`config: { scope }`); a route without one needs
 * `content:read` to read and `content:write` for anything else.
 */
export function requiredScope(req: FastifyRequest): ApiKeyScope {
  const declared = req.routeOptions.config.scope;
  if (declared) return declared;
  return req.method === 'GET' || req.method === 'HEAD' ? 'content:read' : 'content:write';
}

/** 403 API_KEY_SCOPE_MISSING unless the key carries the route's scope. */
export function assertKeyScope(req: FastifyRequest, key: ApiKeyRecord): void {
  const scope = requiredScope(req);
  if (!key.scopes.includes(scope))
    throw new DomainError(
      'API_KEY_SCOPE_MISSING',
      `This API key does not have the ${scope} scope this request needs.`,
      { scope },
    );
}
