import { ApiKey } from '@roster/db';
import { assertCan } from '../permissions/assert.js';
import type { Scope } from '../scope.js';
import { creatorOf, toApiKeyDto } from './dto.js';
import { projectsOfKeys } from './key-projects.js';
import type { ApiKeyDto } from './schemas.js';

/** The organization's keys, never with a secret: active ones first, then newest first. */
export async function listApiKeys(scope: Scope): Promise<ApiKeyDto[]> {
  assertCan(scope, 'apiKey.manage');
  const { em, org, now } = scope;
  const keys = await em.find(
    ApiKey,
    { organization: org.id },
    { populate: ['createdBy'], orderBy: { createdAt: 'desc', id: 'asc' } },
  );
  const limited = keys.filter((key) => !key.allProjects).map((key) => key.id);
  const projects = await projectsOfKeys(em, org.id, limited);
  const dtos = keys.map((key) =>
    toApiKeyDto(key, key.allProjects ? null : (projects.get(key.id) ?? []), creatorOf(key), now),
  );
  const rank = (dto: ApiKeyDto) => (dto.status === 'active' ? 0 : 1);
  // A stable sort: keys of the same rank stay newest first.
  return dtos.sort((a, b) => rank(a) - rank(b));
}
