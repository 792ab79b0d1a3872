import { createHash, randomBytes } from 'node:crypto';
import { startS3rver, type RunningS3rver } from '@roster/storage/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  assetsPath,
  freshOrg,
  holdings,
  openRaw,
  startApi,
  storedKeys,
  uploadRaw,
  type Api,
} from './upload-fixtures.js';
import { tusCreate, tusHead, tusPatchDropped, tusPatch } from './upload-tus-client.js';

const MiB = 1024 ** 2;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let s3: RunningS3rver;
let api: Api;
beforeAll(async () => {
  s3 = await startS3rver();
  api = await startApi({ storageUrl: s3.url });
});
afterEach(() => {
  expect(api.logged).toEqual([]);
});
afterAll(async () => {
  await api?.close();
  await s3?.close();
});

describe('uploads into an S3-compatible store (s3rver)', () => {
  it('streams a raw upload into a multipart object', async () => {
    const org = await freshOrg(api, 'Bucket Co');
    const file = randomBytes(12 * MiB);
    const res = await uploadRaw(api, org.cookie, org.projectId, { name: 'big.bin' }, file);
    expect(res.status).toBe(201);
    expect(res.json()).toMatchObject({ size: file.length, sha256: sha(file) });
    const [blob] = (await holdings(api, org.orgId)).stored;
    const hash = createHash('sha256');
    for await (const chunk of await api.h.deps.storage.get(blob!.key)) hash.update(chunk as Buffer);
    expect(hash.digest('hex')).toBe(sha(file));
  });

  it('keeps nothing of a raw body cut short', async () => {
    const org = await freshOrg(api, 'Cut Co');
    const keys = await storedKeys(api);
    const req = openRaw(api, 'POST', assetsPath(org.projectId, { name: 'cut.bin' }), {
      cookie: org.cookie,
      'content-length': 10 * MiB,
    });
    req.socket.write(randomBytes(6 * MiB), () => req.socket.destroy());
    await req.closed;
    await vi.waitFor(async () => expect((await holdings(api, org.orgId)).uploading).toEqual([]), {
      timeout: 20_000,
      interval: 100,
    });
    expect((await holdings(api, org.orgId)).storageBytes).toBe(0);
    expect(await storedKeys(api)).toEqual(keys);
  });

  it('resumes a tus upload after a dropped connection from the offset HEAD gives', async () => {
    const org = await freshOrg(api, 'Drop Co');
    const file = randomBytes(12 * MiB);
    const created = await tusCreate(api, org.cookie, file.length, {
      projectId: org.projectId,
      name: 'drop.mov',
    });
    const location = created.headers.location!;
    await tusPatchDropped(api, org.cookie, location, 0, file.length, file.subarray(0, 10 * MiB));
    const head = await tusHead(api, org.cookie, location);
    expect(head.status).toBe(200);
    const offset = Number(head.headers['upload-offset']);
    expect(offset).toBeLessThanOrEqual(10 * MiB);
    const done = await tusPatch(api, org.cookie, location, offset, file.subarray(offset));
    expect(done.status, done.text).toBe(200);
    expect(done.json()).toMatchObject({ size: file.length, sha256: sha(file) });
  });

  it('resumes a tus upload in two PATCHes and adopts its object without a copy', async () => {
    const org = await freshOrg(api, 'Tus Co');
    const file = randomBytes(10 * MiB);
    const created = await tusCreate(api, org.cookie, file.length, {
      projectId: org.projectId,
      name: 'clip.mov',
    });
    expect(created.status).toBe(201);
    const location = created.headers.location!;
    const uploadId = location.split('/').at(-1)!;
    const split = 3 * MiB;
    expect((await tusPatch(api, org.cookie, location, 0, file.subarray(0, split))).status).toBe(204);
    const done = await tusPatch(api, org.cookie, location, split, file.subarray(split));
    expect(done.status).toBe(200);
    expect(done.json()).toMatchObject({ name: 'clip.mov', size: file.length, sha256: sha(file) });
    const { bytes, sidecars } = api.h.deps.storage.tusKeys(uploadId);
    const keys = await storedKeys(api);
    expect(keys).toContain(bytes);
    for (const sidecar of sidecars) expect(keys).not.toContain(sidecar);
    expect((await holdings(api, org.orgId)).stored).toMatchObject([{ key: bytes, size: file.length }]);
  });
});
