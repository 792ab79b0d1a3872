import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { owner, team, type Team } from './project-fixtures.js';
import { cookieOf, holdings, send, startApi, storedKeys, uploadRaw, type Api } from './upload-fixtures.js';

let api: Api;
let t: Team;
let cookies: Record<'contributor' | 'viewer' | 'plain' | 'manager' | 'stranger', string>;
beforeAll(async () => {
  api = await startApi();
  t = await team(api.h);
  const other = await owner(api.h, 'Elsewhere Ltd');
  cookies = {
    contributor: await cookieOf(api, t.contributor.userId),
    viewer: await cookieOf(api, t.viewer.userId),
    plain: await cookieOf(api, t.plain.userId),
    manager: await cookieOf(api, t.manager.userId),
    stranger: await cookieOf(api, other.userId),
  };
});
afterAll(() => api?.close());
afterEach(() => {
  expect(api.logged).toEqual([]);
});

const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(200, 1)]);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('raw upload: POST /v1/projects/:projectId/assets', () => {
  it('stores the body and answers 201 with the asset: size, SHA-256 and a sniffed type', async () => {
    const res = await uploadRaw(api, cookies.contributor, t.restricted.id, { name: 'pixel.txt' }, png);
    expect(res.status).toBe(201);
    const asset = res.json();
    expect(asset).toMatchObject({
      kind: 'asset',
      name: 'pixel.txt',
      projectId: t.restricted.id,
      folderId: null,
      size: png.length,
      sha256: sha(png),
      contentType: 'image/png',
      uploadedBy: { id: t.contributor.userId },
    });
    const held = await holdings(api, t.orgId);
    expect(held.uploading).toEqual([]);
    const blob = held.stored.find((b) => b.size === png.length)!;
    expect(await storedKeys(api)).toContain(blob.key);
    const download = await api.h.deps.storage.get(blob.key);
    const chunks: Buffer[] = [];
    for await (const c of download) chunks.push(c as Buffer);
    expect(sha(Buffer.concat(chunks))).toBe(sha(png));
  });

  it('takes any content type without parsing it (JSON included) and sniffs its own', async () => {
    const json = Buffer.from(JSON.stringify({ not: 'parsed', n: [1, 2, 3] }));
    const res = await send(api, 'POST', `/v1/projects/${t.restricted.id}/assets?name=data.json`, {
      cookie: cookies.contributor,
      body: json,
      headers: { 'content-type': 'application/json', 'content-length': json.length },
    });
    expect(res.status).toBe(201);
    expect(res.json()).toMatchObject({
      name: 'data.json',
      size: json.length,
      sha256: sha(json),
    });
    expect(res.json().contentType).toMatch(/^(text\/plain|application\/json)/);
  });

  it('stores into a folder (folderId), "root" meaning the project’s root', async () => {
    const folder = await t.contributor.caller.folder.create({
      orgId: t.orgId,
      projectId: t.restricted.id,
      name: 'Docs',
    });
    const inFolder = await uploadRaw(
      api,
      cookies.contributor,
      t.restricted.id,
      { name: 'a.txt', folderId: folder.id },
      png,
    );
    expect(inFolder.status).toBe(201);
    expect(inFolder.json()).toMatchObject({ folderId: folder.id, name: 'a.txt' });
    const atRoot = await uploadRaw(
      api,
      cookies.contributor,
      t.restricted.id,
      { name: 'a.txt', folderId: 'root' },
      png,
    );
    expect(atRoot.json()).toMatchObject({ folderId: null, name: 'a.txt' });
  });

  it('stores an empty file', async () => {
    const res = await uploadRaw(
      api,
      cookies.contributor,
      t.restricted.id,
      { name: 'empty.bin' },
      Buffer.alloc(0),
    );
    expect(res.status).toBe(201);
    expect(res.json()).toMatchObject({ size: 0, sha256: sha(Buffer.alloc(0)) });
  });

  it('names a taken name "name (1).ext", replaces, or fails as asked', async () => {
    const first = Buffer.from('first version');
    const second = Buffer.from('second version!');
    const up = (body: Buffer, onConflict?: string) =>
      uploadRaw(
        api,
        cookies.contributor,
        t.restricted.id,
        { name: 'Report.txt', ...(onConflict ? { onConflict } : {}) },
        body,
      );
    const original = (await up(first)).json();
    const renamed = await up(second);
    expect(renamed.status).toBe(201);
    expect(renamed.json().name).toBe('Report (1).txt');

    const before = await holdings(api, t.orgId);
    const replaced = await up(second, 'replace');
    expect(replaced.status).toBe(201);
    expect(replaced.json()).toMatchObject({ name: 'Report.txt', size: second.length, sha256: sha(second) });
    const after = await holdings(api, t.orgId);
    // The old asset's bytes stop counting; the new ones count.
    expect(after.storageBytes).toBe(before.storageBytes - first.length + second.length);
    expect(after.assets.map((a) => a.id)).not.toContain(original.id);

    const keysBefore = await storedKeys(api);
    const failed = await up(Buffer.from('third'), 'fail');
    expect(failed.status).toBe(409);
    expect(failed.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(failed.json()).toMatchObject({ status: 409, reason: 'NAME_TAKEN' });
    const end = await holdings(api, t.orgId);
    expect(end.storageBytes).toBe(after.storageBytes);
    expect(end.uploading).toEqual([]);
    expect(end.assets.length).toBe(after.assets.length);
    expect(await storedKeys(api)).toEqual(keysBefore);
  });

  it('refuses each role and person the project table denies, before reading a byte', async () => {
    const body = Buffer.from('not for you');
    const at = (cookie: string, projectId = t.restricted.id) =>
      uploadRaw(api, cookie, projectId, { name: 'x.txt' }, body);
    const before = await holdings(api, t.orgId);
    const viewer = await at(cookies.viewer);
    expect(viewer.status).toBe(403);
    expect(viewer.json().reason).toBe('PERMISSION_DENIED');
    const plain = await at(cookies.plain);
    const stranger = await at(cookies.stranger);
    const missing = await at(cookies.contributor, '00000000-0000-4000-8000-000000000000');
    for (const res of [plain, stranger, missing]) {
      expect(res.status).toBe(404);
      expect(res.json().reason).toBe('PROJECT_NOT_FOUND');
    }
    expect(plain.json()).toEqual(missing.json());
    expect(stranger.json()).toEqual(missing.json());
    const anonymous = await send(api, 'POST', `/v1/projects/${t.restricted.id}/assets?name=x.txt`, {
      body,
      headers: { 'content-length': body.length },
    });
    expect(anonymous.status).toBe(401);
    const crossSite = await send(api, 'POST', `/v1/projects/${t.restricted.id}/assets?name=x.txt`, {
      body,
      cookie: cookies.contributor,
      origin: 'https://evil.example',
      headers: { 'content-length': body.length },
    });
    expect(crossSite.status).toBe(403);
    expect(await holdings(api, t.orgId)).toMatchObject({ storageBytes: before.storageBytes, uploading: [] });
  });

  it('answers 400 for a bad project id, folder id, name or conflict policy', async () => {
    const body = Buffer.from('x');
    const cases: [string, Record<string, string>][] = [
      ['not-a-uuid', { name: 'a.txt' }],
      [t.restricted.id, {}],
      [t.restricted.id, { name: 'a/b.txt' }],
      [t.restricted.id, { name: 'a.txt', folderId: 'nope' }],
      [t.restricted.id, { name: 'a.txt', onConflict: 'merge' }],
    ];
    for (const [projectId, query] of cases) {
      const res = await uploadRaw(api, cookies.contributor, projectId, query, body);
      expect(res.status, JSON.stringify(query)).toBe(400);
      expect(res.json().reason).toBe('INVALID_INPUT');
    }
    const missingFolder = await uploadRaw(
      api,
      cookies.contributor,
      t.restricted.id,
      { name: 'a.txt', folderId: '00000000-0000-4000-8000-000000000000' },
      body,
    );
    expect(missingFolder.status).toBe(404);
  });

  it('requires Content-Length: a chunked body gets 411', async () => {
    const { Readable } = await import('node:stream');
    const res = await send(api, 'POST', `/v1/projects/${t.restricted.id}/assets?name=chunked.txt`, {
      cookie: cookies.contributor,
      body: Readable.from([Buffer.from('a'), Buffer.from('b')]),
    });
    expect(res.status).toBe(411);
    expect(res.json()).toMatchObject({ status: 411, reason: 'LENGTH_REQUIRED' });
    expect((await holdings(api, t.orgId)).uploading).toEqual([]);
  });
});
