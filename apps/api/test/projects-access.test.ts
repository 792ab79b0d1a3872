// Who may call each project procedure (PRODUCT.md §3): every organization role × project role,
// another organization's user, and no session at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorOf, type Caller, type Harness } from './harness.js';
import { owner, team, type Team } from './project-fixtures.js';

let h: Harness;
/** For calls that must fail or only read; calls that succeed in changing something get a fresh one. */
let shared: Team;
beforeAll(async () => {
  h = await createHarness();
  shared = await team(h);
});
afterAll(() => h.close());

type Call = (c: Caller, t: Team, projectId: string) => Promise<unknown>;

const reads = new Set(['project.list', 'project.get', 'project.member.list']);
const teamFor = async (name: string, expected: Outcome) =>
  expected === 'ok' && !reads.has(name) ? team(h) : shared;

const calls: Record<string, Call> = {
  'project.list': (c, t) => c.project.list({ orgId: t.orgId }),
  'project.get': (c, t, projectId) => c.project.get({ orgId: t.orgId, projectId }),
  'project.create': (c, t) => c.project.create({ orgId: t.orgId, name: 'New', visibility: 'members' }),
  'project.update (name, description)': (c, t, projectId) =>
    c.project.update({ orgId: t.orgId, projectId, name: 'Renamed', description: 'About it' }),
  'project.update (visibility)': (c, t, projectId) =>
    c.project.update({ orgId: t.orgId, projectId, visibility: 'organization' }),
  'project.archive': (c, t, projectId) => c.project.archive({ orgId: t.orgId, projectId }),
  'project.archive (restore)': (c, t, projectId) =>
    c.project.archive({ orgId: t.orgId, projectId, archived: false }),
  'project.member.list': (c, t, projectId) => c.project.member.list({ orgId: t.orgId, projectId }),
  'project.member.add': (c, t, projectId) =>
    c.project.member.add({ orgId: t.orgId, projectId, userId: t.candidate.userId, role: 'viewer' }),
  'project.member.updateRole': (c, t, projectId) =>
    c.project.member.updateRole({ orgId: t.orgId, projectId, userId: t.target.userId, role: 'manager' }),
  'project.member.remove': (c, t, projectId) =>
    c.project.member.remove({ orgId: t.orgId, projectId, userId: t.target.userId }),
};

type Outcome = 'ok' | 'FORBIDDEN' | 'NOT_FOUND';
const ok = 'ok';
const no = 'FORBIDDEN';
const hidden = 'NOT_FOUND';
const roles = ['owner', 'admin', 'manager', 'contributor', 'viewer', 'plain'] as const;

/** On the `members` project: owner, admin, then members assigned manager/contributor/viewer/nothing. */
const onRestricted: Record<string, [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome]> = {
  'project.list': [ok, ok, ok, ok, ok, ok],
  'project.get': [ok, ok, ok, ok, ok, hidden],
  'project.create': [ok, ok, no, no, no, no],
  'project.update (name, description)': [ok, ok, ok, no, no, hidden],
  'project.update (visibility)': [ok, ok, no, no, no, hidden],
  'project.archive': [ok, ok, no, no, no, no],
  'project.archive (restore)': [ok, ok, no, no, no, no],
  'project.member.list': [ok, ok, ok, ok, ok, hidden],
  'project.member.add': [ok, ok, ok, no, no, hidden],
  'project.member.updateRole': [ok, ok, ok, no, no, hidden],
  'project.member.remove': [ok, ok, ok, no, no, hidden],
};

/** On the `organization` project, a member assigned to nothing (effectively a contributor). */
const onOpenAsPlain: Record<string, Outcome> = {
  'project.get': ok,
  'project.update (name, description)': no,
  'project.update (visibility)': no,
  'project.archive': no,
  'project.member.list': ok,
  'project.member.add': no,
  'project.member.updateRole': no,
  'project.member.remove': no,
};

/** `ok`, or the error's code (checking that it carries the reason it should). */
async function outcomeOf(promise: Promise<unknown>): Promise<Outcome | string> {
  if (
    await promise.then(
      () => true,
      () => false,
    )
  )
    return ok;
  const error = await errorOf(promise);
  if (error.code === 'FORBIDDEN') expect(error.reason).toBe('PERMISSION_DENIED');
  if (error.code === 'NOT_FOUND') expect(error.reason).toBe('PROJECT_NOT_FOUND');
  return error.code;
}

describe.each(Object.keys(calls))('%s', (name) => {
  const call = calls[name]!;
  it.each(roles.map((role, i) => ({ role, expected: onRestricted[name]![i]! })))(
    'as $role on a members-only project: $expected',
    async ({ role, expected }) => {
      const t = await teamFor(name, expected);
      expect(await outcomeOf(call(t[role].caller, t, t.restricted.id))).toBe(expected);
    },
  );

  if (name in onOpenAsPlain)
    it(`as an unassigned member on an organization-visible project: ${onOpenAsPlain[name]}`, async () => {
      const t = await teamFor(name, onOpenAsPlain[name]!);
      expect(await outcomeOf(call(t.plain.caller, t, t.open.id))).toBe(onOpenAsPlain[name]);
    });

  it('as a user of another organization: NOT_FOUND, like an id that does not exist', async () => {
    const t = shared;
    const outsider = await owner(h, 'Outsiders');
    const inTheirOrg = await errorOf(call(outsider.caller, t, t.restricted.id));
    expect(inTheirOrg).toMatchObject({ code: 'NOT_FOUND', reason: 'ORG_NOT_FOUND' });
    expect(inTheirOrg).toEqual(
      await errorOf(call(outsider.caller, { ...t, orgId: crypto.randomUUID() }, t.restricted.id)),
    );
    if (name === 'project.list' || name === 'project.create') return;
    // Their own organization, with this organization's project id: the same as a made-up id.
    const mine = { ...t, orgId: outsider.orgId };
    const foreign = await errorOf(call(outsider.caller, mine, t.restricted.id));
    expect(foreign).toMatchObject({ code: 'NOT_FOUND', reason: 'PROJECT_NOT_FOUND' });
    expect(foreign).toEqual(await errorOf(call(outsider.caller, mine, crypto.randomUUID())));
  });

  it('signed out: UNAUTHORIZED', async () => {
    const t = shared;
    const anonymous = await h.caller();
    expect(await errorOf(call(anonymous, t, t.restricted.id))).toMatchObject({
      code: 'UNAUTHORIZED',
      reason: 'UNAUTHENTICATED',
    });
  });
});
