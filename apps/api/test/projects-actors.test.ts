// Projects for actors that are not members: Roster itself (worker, operator) manages every project,
// archived ones included; an API key sees none until API keys get their scopes.
import { createScope, getProject, listProjects, loadOrganization, updateProject } from '@roster/core';
import { forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './harness.js';
import { team } from './project-fixtures.js';

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

  it('shows an API key no project: each answers like a missing one', async () => {
    const t = await team(h);
    const key = await scopeAs(t.orgId, { type: 'apiKey', id: 'key-1', name: 'CI' });
    expect(await listProjects(key, { includeArchived: true })).toEqual([]);
    await expect(getProject(key, { projectId: t.open.id })).rejects.toMatchObject({
      reason: 'PROJECT_NOT_FOUND',
    });
  });
});
