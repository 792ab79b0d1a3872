import { Membership, Project, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorOf, type Harness } from './harness.js';
import { assign, owner, person, team } from './project-fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const iso = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

describe('the Library project', () => {
  it('comes with the organization made at sign-up', async () => {
    const { caller, orgId } = await h.signUp();
    expect(await caller.project.list({ orgId })).toEqual([
      {
        id: expect.any(String),
        name: 'Library',
        description: 'The organization-wide content space.',
        visibility: 'organization',
        isLibrary: true,
        archivedAt: null,
        createdAt: iso,
        role: 'manager',
        memberCount: 0,
      },
    ]);
  });

  it('comes with every organization made with New Organization', async () => {
    const { caller } = await h.signUp();
    const org = await caller.org.create({ name: 'Second' });
    const projects = await caller.project.list({ orgId: org.id });
    expect(projects.map((p) => [p.name, p.isLibrary, p.visibility])).toEqual([
      ['Library', true, 'organization'],
    ]);
    expect(await forkEm(h.db.orm).count(Project, { organization: org.id, isLibrary: true })).toBe(1);
  });

  it('can be renamed and described, but keeps its visibility and cannot be archived', async () => {
    const { caller, orgId } = await h.signUp();
    const [library] = await caller.project.list({ orgId });
    const projectId = library!.id;
    expect(
      await caller.project.update({ orgId, projectId, name: 'Shared', visibility: 'organization' }),
    ).toMatchObject({
      name: 'Shared',
      isLibrary: true,
    });
    expect(await errorOf(caller.project.update({ orgId, projectId, visibility: 'members' }))).toMatchObject({
      code: 'PRECONDITION_FAILED',
      reason: 'LIBRARY_PROJECT_FIXED',
    });
    expect(await errorOf(caller.project.archive({ orgId, projectId }))).toMatchObject({
      code: 'PRECONDITION_FAILED',
      reason: 'LIBRARY_PROJECT_FIXED',
    });
    expect(await caller.project.get({ orgId, projectId })).toMatchObject({
      visibility: 'organization',
      archivedAt: null,
    });
  });
});

describe('project.create', () => {
  it('creates a project that the creator manages, with no one assigned', async () => {
    const { caller, orgId } = await h.signUp();
    const project = await caller.project.create({
      orgId,
      name: '  Launch  ',
      description: 'Line one\nline two',
      visibility: 'members',
    });
    expect(project).toEqual({
      id: expect.any(String),
      name: 'Launch',
      description: 'Line one\nline two',
      visibility: 'members',
      isLibrary: false,
      archivedAt: null,
      createdAt: iso,
      role: 'manager',
      memberCount: 0,
    });
    expect(await caller.project.get({ orgId, projectId: project.id })).toEqual(project);
  });

  it('rejects blank or overlong names, unknown visibilities and unprintable descriptions', async () => {
    const { caller, orgId } = await h.signUp();
    const base = { orgId, name: 'Fine', visibility: 'members' as const };
    for (const input of [
      { ...base, name: '   ' },
      { ...base, name: 'x'.repeat(101) },
      { ...base, name: 'a\nb' },
      { ...base, visibility: 'public' as unknown as 'members' },
      { ...base, description: 'x'.repeat(501) },
      { ...base, description: 'a\u0000b' },
      { ...base, description: '\ud800' },
    ]) {
      expect(await errorOf(caller.project.create(input))).toMatchObject({ code: 'BAD_REQUEST' });
    }
  });
});

describe('project.list', () => {
  it('puts the Library first, then the projects by name, ignoring case', async () => {
    const { caller, orgId } = await h.signUp();
    for (const name of ['beta', 'Alpha', 'Gamma', 'alpha 2'])
      await caller.project.create({ orgId, name, visibility: 'members' });
    expect((await caller.project.list({ orgId })).map((p) => p.name)).toEqual([
      'Library',
      'Alpha',
      'alpha 2',
      'beta',
      'Gamma',
    ]);
  });

  it('shows a plain member only the projects they are assigned to and organization-wide ones', async () => {
    const t = await team(h);
    const summary = async (who: keyof typeof t) =>
      (
        (await (t[who] as { caller: typeof t.owner.caller }).caller.project.list({ orgId: t.orgId })) ?? []
      ).map((p) => [p.name, p.role]);
    expect(await summary('plain')).toEqual([
      ['Library', 'contributor'],
      ['Open', 'contributor'],
    ]);
    expect(await summary('viewer')).toEqual([
      ['Library', 'contributor'],
      ['Open', 'contributor'],
      ['Restricted', 'viewer'],
    ]);
    expect(await summary('manager')).toEqual([
      ['Library', 'contributor'],
      ['Open', 'contributor'],
      ['Restricted', 'manager'],
    ]);
    for (const who of ['owner', 'admin'] as const)
      expect(await summary(who)).toEqual([
        ['Library', 'manager'],
        ['Open', 'manager'],
        ['Restricted', 'manager'],
      ]);
  });

  it('counts the members assigned to each project', async () => {
    const t = await team(h);
    const counts = (await t.owner.caller.project.list({ orgId: t.orgId })).map((p) => [
      p.name,
      p.memberCount,
    ]);
    expect(counts).toEqual([
      ['Library', 0],
      ['Open', 0],
      ['Restricted', 4],
    ]);
  });

  it('gives the effective role: an assigned manager of an organization-wide project manages it', async () => {
    const t = await team(h);
    await assign(h, t.orgId, t.open.id, t.plain.userId, 'manager');
    await assign(h, t.orgId, t.open.id, t.viewer.userId, 'viewer');
    const roleIn = async (who: typeof t.plain) =>
      (await who.caller.project.get({ orgId: t.orgId, projectId: t.open.id })).role;
    expect(await roleIn(t.plain)).toBe('manager');
    expect(await roleIn(t.viewer)).toBe('contributor');
  });
});

describe('organizations stay apart', () => {
  it('never lists another organization’s projects', async () => {
    const a = await owner(h, 'A');
    const b = await owner(h, 'B');
    await b.caller.project.create({ orgId: b.orgId, name: 'Secret', visibility: 'organization' });
    expect((await a.caller.project.list({ orgId: a.orgId })).map((p) => p.name)).toEqual(['Library']);
    // Someone in both sees each organization's own projects only.
    const both = await person(h, 'Both', a.orgId);
    const em = forkEm(h.db.orm);
    em.create(Membership, { organization: b.orgId, user: both.userId, role: 'member' });
    await em.flush();
    expect((await both.caller.project.list({ orgId: b.orgId })).map((p) => p.name)).toEqual([
      'Library',
      'Secret',
    ]);
    expect((await both.caller.project.list({ orgId: a.orgId })).map((p) => p.name)).toEqual(['Library']);
  });
});
