import { ApiKey } from '@roster/db';
import { assertCan } from '../permissions/assert.js';
import { transact, type Scope } from '../scope.js';
import { creatorOf, toApiKeyDto } from './dto.js';
import { apiKeyNotFound } from './errors.js';
import { projectsOfKeys } from './key-projects.js';
import type { ApiKeyDto, RevokeApiKeyInput } from './schemas.js';

/**
 * Owners and admins revoke a key of the organization: refused from its next request on (the API
 * announces the revocation to every process). Revoking a revoked key changes nothing.
 */
export async function revokeApiKey(
  scope: Scope,
  input: Pick<RevokeApiKeyInput, 'apiKeyId'>,
): Promise<ApiKeyDto> {
  assertCan(scope, 'apiKey.manage');
  return transact(scope, async (tx) => {
    const { em, org, now, actor } = tx;
    const key = await em.findOne(
      ApiKey,
      { id: input.apiKeyId, organization: org.id },
      { populate: ['createdBy'] },
    );
    if (!key) throw apiKeyNotFound();
    let revokedAt = key.revokedAt;
    if (!revokedAt) {
      // Conditional, so that of two revocations at once only one records the event.
      const revokedBy = actor.type === 'member' ? actor.id : null;
      const changed = await em.nativeUpdate(
        ApiKey,
        { id: key.id, revokedAt: null },
        { revokedAt: now, revokedBy, updatedAt: now },
      );
      if (changed > 0) {
        revokedAt = now;
        await tx.record('apiKey.revoked', { apiKeyId: key.id, name: key.name });
      } else {
        revokedAt = (await em.refreshOrFail(key)).revokedAt;
      }
    }
    const projects = key.allProjects
      ? null
      : ((await projectsOfKeys(em, org.id, [key.id])).get(key.id) ?? []);
    return toApiKeyDto({ ...key, revokedAt }, projects, creatorOf(key), now);
  });
}
