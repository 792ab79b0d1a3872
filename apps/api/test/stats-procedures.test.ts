// Statistics (PRODUCT §8): an organization with known uploads and downloads made through /v1 (raw
// uploads, whole and ranged downloads, a zip), rolled up and recomputed, gives exactly the expected
// Overview and Users rows; who may read them; search, sort and paging; the CSV exports.
import { randomBytes } from 'node:crypto';
import { User, forkEm } from '@roster/db';
import { startRoster, type RunningRoster } from '@roster/testing/roster';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restClient, restPerson, restTeam, type RestClient, type RestTeam } from './rest-fixtures.js';
import { activityTotals, settle, trpcQuery } from './stats-fixtures.js';

let roster: RunningRoster;
let call: RestClient;
let t: RestTeam;
let admin: { userId: string; cookie: string };
let folderId: string;
const formula = '=HYPERLINK("http://evil.example","Click")';

const rawUpload = async (cookie: string, name: string, bytes: Buffer, folder?: string) => {
  const res = await fetch(
    `${roster.url}/v1/projects/${t.projectId}/assets?name=${name}${folder ? `&folderId=${folder}` : ''}`,
    {
      method: 'POST',
      headers: { cookie, origin: roster.url, 'content-type': 'application/octet-stream' },
      body: new Uint8Array(bytes),
    },
  );
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
};

const get = async (cookie: string, path: string, headers: Record<string, string> = {}) => {
  const res = await call('GET', path, { cookie, headers, origin: null });
  await res.arrayBuffer();
  return res.status;
};

beforeAll(async () => {
  roster = await startRoster({ worker: false });
  call = restClient(roster);
  t = await restTeam(roster);
  admin = await restPerson(roster, t.orgId, 'admin');
  await forkEm(roster.db.orm).nativeUpdate(User, { id: t.plain.userId }, { name: formula });
  const folder = await call('POST', `/v1/projects/${t.projectId}/folders`, {
    cookie: t.manager.cookie,
    body: { name: 'Plans' },
  });
  folderId = ((await folder.json()) as { id: string }).id;
  // The contributor uploads two files (100 and 50 bytes), the manager one (30 bytes, in Plans).
  const first = await rawUpload(t.contributor.cookie, 'a.bin', randomBytes(100));
  await rawUpload(t.contributor.cookie, 'b.bin', randomBytes(50));
  await rawUpload(t.manager.cookie, 'c.bin', randomBytes(30), folderId);
  // The viewer: two whole downloads, one range from byte 0 (a download), one resumed range (not).
  expect(await get(t.viewer.cookie, `/v1/assets/${first}/content`)).toBe(200);
  expect(await get(t.viewer.cookie, `/v1/assets/${first}/content`)).toBe(200);
  expect(await get(t.viewer.cookie, `/v1/assets/${first}/content`, { range: 'bytes=0-9' })).toBe(206);
  expect(await get(t.viewer.cookie, `/v1/assets/${first}/content`, { range: 'bytes=10-19' })).toBe(206);
  // A HEAD moves nothing and is no download.
  expect(
    (await call('HEAD', `/v1/assets/${first}/content`, { cookie: t.viewer.cookie, origin: null })).status,
  ).toBe(200);
  // The manager downloads the folder as a zip: one download.
  expect(await get(t.manager.cookie, `/v1/folders/${folderId}/zip`)).toBe(200);
  await settle(roster, t.orgId, 3, 4);
}, 120_000);
afterAll(async () => {
  await roster?.stop();
});

type Users = {
  computedAt: string | null;
  total: number;
  nextCursor: string | null;
  items: Record<string, unknown>[];
};
type Overview = Users & { totals: Record<string, unknown> };

describe('activity', () => {
  it('counts each upload and download once in activity_daily', async () => {
    const [uploads, downloads, bytesUploaded, bytesDownloaded] = await activityTotals(roster, t.orgId);
    expect([uploads, downloads, bytesUploaded]).toEqual([3, 4, 180]);
    // 100 + 100 + 10 + 10 bytes of the file, and the zip's bytes.
    expect(bytesDownloaded).toBeGreaterThan(220);
  });
});

describe('stats.users', () => {
  it('gives owners and admins exactly one row per member, with role, projects and activity', async () => {
    const { status, data } = await trpcQuery(roster, admin.cookie, 'stats.users', { orgId: t.orgId });
    expect(status).toBe(200);
    const users = data as Users;
    expect(users.computedAt).not.toBeNull();
    expect(users.total).toBe(6);
    const byId = new Map(users.items.map((u) => [u.userId, u]));
    const row = (userId: string) => {
      const u = byId.get(userId)!;
      return [u.role, u.projects, u.uploads, u.downloads, u.bytesUploaded];
    };
    expect(row(t.owner.userId)).toEqual(['owner', 0, 0, 0, 0]);
    expect(row(admin.userId)).toEqual(['admin', 0, 0, 0, 0]);
    expect(row(t.manager.userId)).toEqual(['member', 1, 1, 1, 30]);
    expect(row(t.contributor.userId)).toEqual(['member', 1, 2, 0, 150]);
    expect(row(t.viewer.userId)).toEqual(['member', 1, 0, 3, 0]);
    expect(row(t.plain.userId)).toEqual(['member', 0, 0, 0, 0]);
    expect(byId.get(t.plain.userId)!.name).toBe(formula);
    // Everyone has a session: last active is known.
    expect(users.items.every((u) => typeof u.lastActiveAt === 'string')).toBe(true);
    expect(byId.get(t.stranger.userId)).toBeUndefined();
  });

  it('searches name and email, sorts, and pages with a cursor and a total', async () => {
    const q = (input: object) =>
      trpcQuery(roster, t.owner.cookie, 'stats.users', { orgId: t.orgId, ...input }).then(
        (r) => r.data as Users,
      );
    const searched = await q({ search: 'HYPERLINK' });
    expect(searched.items.map((u) => u.userId)).toEqual([t.plain.userId]);
    expect(searched.total).toBe(1);
    const byUploads = await q({ sort: 'uploads', order: 'desc', limit: 2 });
    expect(byUploads.items.map((u) => u.userId)).toEqual([t.contributor.userId, t.manager.userId]);
    expect(byUploads.total).toBe(6);
    const seen: unknown[] = [];
    let cursor: string | null | undefined;
    do {
      const page = await q({ sort: 'email', limit: 4, ...(cursor ? { cursor } : {}) });
      expect(page.total).toBe(6);
      seen.push(...page.items.map((u) => u.email));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(6);
  });

  it('is FORBIDDEN to members, NOT_FOUND to another organization, BAD_REQUEST for bad input', async () => {
    expect((await trpcQuery(roster, t.viewer.cookie, 'stats.users', { orgId: t.orgId })).code).toBe(
      'FORBIDDEN',
    );
    expect((await trpcQuery(roster, t.viewer.cookie, 'stats.overview', { orgId: t.orgId })).code).toBe(
      'FORBIDDEN',
    );
    expect((await trpcQuery(roster, t.stranger.cookie, 'stats.users', { orgId: t.orgId })).code).toBe(
      'NOT_FOUND',
    );
    expect((await trpcQuery(roster, t.stranger.cookie, 'stats.overview', { orgId: t.orgId })).code).toBe(
      'NOT_FOUND',
    );
    for (const bad of [{ sort: 'password' }, { limit: 0 }, { cursor: 'abc' }, { order: 'up' }])
      expect((await trpcQuery(roster, t.owner.cookie, 'stats.users', { orgId: t.orgId, ...bad })).code).toBe(
        'BAD_REQUEST',
      );
  });
});

describe('stats.overview', () => {
  it('gives each project (archived ones too) and the totals', async () => {
    const { data } = await trpcQuery(roster, t.owner.cookie, 'stats.overview', {
      orgId: t.orgId,
      sort: 'assets',
      order: 'desc',
    });
    const overview = data as Overview;
    expect(overview.total).toBe(2); // Shelf and the Library
    const [shelf, library] = overview.items;
    expect(shelf).toMatchObject({
      projectId: t.projectId,
      name: 'Shelf',
      archived: false,
      members: 3,
      folders: 1,
      assets: 3,
      storageBytes: 180,
      uploads30d: 3,
      downloads30d: 4,
    });
    expect(shelf!.lastActivityAt).toEqual(expect.any(String));
    expect(library).toMatchObject({ members: 0, folders: 0, assets: 0, storageBytes: 0, uploads30d: 0 });
    expect(overview.totals).toMatchObject({
      members: 6,
      projects: 2,
      folders: 1,
      assets: 3,
      storageBytes: 180,
      uploads30d: 3,
      downloads30d: 4,
    });
  });

  it('is empty with computedAt null for an organization never computed', async () => {
    const other = await trpcQuery(roster, t.stranger.cookie, 'stats.overview', { orgId: t.stranger.orgId });
    expect(other.data).toMatchObject({ computedAt: null, items: [], total: 0, nextCursor: null });
  });
});

describe('CSV exports', () => {
  const csv = (cookie: string, which: string, orgId = t.orgId) =>
    call('GET', `/v1/exports/${which}.csv?orgId=${orgId}`, { cookie, origin: null });

  it('streams every member, escaping a name a spreadsheet would run', async () => {
    const res = await csv(admin.cookie, 'users');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="users-${t.orgId}.csv"`);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(
      text.startsWith(
        '\uFEFFuserId,name,email,role,projects,uploads,downloads,bytesUploaded,lastActiveAt\r\n',
      ),
    ).toBe(true);
    const lines = text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(7);
    const plain = lines.find((line) => line.startsWith(t.plain.userId))!;
    expect(plain).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    expect(lines.find((line) => line.startsWith(t.contributor.userId))).toMatch(/,member,1,2,0,150,/);
  });

  it('streams every project', async () => {
    const res = await csv(t.owner.cookie, 'overview');
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'projectId,name,archived,members,folders,assets,storageBytes,uploads30d,downloads30d,lastActivityAt',
    );
    expect(lines.find((line) => line.startsWith(t.projectId))).toMatch(
      /^[^,]+,Shelf,false,3,1,3,180,3,4,\d{4}-/,
    );
    expect(lines).toHaveLength(3);
  });

  it('is refused to members (403), another organization (404), no orgId (400), anonymous (401)', async () => {
    expect((await csv(t.viewer.cookie, 'users')).status).toBe(403);
    expect((await csv(t.viewer.cookie, 'overview')).status).toBe(403);
    expect((await csv(t.stranger.cookie, 'users')).status).toBe(404);
    expect(
      (await call('GET', '/v1/exports/users.csv', { cookie: t.owner.cookie, origin: null })).status,
    ).toBe(400);
    expect((await call('GET', `/v1/exports/users.csv?orgId=${t.orgId}`, { origin: null })).status).toBe(401);
  });
});
