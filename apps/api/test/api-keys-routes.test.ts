// Every /v1 route with an API key: allowed with the route's scope, 403 API_KEY_SCOPE_MISSING
// without it, and 404 — exactly as for a missing id — for another organization's resources and for
// projects outside the key's list.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, expectProblem, keyOrg, startKeyApi, withKey, type KeyOrg } from './api-keys-fixtures.js';
import { tusMetadata } from './upload-tus-client.js';
import type { Api, Reply } from './upload-fixtures.js';

let api: Api;
let org: KeyOrg;
let other: KeyOrg;
/** Keys of `org`: every scope; read only; usage only; content of Alpha only. Of `other`: every scope. */
const keys = { full: '', read: '', usage: '', alphaOnly: '', otherOrg: '' };
beforeAll(async () => {
  api = await startKeyApi();
  [org, other] = [await keyOrg(api, 'Keyed Co'), await keyOrg(api, 'Elsewhere')];
  const all = ['content:read', 'content:write', 'usage:read'] as const;
  keys.full = (await createKey(org, { scopes: [...all] })).secret;
  keys.read = (await createKey(org, { scopes: ['content:read'] })).secret;
  keys.usage = (await createKey(org, { scopes: ['usage:read'] })).secret;
  keys.alphaOnly = (
    await createKey(org, { scopes: ['content:read', 'content:write'], projectIds: [org.alpha] })
  ).secret;
  keys.otherOrg = (await createKey(other, { scopes: [...all] })).secret;
}, 60_000);
afterAll(async () => {
  await api?.close();
});

/** A folder (and a file in it) made in `projectId` with the full key, as an application makes them. */
async function content(projectId: string, key = keys.full) {
  const folder = await withKey(api, key, 'POST', `/v1/projects/${projectId}/folders`, {
    json: { name: `F ${randomUUID().slice(0, 8)}` },
  });
  expect(folder.status, folder.text).toBe(201);
  const folderId = (folder.json() as { id: string }).id;
  const bytes = Buffer.from(`bytes of ${folderId}`);
  const query = new URLSearchParams({ name: 'file.txt', folderId }).toString();
  const asset = await withKey(api, key, 'POST', `/v1/projects/${projectId}/assets?${query}`, {
    body: bytes,
    headers: { 'content-type': 'text/plain', 'content-length': bytes.length },
  });
  expect(asset.status, asset.text).toBe(201);
  return { folderId, assetId: (asset.json() as { id: string }).id, bytes };
}

type Content = Awaited<ReturnType<typeof content>>;

interface Route {
  name: string;
  method: string;
  scope: 'content:read' | 'content:write';
  path: (projectId: string, c: Content) => string;
  json?: (c: Content) => unknown;
  body?: Buffer;
  headers?: Record<string, string | number>;
  ok: number;
}

const upload = Buffer.from('raw body');
const routes: Route[] = [
  { name: 'items', method: 'GET', scope: 'content:read', path: (p) => `/v1/projects/${p}/items`, ok: 200 },
  {
    name: 'create folder',
    method: 'POST',
    scope: 'content:write',
    path: (p) => `/v1/projects/${p}/folders`,
    json: () => ({ name: `New ${randomUUID().slice(0, 8)}` }),
    ok: 201,
  },
  {
    name: 'rename folder',
    method: 'PATCH',
    scope: 'content:write',
    path: (_, c) => `/v1/folders/${c.folderId}`,
    json: () => ({ name: `Renamed ${randomUUID().slice(0, 8)}` }),
    ok: 200,
  },
  {
    name: 'zip',
    method: 'GET',
    scope: 'content:read',
    path: (_, c) => `/v1/folders/${c.folderId}/zip`,
    ok: 200,
  },
  { name: 'asset', method: 'GET', scope: 'content:read', path: (_, c) => `/v1/assets/${c.assetId}`, ok: 200 },
  {
    name: 'rename asset',
    method: 'PATCH',
    scope: 'content:write',
    path: (_, c) => `/v1/assets/${c.assetId}`,
    json: () => ({ name: `renamed-${randomUUID().slice(0, 8)}.txt` }),
    ok: 200,
  },
  {
    name: 'download',
    method: 'GET',
    scope: 'content:read',
    path: (_, c) => `/v1/assets/${c.assetId}/content`,
    ok: 200,
  },
  {
    name: 'download head',
    method: 'HEAD',
    scope: 'content:read',
    path: (_, c) => `/v1/assets/${c.assetId}/content`,
    ok: 200,
  },
  {
    name: 'raw upload',
    method: 'POST',
    scope: 'content:write',
    path: (p) => `/v1/projects/${p}/assets?name=raw-${randomUUID().slice(0, 8)}.bin`,
    body: upload,
    headers: { 'content-type': 'application/octet-stream', 'content-length': upload.length },
    ok: 201,
  },
  {
    name: 'tus creation',
    method: 'POST',
    scope: 'content:write',
    path: () => '/v1/uploads',
    headers: {} /* set per project below */,
    ok: 201,
  },
  {
    name: 'delete asset',
    method: 'DELETE',
    scope: 'content:write',
    path: (_, c) => `/v1/assets/${c.assetId}`,
    ok: 204,
  },
  {
    name: 'delete folder',
    method: 'DELETE',
    scope: 'content:write',
    path: (_, c) => `/v1/folders/${c.folderId}`,
    ok: 200,
  },
];

function call(route: Route, key: string, projectId: string, c: Content) {
  const headers: Record<string, string | number> =
    route.name === 'tus creation'
      ? {
          'tus-resumable': '1.0.0',
          'upload-length': 4,
          'upload-metadata': tusMetadata({ projectId, name: `tus-${randomUUID().slice(0, 8)}.bin` }),
          'content-length': 0,
        }
      : { ...route.headers };
  return withKey(api, key, route.method, route.path(projectId, c), {
    headers,
    ...(route.json ? { json: route.json(c) } : {}),
    ...(route.body ? { body: route.body } : {}),
  });
}

/** What the route answers for ids that do not exist at all. */
async function missing(route: Route) {
  const none = { folderId: randomUUID(), assetId: randomUUID(), bytes: Buffer.alloc(0) };
  return call(route, keys.full, randomUUID(), none);
}

/** The refusal: problem+json with its reason (a HEAD answer carries the status only). */
function refused(route: Route, reply: Reply, status: number, reason: string) {
  if (route.method === 'HEAD') return expect(reply.status).toBe(status);
  return expectProblem(reply, status, reason);
}

describe.each(routes)('$method $name', (route) => {
  it('allowed with its scope; 403 without it; 404 outside the key reach, like a missing id', async () => {
    const alpha = await content(org.alpha);
    const beta = await content(org.beta);
    const foreign = await content(other.alpha, keys.otherOrg);

    const lacking = route.scope === 'content:read' ? keys.usage : keys.read;
    const lacks = await call(route, lacking, org.alpha, alpha);
    expect(refused(route, lacks, 403, 'API_KEY_SCOPE_MISSING')).toMatchObject(
      route.method === 'HEAD' ? {} : { detail: expect.stringContaining(route.scope) },
    );

    const gone = await missing(route);
    expect(gone.status, gone.text).toBe(404);
    const reason = route.method === 'HEAD' ? '' : (gone.json() as { reason: string }).reason;
    refused(route, await call(route, keys.full, other.alpha, foreign), 404, reason);
    refused(route, await call(route, keys.otherOrg, org.alpha, alpha), 404, reason);
    refused(route, await call(route, keys.alphaOnly, org.beta, beta), 404, reason);

    const allowed = await call(
      route,
      route.scope === 'content:read' ? keys.read : keys.full,
      org.alpha,
      alpha,
    );
    expect(allowed.status, allowed.text).toBe(route.ok);
    const limited = await call(route, keys.alphaOnly, org.alpha, await content(org.alpha));
    expect(limited.status, limited.text).toBe(route.ok);
  });
});

describe('the download and the upload with a key', () => {
  it('downloads the bytes an application uploaded', async () => {
    const c = await content(org.alpha);
    const reply = await withKey(api, keys.read, 'GET', `/v1/assets/${c.assetId}/content`);
    expect(reply.status).toBe(200);
    expect(reply.text).toBe(c.bytes.toString());
  });

  it('tus: the key that created an upload resumes it; another key of the organization gets 404', async () => {
    const bytes = Buffer.from('resumable bytes');
    const created = await withKey(api, keys.full, 'POST', '/v1/uploads', {
      headers: {
        'tus-resumable': '1.0.0',
        'upload-length': bytes.length,
        'upload-metadata': tusMetadata({ projectId: org.alpha, name: 'resumed.txt' }),
        'content-length': 0,
      },
    });
    expect(created.status, created.text).toBe(201);
    const location = new URL(created.headers.location!, 'http://x').pathname;
    const tus = { 'tus-resumable': '1.0.0' };
    expect((await withKey(api, keys.alphaOnly, 'HEAD', location, { headers: tus })).status).toBe(404);
    const stranger = await withKey(api, keys.alphaOnly, 'PATCH', location, {
      body: bytes,
      headers: { ...tus, 'upload-offset': 0, 'content-type': 'application/offset+octet-stream' },
    });
    expectProblem(stranger, 404, 'UPLOAD_NOT_FOUND');
    expectProblem(
      await withKey(api, keys.read, 'PATCH', location, { headers: tus }),
      403,
      'API_KEY_SCOPE_MISSING',
    );
    const head = await withKey(api, keys.full, 'HEAD', location, { headers: tus });
    expect(head.status).toBe(200);
    expect(head.headers['upload-offset']).toBe('0');
    const patch = await withKey(api, keys.full, 'PATCH', location, {
      body: bytes,
      headers: {
        ...tus,
        'upload-offset': 0,
        'content-type': 'application/offset+octet-stream',
        'content-length': bytes.length,
      },
    });
    expect(patch.status, patch.text).toBe(200);
    expect(patch.json()).toMatchObject({ name: 'resumed.txt', size: bytes.length });
  });
});

describe('projects with a key', () => {
  const names = (reply: { json: () => unknown }) =>
    (reply.json() as { items: { name: string }[] }).items.map((p) => p.name).sort();

  it('lists the projects the key may reach; its organization is implied; another one is 404', async () => {
    expect(names(await withKey(api, keys.read, 'GET', '/v1/projects'))).toEqual(['Alpha', 'Beta', 'Library']);
    expect(names(await withKey(api, keys.alphaOnly, 'GET', '/v1/projects'))).toEqual(['Alpha']);
    const named = await withKey(api, keys.read, 'GET', `/v1/projects?orgId=${org.orgId}`);
    expect(names(named)).toEqual(['Alpha', 'Beta', 'Library']);
    const otherOrg = await withKey(api, keys.read, 'GET', `/v1/projects?orgId=${other.orgId}`);
    expect(otherOrg.status).toBe(404);
    expectProblem(await withKey(api, keys.usage, 'GET', '/v1/projects'), 403, 'API_KEY_SCOPE_MISSING');
  });
});
