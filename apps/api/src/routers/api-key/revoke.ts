import { DomainError, apiKeyDtoSchema, revokeApiKey, revokeApiKeyInput } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

const notAnnounced = () =>
  new DomainError(
    'SERVICE_UNAVAILABLE',
    'The key is revoked, but not every server has been told yet. Revoke it again in a moment.',
    { retryAfterSeconds: 1 },
  );

/**
 * Owners and admins revoke a key. Once the database says so, every API process is told, so the
 * key is refused on its very next request wherever it arrives. Revoking a revoked key announces
 * it again: that is how an announcement that failed (Redis away) is made good.
 */
export const revokeApiKeyProcedure = orgProcedure
  .input(revokeApiKeyInput)
  .output(apiKeyDtoSchema)
  .mutation(async ({ ctx, input }) => {
    const apiKey = await revokeApiKey(ctx.scope, input);
    await ctx.deps.apiKeys.announceRevoked(apiKey.id).catch(() => {
      throw notAnnounced();
    });
    return apiKey;
  });
