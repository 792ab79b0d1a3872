// Who may call each content procedure (PRODUCT.md §3's project table): every organization role ×
// project role, a member not assigned to the project, another organization's user, and no session.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadAsset } from './content-fixtures.js';
import { createHarness, errorOf, type Caller, type Harness } from './harness.js';
import { owner, team, type Team } from './project-fixtures.js';

let h: Harness;
let t: Team;
beforeAll(async () => {
  h = await createHarness();
  t = await team(h);
});
afterAll(() => h.close());

/** A folder (with a subfolder) and an asset made afresh for each call, so that a call that succeeds changes only its own. */
interface Target {
  orgId: string;
  projectId: string;
  folderId: string;
  subfolderId: string;
  assetId: string;
}

let made = 0;
async function freshTarget(projectId: string): Promise<Target> {
  const orgId = t.orgId;
  const n = ++made;
  const folder = await t.owner.caller.folder.create({ orgId, projectId, name: 'Box', onConflict: 'rename' });
  const sub = await t.owner.caller.folder.create({
    orgId,
    projectId,
    parentId: folder.id,
    name: `Inner ${n}`,
  });
  const asset = await uploadAsset(h, t.owner.userId, orgId, {
    projectId,
    folderId: folder.id,
    name: `notes-${n}.txt`,
  });
  return { orgId, projectId, folderId: folder.id, subfolderId: sub.id, assetId: asset.id };
}

type Call = (c: Caller, x: Target) => Promise<unknown>;
const calls: Record<string, Call> = {
  'content.list': (c, x) => c.content.list({ orgId: x.orgId, projectId: x.projectId, folderId: x.folderId }),
  'content.list (search)': (c, x) => c.content.list({ orgId: x.orgId, projectId: x.projectId, search: 'no' }),
  'folder.get': (c, x) => c.folder.get({ orgId: x.orgId, folderId: x.folderId }),
  'folder.create': (c, x) =>
    c.folder.create({ orgId: x.orgId, projectId: x.projectId, parentId: x.folderId, name: 'New' }),
  'folder.update (rename)': (c, x) =>
    c.folder.update({ orgId: x.orgId, folderId: x.subfolderId, name: 'Renamed' }),
  'folder.update (move)': (c, x) =>
    c.folder.update({ orgId: x.orgId, folderId: x.subfolderId, parentId: null }),
  'folder.delete': (c, x) => c.folder.delete({ orgId: x.orgId, folderId: x.folderId }),
  'asset.get': (c, x) => c.asset.get({ orgId: x.orgId, assetId: x.assetId }),
  'asset.update (rename)': (c, x) =>
    c.asset.update({ orgId: x.orgId, assetId: x.assetId, name: 'renamed.txt' }),
  'asset.update (move)': (c, x) => c.asset.update({ orgId: x.orgId, assetId: x.assetId, folderId: null }),
  'asset.delete': (c, x) => c.asset.delete({ orgId: x.orgId, assetId: x.assetId }),
};

type Outcome = 'ok' | 'FORBIDDEN' | 'NOT_FOUND';
const [ok, no, hidden] = ['ok', 'FORBIDDEN', 'NOT_FOUND'] as const;
const roles = ['owner', 'admin', 'manager', 'contributor', 'viewer', 'plain'] as const;

/** On the `members` project: owner, admin, then members assigned manager/contributor/viewer/nothing. */
const onRestricted: Record<string, Outcome[]> = {
  'content.list': [ok, ok, ok, ok, ok, hidden],
  'content.list (search)': [ok, ok, ok, ok, ok, hidden],
  'folder.get': [ok, ok, ok, ok, ok, hidden],
  'folder.create': [ok, ok, ok, ok, no, hidden],
  'folder.update (rename)': [ok, ok, ok, ok, no, hidden],
  'folder.update (move)': [ok, ok, ok, ok, no, hidden],
  'folder.delete': [ok, ok, ok, no, no, hidden],
  'asset.get': [ok, ok, ok, ok, ok, hidden],
  'asset.update (rename)': [ok, ok, ok, ok, no, hidden],
  'asset.update (move)': [ok, ok, ok, ok, no, hidden],
  'asset.delete': [ok, ok, ok, ok, no, hidden],
};
/** On the `organization` project, a member assigned to nothing is a contributor. */
const plainOnOpen = (name: string): Outcome => (name === 'folder.delete' ? no : ok);

/** `ok`, or the error's code, checking the reason it carries. */
async function outcomeOf(promise: Promise<unknown>): Promise<string> {
  const failed = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (failed === undefined) return ok;
  const error = await errorOf(Promise.reject(failed));
  if (error.code === 'FORBIDDEN') expect(error.reason).toBe('PERMISSION_DENIED');
  if (error.code === 'NOT_FOUND') expect(error.reason).toMatch(/^(PROJECT|ITEM)_NOT_FOUND$/);
  return error.code;
}

describe.each(Object.keys(calls))('%s', (name) => {
  const call = calls[name]!;
  it.each(roles.map((role, i) => ({ role, expected: onRestricted[name]![i]! })))(
    'as $role on a members-only project: $expected',
    async ({ role, expected }) => {
      const x = await freshTarget(t.restricted.id);
      expect(await outcomeOf(call(t[role].caller, x))).toBe(expected);
    },
  );

  it(`as an unassigned member on an organization-visible project: ${plainOnOpen(name)}`, async () => {
    const x = await freshTarget(t.open.id);
    expect(await outcomeOf(call(t.plain.caller, x))).toBe(plainOnOpen(name));
  });

  it('as a user of another organization: NOT_FOUND, like an id that does not exist', async () => {
    const x = await freshTarget(t.restricted.id);
    const outsider = await owner(h, 'Outsiders');
    // This organization's id: not theirs.
    const inOurs = await errorOf(call(outsider.caller, x));
    expect(inOurs).toMatchObject({ code: 'NOT_FOUND', reason: 'ORG_NOT_FOUND' });
    // Their own organization with this organization's ids: the same as made-up ids.
    const theirs = { ...x, orgId: outsider.orgId };
    const foreign = await errorOf(call(outsider.caller, theirs));
    expect(foreign.code).toBe('NOT_FOUND');
    const madeUp = {
      ...theirs,
      projectId: randomUUID(),
      folderId: randomUUID(),
      subfolderId: randomUUID(),
      assetId: randomUUID(),
    };
    expect(foreign).toEqual(await errorOf(call(outsider.caller, madeUp)));
    // And nothing changed: the owner still sees it all.
    expect(await t.owner.caller.asset.get({ orgId: t.orgId, assetId: x.assetId })).toMatchObject({
      id: x.assetId,
    });
  });

  it('signed out: UNAUTHORIZED', async () => {
    const x = await freshTarget(t.restricted.id);
    expect(await errorOf(call(await h.caller(), x))).toMatchObject({
      code: 'UNAUTHORIZED',
      reason: 'UNAUTHENTICATED',
    });
  });
});
