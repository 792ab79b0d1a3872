// Projects for actors that are not members: Roster itself (worker, operator) manages every project,
// archived ones included; an API key sees its projects (never archived ones) by its scopes.
import {
  assertCan,
  createScope,
  getProject,
  listProjects,
  loadOrganization,
  updateProject,
} from '@roster/core';
import type { ApiKeyScope } from '@roster/core';
import { forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './harness.js';
import { team } from './project-fixtures.js';

function keyActor(scopes: ApiKeyScope[], projectIds: string[] | null) {
  return { type: 'apiKey', id: 'key-1', name: 'CI', scopes, projectIds } as const;
}

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

async function scopeAs(orgId: string, actor: Parameters<typeof createScope>[0]['actor']) {
  const em = forkEm(h.db.orm);
  return createScope({ em, jobs: h.deps.jobs, org: await loadOrganization(em, orgId), actor });
}

describe('projects for actors that are not members', () => {
  it('lets Roster itself see and manage every project, archived ones included', async () => {
    const t = await team(h);
    await t.owner.caller.project.archive({ orgId: t.orgId, projectId: t.open.id });
    const system = await scopeAs(t.orgId, { type: 'system', id: 'operator', name: 'Roster' });
    const all = await listProjects(system, { includeArchived: true });
    expect(all.map((p) => [p.name, p.role])).toEqual([
      ['Library', 'manager'],
      ['Open', 'manager'],
      ['Restricted', 'manager'],
    ]);
    expect((await listProjects(system, {})).map((p) => p.name)).toEqual(['Library', 'Restricted']);
    const renamed = await updateProject(system, { projectId: t.restricted.id, name: 'Renamed' });
    expect(renamed).toMatchObject({ name: 'Renamed', role: 'manager', memberCount: 4 });
  });

  it('shows an API key its projects: a manager with content:write, a viewer with content:read', async () => {
    const t = await team(h);
    const writer = await scopeAs(t.orgId, keyActor(['content:read', 'content:write'], null));
    expect((await listProjects(writer, {})).map((p) => [p.name, p.role])).toEqual([
      ['Library', 'manager'],
      ['Open', 'manager'],
      ['Restricted', 'manager'],
    ]);
    const reader = await scopeAs(t.orgId, keyActor(['content:read'], [t.restricted.id]));
    expect((await listProjects(reader, {})).map((p) => [p.name, p.role])).toEqual([['Restricted', 'viewer']]);
    await expect(getProject(reader, { projectId: t.open.id })).rejects.toMatchObject({
      reason: 'PROJECT_NOT_FOUND',
    });
    await expect(updateProject(reader, { projectId: t.restricted.id, name: 'No' })).rejects.toMatchObject({
      reason: 'PERMISSION_DENIED',
    });
  });

  it('shows a key without content scopes no project, and no key an archived one', async () => {
    const t = await team(h);
    const usageOnly = await scopeAs(t.orgId, keyActor(['usage:read'], null));
    expect(await listProjects(usageOnly, { includeArchived: true })).toEqual([]);
    expect(() => assertCan(usageOnly, 'usage.read')).not.toThrow();
    expect(() => assertCan(usageOnly, 'project.manage')).toThrow();
    await t.owner.caller.project.archive({ orgId: t.orgId, projectId: t.open.id });
    const writer = await scopeAs(t.orgId, keyActor(['content:write'], [t.open.id, t.restricted.id]));
    expect(() => assertCan(writer, 'usage.read')).toThrow();
    expect((await listProjects(writer, { includeArchived: true })).map((p) => p.name)).toEqual([
      'Restricted',
    ]);
    await expect(getProject(writer, { projectId: t.open.id })).rejects.toMatchObject({
      reason: 'PROJECT_NOT_FOUND',
    });
  });
});
