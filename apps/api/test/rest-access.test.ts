// /v1 over real HTTP: who may call what (PRODUCT §3, §6) and the Origin rule for a session's changes.
import { startRoster, type RunningRoster } from '@roster/testing/roster';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  problemOf,
  restClient,
  restPlans,
  restTeam,
  type RestClient,
  type RestTeam,
} from './rest-fixtures.js';

let roster: RunningRoster;
let call: RestClient;
let t: RestTeam;
let folderId: string;
let assetId: string;

beforeAll(async () => {
  roster = await startRoster({ worker: false });
  call = restClient(roster);
  t = await restTeam(roster);
  ({ folderId, assetId } = await restPlans(roster, call, t));
}, 60_000);
afterAll(async () => {
  await roster?.stop();
});

const reads = () => [
  ['GET', `/v1/projects/${t.projectId}/items`],
  ['GET', `/v1/assets/${assetId}`],
  ['GET', `/v1/assets/${assetId}/content`],
  ['GET', `/v1/folders/${folderId}/zip`],
];
const writes = () =>
  [
    ['POST', `/v1/projects/${t.projectId}/folders`, { name: 'New' }],
    ['PATCH', `/v1/folders/${folderId}`, { name: 'Renamed' }],
    ['DELETE', `/v1/folders/${folderId}`],
    ['PATCH', `/v1/assets/${assetId}`, { name: 'renamed.txt' }],
    ['DELETE', `/v1/assets/${assetId}`],
  ] as [string, string, unknown?][];

describe('who may call', () => {
  it('without a session: 401 on every route', async () => {
    for (const [method, path] of [...reads(), ...writes(), ['GET', `/v1/projects?orgId=${t.orgId}`]])
      expect((await problemOf(await call(method!, path!), 401)).reason).toBe('UNAUTHENTICATED');
  });

  it('a member of another organization: 404, exactly as for an id that does not exist', async () => {
    const missing = '6f1f7c36-0d6c-4f6e-9a55-2d0b8f0e7a11';
    for (const [method, path, body] of [...reads(), ...writes()]) {
      const theirs = await problemOf(await call(method!, path!, { cookie: t.stranger.cookie, body }), 404);
      const none = await problemOf(
        await call(method!, path!.replace(/[0-9a-f-]{36}/, missing), { cookie: t.stranger.cookie, body }),
        404,
      );
      expect(theirs).toEqual(none);
      // …and as core answers a member of the organization asking for an id that does not exist.
      const missingForMember = await problemOf(
        await call(method!, path!.replace(/[0-9a-f-]{36}/, missing), { cookie: t.manager.cookie, body }),
        404,
      );
      expect(theirs).toEqual(missingForMember);
    }
    await problemOf(await call('GET', `/v1/projects?orgId=${t.orgId}`, { cookie: t.stranger.cookie }), 404);
  });

  it('a member not assigned to the project: 404 on its content', async () => {
    for (const [method, path, body] of [...reads(), ...writes()])
      expect(
        (await problemOf(await call(method!, path!, { cookie: t.plain.cookie, body }), 404)).reason,
      ).toMatch(/_NOT_FOUND$/);
  });

  it('a viewer reads but changes nothing: 403 on every change', async () => {
    for (const [method, path] of reads())
      expect((await call(method!, path!, { cookie: t.viewer.cookie })).status).toBe(200);
    for (const [method, path, body] of writes())
      expect(
        (await problemOf(await call(method!, path!, { cookie: t.viewer.cookie, body }), 403)).reason,
      ).toBe('PERMISSION_DENIED');
  });

  it('a contributor creates and moves but does not delete folders (managers do)', async () => {
    const created = await call('POST', `/v1/projects/${t.projectId}/folders`, {
      cookie: t.contributor.cookie,
      body: { name: 'Drafts' },
    });
    expect(created.status).toBe(201);
    const drafts = (await created.json()) as { id: string; name: string; kind: string; parentId: null };
    expect(drafts).toMatchObject({ kind: 'folder', name: 'Drafts', parentId: null, projectId: t.projectId });
    await problemOf(await call('DELETE', `/v1/folders/${drafts.id}`, { cookie: t.contributor.cookie }), 403);
    const gone = await call('DELETE', `/v1/folders/${drafts.id}`, { cookie: t.manager.cookie });
    expect(gone.status).toBe(200);
    expect(await gone.json()).toMatchObject({
      id: drafts.id,
      name: 'Drafts',
      folders: 0,
      assets: 0,
      bytes: 0,
    });
  });
});

describe('a session changing things', () => {
  it('needs the Origin of the app (403 without it or with another)', async () => {
    for (const origin of [null, 'https://evil.example', `${roster.url}.evil.example`, 'null']) {
      const res = await call('POST', `/v1/projects/${t.projectId}/folders`, {
        cookie: t.manager.cookie,
        body: { name: 'Forged' },
        origin,
      });
      expect((await problemOf(res, 403)).reason).toBe('CSRF_ORIGIN_MISMATCH');
    }
    // Reads need none (a download link, an <a href>).
    expect(
      (await call('GET', `/v1/assets/${assetId}`, { cookie: t.manager.cookie, origin: null })).status,
    ).toBe(200);
  });
});
