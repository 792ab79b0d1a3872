import { ApiKey, ApiKeyProject, Organization, User } from '@roster/db';
import { DomainError } from '../errors.js';
import { assertCan } from '../permissions/assert.js';
import { transact, type Scope } from '../scope.js';
import { knownScopes, toApiKeyDto, type NamedRef } from './dto.js';
import { generateApiKey } from './format.js';
import { loadKeyProjects } from './key-projects.js';
import { apiKeyMaxLifetimeDays, type CreateApiKeyInput, type CreatedApiKeyDto } from './schemas.js';

const dayMs = 24 * 60 * 60 * 1000;

/**
 * The expiry of a new key, checked against the request's time (the schema checked it against the
 * clock when the input was parsed).
 */
function expiryOf(expiresAt: string | undefined, now: Date): Date | null {
  if (expiresAt === undefined) return null;
  const at = new Date(expiresAt);
  const ms = at.getTime();
  if (!(ms > now.getTime()) || ms > now.getTime() + apiKeyMaxLifetimeDays * dayMs) {
    throw new DomainError('INVALID_INPUT', 'Choose a time in the future, at most two years ahead.', {
      field: 'expiresAt',
    });
  }
  return at;
}

/**
 * Owners and admins create a key for the organization: its secret is in the result only, once;
 * what is stored is its SHA-256. Limited to `projectIds` (active projects of the organization),
 * or, without them, every project including future ones.
 */
export async function createApiKey(
  scope: Scope,
  input: Omit<CreateApiKeyInput, 'orgId'>,
): Promise<CreatedApiKeyDto> {
  assertCan(scope, 'apiKey.manage');
  const expiresAt = expiryOf(input.expiresAt, scope.now);
  const projectIds = input.projectIds ? [...new Set(input.projectIds)] : null;
  const scopes = knownScopes(input.scopes);
  const creator: NamedRef | null =
    scope.actor.type === 'member' ? { id: scope.actor.id, name: scope.actor.name } : null;
  return transact(scope, async (tx) => {
    const projects = projectIds ? await loadKeyProjects(tx, projectIds) : null;
    const { secret, prefix, secretHash } = generateApiKey();
    const organization = tx.em.getReference(Organization, tx.org.id);
    const key = tx.em.create(ApiKey, {
      organization,
      name: input.name,
      prefix,
      secretHash,
      scopes,
      allProjects: projects === null,
      createdBy: creator ? tx.em.getReference(User, creator.id) : null,
      expiresAt,
      createdAt: tx.now,
      updatedAt: tx.now,
    });
    for (const project of projects ?? []) {
      tx.em.create(ApiKeyProject, { apiKey: key, project: project.id, organization });
    }
    await tx.em.flush();
    await tx.record('apiKey.created', {
      apiKeyId: key.id,
      name: key.name,
      scopes,
      projectIds: projects && projects.map((p) => p.id),
      expiresAt: expiresAt && expiresAt.toISOString(),
    });
    return { apiKey: toApiKeyDto(key, projects, creator, tx.now), secret };
  });
}
