import { createHash, randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ProjectMember, forkEm } from '@roster/db';
import { owner, team, type Team } from './project-fixtures.js';
import { cookieOf, holdings, startApi, storedKeys, send, uploadRaw, type Api } from './upload-fixtures.js';
import {
  tusCreate,
  tusDelete,
  tusHead,
  tusPatch,
  tusPatchDropped,
  tusMetadata,
} from './upload-tus-client.js';

const MiB = 1024 ** 2;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let api: Api;
let t: Team;
let contributor: string;
beforeAll(async () => {
  api = await startApi();
  t = await team(api.h);
  contributor = await cookieOf(api, t.contributor.userId);
});
afterAll(() => api?.close());
afterEach(() => {
  expect(api.logged).toEqual([]);
});

describe('tus resumable uploads at /v1/uploads', () => {
  it('creates, takes half, survives a dropped connection, resumes from HEAD’s offset and settles the asset', async () => {
    const file = randomBytes(3 * MiB);
    const half = file.length / 2;
    const created = await tusCreate(api, contributor, file.length, {
      projectId: t.restricted.id,
      name: 'video.mp4',
      filetype: 'video/mp4',
    });
    expect(created.status).toBe(201);
    const location = created.headers.location!;
    expect(location).toMatch(/^\/v1\/uploads\/[0-9a-f]{32}$/);
    const uploadId = location.split('/').at(-1)!;
    // Reserved from the start, with the tus id on the blob (the worker's sweep tells stale uploads by it).
    const reserved = await holdings(api, t.orgId);
    expect(reserved.uploading).toMatchObject([{ uploadId, size: file.length }]);

    const first = await tusPatch(api, contributor, location, 0, file.subarray(0, half));
    expect(first.status).toBe(204);
    expect(first.headers['upload-offset']).toBe(String(half));

    await tusPatchDropped(
      api,
      contributor,
      location,
      half,
      file.length - half,
      file.subarray(half, half + MiB / 2),
    );
    const head = await tusHead(api, contributor, location);
    expect(head.status).toBe(200);
    expect(head.headers['upload-length']).toBe(String(file.length));
    const offset = Number(head.headers['upload-offset']);
    expect(offset).toBeGreaterThanOrEqual(half);
    expect(offset).toBeLessThanOrEqual(half + MiB / 2);

    const rest = await tusPatch(api, contributor, location, offset, file.subarray(offset));
    expect(rest.status, rest.text).toBe(200);
    expect(rest.headers['content-type']).toMatch(/^application\/json/);
    const asset = rest.json();
    expect(asset).toMatchObject({ kind: 'asset', name: 'video.mp4', size: file.length, sha256: sha(file) });

    const held = await holdings(api, t.orgId);
    expect(held.uploading).toEqual([]);
    const blob = held.stored.find((b) => b.uploadId === uploadId)!;
    expect(blob.key).toBe(api.h.deps.storage.tusKeys(uploadId).bytes);
    const keys = await storedKeys(api);
    expect(keys).toContain(blob.key);
    for (const sidecar of api.h.deps.storage.tusKeys(uploadId).sidecars) expect(keys).not.toContain(sidecar);
    // Finished: it is an asset now, no longer an upload.
    expect((await tusHead(api, contributor, location)).status).toBe(404);
  });

  it('puts the asset in the folder named by folderId, under its UTF-8 name', async () => {
    const folder = await t.contributor.caller.folder.create({
      orgId: t.orgId,
      projectId: t.restricted.id,
      name: 'Clips',
    });
    const file = randomBytes(1000);
    const created = await tusCreate(api, contributor, file.length, {
      projectId: t.restricted.id,
      folderId: folder.id,
      name: 'Été – clip 🎬.bin',
    });
    const done = await tusPatch(api, contributor, created.headers.location!, 0, file);
    expect(done.status).toBe(200);
    expect(done.json()).toMatchObject({ folderId: folder.id, name: 'Été – clip 🎬.bin', sha256: sha(file) });
  });

  it('lets nobody but its creator see or touch an upload: 404 alike for another org, a co-worker, a bad id', async () => {
    const created = await tusCreate(api, contributor, 1000, { projectId: t.restricted.id, name: 'mine.bin' });
    const location = created.headers.location!;
    const stranger = await cookieOf(api, (await owner(api.h, 'Other Org')).userId);
    const manager = await cookieOf(api, t.manager.userId);
    for (const cookie of [stranger, manager]) {
      const head = await tusHead(api, cookie, location);
      const patch = await tusPatch(api, cookie, location, 0, Buffer.alloc(10));
      const del = await tusDelete(api, cookie, location);
      for (const res of [head, patch, del]) expect(res.status).toBe(404);
      expect(patch.json()).toMatchObject({ status: 404, reason: 'UPLOAD_NOT_FOUND' });
    }
    expect((await tusHead(api, contributor, '/v1/uploads/0123456789abcdef0123456789abcdef')).status).toBe(
      404,
    );
    expect((await tusHead(api, contributor, '/v1/uploads/..%2F..%2Fetc')).status).toBe(404);
    // Untouched by them.
    expect((await tusHead(api, contributor, location)).headers['upload-offset']).toBe('0');
    expect((await tusDelete(api, contributor, location)).status).toBe(204);
  });

  it('terminates on DELETE: the reservation is released and its bytes removed', async () => {
    const before = await holdings(api, t.orgId);
    const keysBefore = await storedKeys(api);
    const created = await tusCreate(api, contributor, 5000, {
      projectId: t.restricted.id,
      name: 'cancel.bin',
    });
    const location = created.headers.location!;
    expect((await holdings(api, t.orgId)).storageBytes).toBe(before.storageBytes + 5000);
    expect((await tusPatch(api, contributor, location, 0, Buffer.alloc(2000, 3))).status).toBe(204);
    const del = await tusDelete(api, contributor, location);
    expect(del.status).toBe(204);
    const after = await holdings(api, t.orgId);
    expect(after.storageBytes).toBe(before.storageBytes);
    expect(after.uploading).toEqual([]);
    expect(await storedKeys(api)).toEqual(keysBefore);
    expect((await tusHead(api, contributor, location)).status).toBe(404);
  });

  it('checks the plan, the role and the metadata when an upload is created', async () => {
    const viewer = await cookieOf(api, t.viewer.userId);
    const plain = await cookieOf(api, t.plain.userId);
    const tooBig = await tusCreate(api, contributor, 100 * MiB + 1, {
      projectId: t.restricted.id,
      name: 'big.bin',
    });
    expect(tooBig.status).toBe(413);
    expect(tooBig.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(tooBig.json()).toMatchObject({ status: 413, reason: 'FILE_TOO_LARGE' });
    const asViewer = await tusCreate(api, viewer, 10, { projectId: t.restricted.id, name: 'v.bin' });
    expect(asViewer.status).toBe(403);
    const unassigned = await tusCreate(api, plain, 10, { projectId: t.restricted.id, name: 'p.bin' });
    expect(unassigned.status).toBe(404);
    const stranger = await cookieOf(api, (await owner(api.h, 'Third Org')).userId);
    const otherOrg = await tusCreate(api, stranger, 10, { projectId: t.restricted.id, name: 's.bin' });
    expect(otherOrg.status).toBe(404);
    expect(otherOrg.json()).toEqual(unassigned.json());
    const crossSite = await send(api, 'POST', '/v1/uploads', {
      cookie: contributor,
      origin: 'https://evil.example',
      headers: {
        'tus-resumable': '1.0.0',
        'upload-length': 10,
        'upload-metadata': tusMetadata({ projectId: t.restricted.id, name: 'x' }),
      },
    });
    expect(crossSite.status).toBe(403);
    const noName = await tusCreate(api, contributor, 10, { projectId: t.restricted.id });
    expect(noName.status).toBe(400);
    const deferred = await api.app.inject({
      method: 'POST',
      url: '/v1/uploads',
      headers: {
        cookie: contributor,
        origin: 'http://roster.test',
        'tus-resumable': '1.0.0',
        'upload-defer-length': '1',
      },
    });
    expect(deferred.statusCode).toBe(400);
    expect((await holdings(api, t.orgId)).uploading).toEqual([]);
  });

  it('refuses at the last byte when the name was taken meanwhile (onConflict fail), keeping nothing', async () => {
    const before = await holdings(api, t.orgId);
    const keysBefore = await storedKeys(api);
    const file = randomBytes(4000);
    const created = await tusCreate(api, contributor, file.length, {
      projectId: t.restricted.id,
      name: 'Taken.txt',
      onConflict: 'fail',
    });
    const location = created.headers.location!;
    const uploadId = location.split('/').at(-1)!;
    const other = await uploadRaw(
      api,
      contributor,
      t.restricted.id,
      { name: 'taken.TXT' },
      Buffer.from('first'),
    );
    expect(other.status).toBe(201);
    const done = await tusPatch(api, contributor, location, 0, file);
    expect(done.status).toBe(409);
    expect(done.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(done.json()).toMatchObject({ status: 409, reason: 'NAME_TAKEN' });
    const after = await holdings(api, t.orgId);
    expect(after.storageBytes).toBe(before.storageBytes + 5);
    expect(after.uploading).toEqual([]);
    const keys = await storedKeys(api);
    expect(keys.filter((k) => k.includes(uploadId))).toEqual([]);
    expect(keys.length).toBe(keysBefore.length + 1);
  });

  it('refuses at the last byte when the uploader lost the right to write meanwhile', async () => {
    const before = await holdings(api, t.orgId);
    const created = await tusCreate(api, contributor, 100, { projectId: t.restricted.id, name: 'late.bin' });
    const location = created.headers.location!;
    const em = forkEm(api.h.db.orm);
    await em.nativeUpdate(
      ProjectMember,
      { project: t.restricted.id, user: t.contributor.userId },
      { role: 'viewer' },
    );
    try {
      const done = await tusPatch(api, contributor, location, 0, Buffer.alloc(100, 7));
      expect(done.status).toBe(403);
      expect(done.json()).toMatchObject({ reason: 'PERMISSION_DENIED' });
      expect(await holdings(api, t.orgId)).toMatchObject({
        storageBytes: before.storageBytes,
        uploading: [],
      });
    } finally {
      await em.nativeUpdate(
        ProjectMember,
        { project: t.restricted.id, user: t.contributor.userId },
        { role: 'contributor' },
      );
    }
  });

  it('answers OPTIONS with the tus capabilities', async () => {
    const res = await api.app.inject({ method: 'OPTIONS', url: '/v1/uploads' });
    expect(res.statusCode).toBe(204);
    expect(res.headers['tus-version']).toContain('1.0.0');
    expect(res.headers['tus-extension']).toContain('termination');
  });
});
