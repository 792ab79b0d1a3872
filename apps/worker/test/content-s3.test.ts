// The content jobs against an S3-compatible server (s3rver on 127.0.0.1): a folder deleted, the
// worker's purge removes its objects from the bucket; the sweep removes an object no row names.
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { createFolder, deleteFolder } from '@roster/core';
import { createStorage, type Storage } from '@roster/storage';
import { startS3rver, type RunningS3rver } from '@roster/storage/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSweepJobWith } from '../src/handlers/content-sweep.js';
import { blobStates, contentWorld, storedKeys, type ContentWorld } from './support/content.js';
import { createWorkerHarness, type WorkerHarness } from './support/harness.js';
import { waitFor } from './support/wait-for.js';

let h: WorkerHarness;
let s3: RunningS3rver;
let bucket: Storage;
let world: ContentWorld;
beforeAll(async () => {
  h = await createWorkerHarness();
  s3 = await startS3rver();
  bucket = createStorage(s3.url, h.dataDir);
  world = await contentWorld(h.db.orm, bucket, h.jobs);
  await h.start({ storage: bucket });
});
afterAll(async () => {
  await h?.close();
  await bucket?.close();
  await s3?.close();
});

describe('on S3', () => {
  it('purges the objects of a deleted folder from the bucket', async () => {
    expect(bucket.kind).toBe('s3');
    const folder = await createFolder(await world.scope(), { projectId: world.projectId, name: 'On S3' });
    const keys = [
      (await world.upload('a.txt', { folderId: folder.id })).key,
      (await world.upload('b.txt', { folderId: folder.id, bytes: 'b'.repeat(10_000) })).key,
    ];
    expect(await storedKeys(bucket, keys)).toEqual(keys);
    await deleteFolder(await world.scope(), { folderId: folder.id });
    await waitFor(
      'the objects to leave the bucket',
      async () => (await storedKeys(bucket, keys)).length === 0,
    );
    await waitFor('the rows to go', async () =>
      Object.values(await blobStates(h.db.orm, keys)).every((s) => s === 'gone'),
    );
  });

  it('sweeps an object no row names (no grace here), leaving the ones that have a row', async () => {
    const orphan = `blobs/${world.orgId}/${randomUUID()}`;
    await bucket.put(orphan, Readable.from([Buffer.from('orphan')]), { size: 6 });
    const kept = await world.upload('kept.txt');
    const sweep = contentSweepJobWith({ graceMs: 0, staleUploadMs: 86_400_000 });
    expect(await sweep({}, { ...h.context(), storage: bucket })).toMatch(/^deleted 1 orphan objects/);
    expect(await storedKeys(bucket, [orphan, kept.key])).toEqual([kept.key]);
  });
});
