// /v1/openapi.json (PRODUCT §6): a valid OpenAPI 3.1 document generated from the routes' schemas,
// naming every /v1 route, and true to what the routes answer: a contract walk makes a real request
// per documented operation (as a session and as an API key) and checks each answer against it.
import { randomUUID } from 'node:crypto';
import { validate } from '@scalar/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, keyOrg, startKeyApi, type KeyOrg } from './api-keys-fixtures.js';
import {
  callAs,
  contractBreach,
  operationsOf,
  type Credential,
  type OpenApiDocument,
  type WalkRequest,
} from './openapi-walk.js';
import { cookieOf, send, type Api } from './upload-fixtures.js';

let api: Api;
let org: KeyOrg;
let doc: OpenApiDocument;
let session: Credential;
let key: Credential;

beforeAll(async () => {
  api = await startKeyApi();
  org = await keyOrg(api, 'Walked Co');
  session = { cookie: await cookieOf(api, org.userId) };
  key = { key: (await createKey(org, { scopes: ['content:read', 'content:write', 'usage:read'] })).secret };
  doc = (await send(api, 'GET', '/v1/openapi.json')).json() as OpenApiDocument;
}, 60_000);
afterAll(async () => {
  await api?.close();
});

const json = (body: unknown): Partial<WalkRequest> => ({
  body: Buffer.from(JSON.stringify(body)),
  headers: { 'content-type': 'application/json' },
});
const b64 = (value: string) => Buffer.from(value).toString('base64');
const tus = { 'tus-resumable': '1.0.0' };

/** A tus upload of 5 bytes into Alpha, started by `who`: its id. */
async function tusUpload(who: Credential, name: string): Promise<string> {
  const res = await callAs(api, who, 'POST', {
    path: '/uploads',
    headers: {
      ...tus,
      'upload-length': '5',
      'upload-metadata': `projectId ${b64(org.alpha)},name ${b64(name)}`,
    },
  });
  expect(res.status, res.text).toBe(201);
  return String(res.headers.location).split('/').at(-1)!;
}

/** What the walk acts on, made through /v1 by `who`: a folder, a file in it, two tus uploads. */
async function seed(who: Credential, label: string) {
  const folder = await callAs(api, who, 'POST', {
    path: `/projects/${org.alpha}/folders`,
    ...json({ name: label }),
  });
  const folderId = (folder.json() as { id: string }).id;
  const file = await callAs(api, who, 'POST', {
    path: `/projects/${org.alpha}/assets`,
    query: { name: `${label}.txt`, folderId },
    body: Buffer.from('walked'),
    headers: { 'content-type': 'application/octet-stream' },
  });
  const assetId = (file.json() as { id: string }).id;
  return {
    folderId,
    assetId,
    uploadId: await tusUpload(who, `${label}-tus.txt`),
    doomed: await tusUpload(who, 'x'),
  };
}

/** One request per documented operation, in an order where each finds what it needs (deletes last). */
function walkOf(
  who: Credential,
  ids: Awaited<ReturnType<typeof seed>>,
  label: string,
): [string, WalkRequest][] {
  const org_: Record<string, string> = 'cookie' in who ? { orgId: org.orgId } : {};
  const { folderId, assetId, uploadId, doomed } = ids;
  return [
    ['GET /openapi.json', { path: '/openapi.json' }],
    ['GET /projects', { path: '/projects', query: org_ }],
    ['GET /projects/{projectId}/items', { path: `/projects/${org.alpha}/items`, query: { limit: '1' } }],
    [
      'POST /projects/{projectId}/folders',
      { path: `/projects/${org.alpha}/folders`, ...json({ name: `${label} 2` }) },
    ],
    ['PATCH /folders/{folderId}', { path: `/folders/${folderId}`, ...json({ name: `${label} renamed` }) }],
    ['GET /folders/{folderId}/zip', { path: `/folders/${folderId}/zip` }],
    ['HEAD /folders/{folderId}/zip', { path: `/folders/${folderId}/zip` }],
    ['GET /assets/{assetId}', { path: `/assets/${assetId}` }],
    ['PATCH /assets/{assetId}', { path: `/assets/${assetId}`, ...json({ name: `${label}-renamed.txt` }) }],
    ['GET /assets/{assetId}/content', { path: `/assets/${assetId}/content` }],
    ['HEAD /assets/{assetId}/content', { path: `/assets/${assetId}/content` }],
    [
      'POST /projects/{projectId}/assets',
      {
        path: `/projects/${org.alpha}/assets`,
        query: { name: `${label}-raw.bin` },
        body: Buffer.from('bytes'),
      },
    ],
    ['OPTIONS /uploads', { path: '/uploads', headers: tus }],
    ['OPTIONS /uploads/{id}', { path: `/uploads/${uploadId}`, headers: tus }],
    [
      'POST /uploads',
      {
        path: '/uploads',
        headers: {
          ...tus,
          'upload-length': '3',
          'upload-metadata': `projectId ${b64(org.alpha)},name ${b64('new')}`,
        },
      },
    ],
    ['HEAD /uploads/{id}', { path: `/uploads/${uploadId}`, headers: tus }],
    [
      'PATCH /uploads/{id}',
      {
        path: `/uploads/${uploadId}`,
        headers: { ...tus, 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' },
        body: Buffer.from('12345'),
      },
    ],
    ['DELETE /uploads/{id}', { path: `/uploads/${doomed}`, headers: tus }],
    ['GET /usage', { path: '/usage', query: { ...org_, groupBy: 'project' } }],
    ['GET /exports/usage.csv', { path: '/exports/usage.csv', query: org_ }],
    ['GET /exports/audit.csv', { path: '/exports/audit.csv', query: org_ }],
    ['GET /exports/overview.csv', { path: '/exports/overview.csv', query: org_ }],
    ['GET /exports/users.csv', { path: '/exports/users.csv', query: org_ }],
    ['DELETE /assets/{assetId}', { path: `/assets/${assetId}` }],
    ['DELETE /folders/{folderId}', { path: `/folders/${folderId}` }],
  ];
}

/** `METHOD /path/{param}` of every route in Fastify's printRoutes tree (children carry the rest of the path). */
function routesOf(tree: string): string[] {
  const parents: string[] = [];
  const routes: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^([│ ]*)[├└]── (\S+)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    const path = (depth > 0 ? parents[depth - 1]! : '') + match[2]!;
    parents[depth] = path;
    for (const method of match[3]?.split(', ') ?? [])
      routes.push(`${method} ${path.replace(/:(\w+)/g, '{$1}')}`);
  }
  return routes;
}

/** Whether the operation documents the session cookie as its only credential (no API key). */
function sessionOnly(operation: string): boolean {
  const [method, path] = operation.split(' ') as [string, string];
  const { security } = doc.paths[path]![method.toLowerCase()] as { security?: Record<string, string[]>[] };
  return security?.length === 1 && Object.keys(security[0]!).join() === 'session';
}

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document, public and generated', async () => {
    expect(doc.openapi).toBe('3.1.0');
    const { valid, errors } = await validate(structuredClone(doc));
    expect(errors).toEqual([]);
    expect(valid).toBe(true);
  });

  it('names every route registered under /v1', () => {
    const registered = routesOf(api.app.printRoutes({ commonPrefix: false })).filter((r) =>
      r.includes(' /v1/'),
    );
    const documented = new Set(operationsOf(doc).map((op) => op.replace(' ', ' /v1')));
    // Not operations: the docs page (HTML and its script); and the HEAD Fastify adds to every GET.
    const covered = (route: string) =>
      documented.has(route) || route.includes(' /v1/docs') || documented.has(route.replace(/^HEAD /, 'GET '));
    expect(registered.filter((route) => !covered(route))).toEqual([]);
    expect(registered.length).toBeGreaterThanOrEqual(documented.size);
    for (const route of documented) expect(registered).toContain(route);
  });
});

describe('the contract walk', () => {
  for (const [label, who] of [
    ['a session', () => session],
    ['an API key', () => key],
  ] as const)
    it(`answers ${label} as documented on every operation`, async () => {
      const ids = await seed(who(), `Walk ${label}`);
      const walk = walkOf(who(), ids, `Walk ${label}`);
      expect(walk.map(([op]) => op).sort()).toEqual(operationsOf(doc).sort());
      const breaches: string[] = [];
      for (const [operation, req] of walk) {
        const method = operation.split(' ')[0]!;
        const res = await callAs(api, who(), method, req);
        // A session-only operation (its only security the cookie) refuses keys: 403, as documented.
        const keyRefused = who() === key && res.status === 403 && sessionOnly(operation);
        if (res.status >= 400 && !keyRefused)
          breaches.push(`${operation}: refused ${res.status} ${res.text.slice(0, 200)}`);
        const breach = contractBreach(doc, operation, method, res);
        if (breach) breaches.push(`${operation}: ${breach}`);
      }
      expect(breaches).toEqual([]);
    }, 60_000);

  it('answers refusals as documented too: unknown and malformed ids, no credentials', async () => {
    const ids = await seed(session, 'Refused');
    const breaches: string[] = [];
    for (const [operation, req] of walkOf(session, ids, 'Refused')) {
      const method = operation.split(' ')[0]!;
      const variants: [Credential | null, WalkRequest][] = [[null, req]];
      if (/\{\w+\}/.test(operation) && method !== 'OPTIONS')
        variants.push(
          [session, { ...req, path: req.path.replace(/[0-9a-f-]{36}|[\w-]{20,}$/, randomUUID()) }],
          [session, { ...req, path: req.path.replace(/[0-9a-f-]{36}/, 'not-an-id') }],
        );
      for (const [who, variant] of variants) {
        const res = who
          ? await callAs(api, who, method, variant)
          : await send(api, method, `/v1${variant.path}`, variant);
        const breach = contractBreach(doc, operation, method, res);
        if (breach) breaches.push(`${operation} (${who ? variant.path : 'anonymous'}): ${breach}`);
      }
    }
    expect(breaches).toEqual([]);
  }, 60_000);
});
