import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Blob } from '@roster/db';
import { createStorage, type Storage } from '@roster/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beginUpload } from './begin-upload.js';
import { completeUpload } from './complete-upload.js';
import { deleteAsset } from './delete-asset.js';
import { purgeDeletedBlobs } from './purge.js';
import { sweepOrphanBytes } from './sweep.js';
import { em, scopeOf, seedWorld, usedBytes, useContentDb } from './test-fixtures.js';

useContentDb();
let dir: string;
let storage: Storage;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'roster-content-'));
  storage = createStorage(undefined, dir);
});
afterAll(async () => {
  await storage?.close();
  rmSync(dir, { recursive: true, force: true });
});

const put = (key: string, text: string) => storage.put(key, Readable.from([Buffer.from(text)]));
const later = (ms: number) => new Date(Date.now() + ms);
const hour = 3_600_000;

describe(`purge and sweep (${process.env.TEST_DATABASE ?? 'sqlite'})`, () => {
  it('purge removes the bytes then the row, and survives a crash between them', async () => {
    const w = await seedWorld();
    const scope = scopeOf(w, 'contributor');
    const ticket = await beginUpload(scope, { projectId: w.projectId, name: 'a.txt', size: 5 });
    await put(ticket.key, 'hello');
    const asset = await completeUpload(scopeOf(w, 'contributor'), ticket, {
      size: 5,
      sha256: 'c'.repeat(64),
      contentType: 'text/plain',
    });
    await deleteAsset(scopeOf(w, 'contributor'), { assetId: asset.id });
    expect(await usedBytes(w.org.id)).toBe(0);
    expect(await storage.head(ticket.key)).not.toBeNull();
    // A purge that died after deleting the bytes: the row is still there, the next purge finishes.
    await storage.delete(ticket.key);
    expect(await purgeDeletedBlobs(em(), storage, { orgId: w.org.id })).toBe(1);
    expect(await em().findOne(Blob, ticket.blobId)).toBeNull();
    expect(await purgeDeletedBlobs(em(), storage, { orgId: w.org.id })).toBe(0);
  });

  it('sweep deletes old bytes without a row, keeps owned and young ones, abandons stale uploads', async () => {
    const w = await seedWorld();
    const kept = await beginUpload(scopeOf(w, 'contributor'), {
      projectId: w.projectId,
      name: 'kept',
      size: 3,
    });
    await put(kept.key, 'abc');
    await put(`blobs/${w.org.id}/orphan`, 'zzz');
    // A tus upload in progress: its sidecar is kept, an orphan sidecar is not.
    const tusId = `t${Date.now()}`;
    await beginUpload(
      scopeOf(w, 'contributor'),
      { projectId: w.projectId, name: 'big', size: 9, uploadId: tusId },
      { key: `tus/${tusId}` },
    );
    await put(`tus/${tusId}.json`, '{}');
    await put(`tus/gone${tusId}.json`, '{}');

    const young = await sweepOrphanBytes(em(), storage, { now: new Date(), graceMs: hour });
    expect(young.deletedObjects).toBe(0);
    const swept = await sweepOrphanBytes(em(), storage, {
      now: later(2 * hour),
      graceMs: hour,
      staleUploadMs: 24 * hour,
    });
    expect(swept).toEqual({ deletedObjects: 2, abandonedUploads: 0 });
    expect(await storage.head(kept.key)).not.toBeNull();
    expect(await storage.head(`tus/${tusId}.json`)).not.toBeNull();
    expect(await storage.head(`blobs/${w.org.id}/orphan`)).toBeNull();

    expect(await usedBytes(w.org.id)).toBe(12);
    const stale = await sweepOrphanBytes(em(), storage, {
      now: later(25 * hour),
      graceMs: hour,
      staleUploadMs: 24 * hour,
    });
    expect(stale.abandonedUploads).toBeGreaterThanOrEqual(2);
    expect(await usedBytes(w.org.id)).toBe(0);
    await purgeDeletedBlobs(em(), storage, { orgId: w.org.id });
    expect(await storage.head(kept.key)).toBeNull();
    expect(await storage.head(`tus/${tusId}.json`)).toBeNull();
  });
});
