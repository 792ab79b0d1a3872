import { DomainError, type ApiKeyRecord, type ApiKeyScope } from '@roster/core';
import type { FastifyRequest } from 'fastify';

/**
 * 403 API_KEY_SCOPE_MISSING unless the key carries the scope the route declares
 * (`config: { scope }`, see plugin.ts). A route that declares none takes no key at all: every
 * route that authenticates declares its scope, so this only fails closed should one forget.
 */
export function assertKeyScope(req: FastifyRequest, key: ApiKeyRecord): void {
  const scope: ApiKeyScope | undefined = req.routeOptions.config.scope;
  if (!scope) throw new DomainError('API_KEY_SCOPE_MISSING', 'This route cannot be called with an API key.');
  if (!key.scopes.includes(scope))
    throw new DomainError(
      'API_KEY_SCOPE_MISSING',
      `This API key does not have the ${scope} scope this request needs.`,
      { scope },
    );
}
