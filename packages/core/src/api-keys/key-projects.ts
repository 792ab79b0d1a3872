import { ApiKeyProject, Project, type EntityManager } from '@roster/db';
import { projectNotFound } from '../projects/load.js';
import type { Scope } from '../scope.js';
import type { NamedRef } from './dto.js';

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const sortByName = (projects: NamedRef[]) =>
  projects.sort((a, b) => byName.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));

/**
 * The projects a new key is limited to, by id: each must be an active project of the scope's
 * organization. Another organization's, an archived or a missing one answers PROJECT_NOT_FOUND
 * alike.
 */
export async function loadKeyProjects(scope: Scope, projectIds: readonly string[]): Promise<NamedRef[]> {
  const projects = await scope.em.find(
    Project,
    { id: { $in: [...projectIds] }, organization: scope.org.id, archivedAt: null },
    { fields: ['id', 'name'] },
  );
  if (projects.length !== projectIds.length) throw projectNotFound();
  return sortByName(projects.map(({ id, name }) => ({ id, name })));
}

/** The projects of each of `apiKeyIds` (keys limited to some projects), by key id, in one query. */
export async function projectsOfKeys(
  em: EntityManager,
  orgId: string,
  apiKeyIds: readonly string[],
): Promise<Map<string, NamedRef[]>> {
  const byKey = new Map<string, NamedRef[]>();
  if (apiKeyIds.length === 0) return byKey;
  const rows = await em.find(
    ApiKeyProject,
    { organization: orgId, apiKey: { $in: [...apiKeyIds] } },
    { populate: ['project'], fields: ['apiKey', 'project.id', 'project.name'] },
  );
  for (const row of rows) {
    const list = byKey.get(row.apiKey.id) ?? [];
    list.push({ id: row.project.id, name: row.project.getEntity().name });
    byKey.set(row.apiKey.id, list);
  }
  for (const list of byKey.values()) sortByName(list);
  return byKey;
}
