// Crash order (ii): bytes written but their row never committed (a crash mid-upload). The sweep
// removes bytes no row names once past the grace period, and abandons upload reservations left
// 'uploading' past the stale time (their space released, their bytes purged); what is fresh stays.
import { randomUUID } from 'node:crypto';
import { utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beginUpload } from '@roster/core';
import { Blob, forkEm } from '@roster/db';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduleContentSweep } from '../src/content-schedule.js';
import { contentSweepJobWith } from '../src/handlers/content-sweep.js';
import { handlers } from '../src/handlers/index.js';
import { blobStates, contentWorld, storedKeys, type ContentWorld } from './support/content.js';
import { createWorkerHarness, type WorkerHarness } from './support/harness.js';
import { waitFor } from './support/wait-for.js';

let h: WorkerHarness;
let world: ContentWorld;
beforeAll(async () => {
  h = await createWorkerHarness();
  world = await contentWorld(h.db.orm, h.storage, h.jobs);
});
afterAll(() => h?.close());

const hour = 3_600_000;
const sweep = contentSweepJobWith({ graceMs: hour, staleUploadMs: 24 * hour });

/** Bytes at `key` with no row, as a crash between writing them and committing the row leaves them. */
async function orphan(key: string, ageMs: number): Promise<string> {
  await h.storage.put(key, Readable.from([Buffer.from('orphaned bytes')]), { size: 14 });
  // The local driver keeps `key` under DATA_DIR/storage; its time is the object's lastModified.
  const when = new Date(Date.now() - ageMs);
  await utimes(join(h.dataDir, 'storage', key), when, when);
  return key;
}

/** An upload that reserved its space, wrote part of its bytes and was never completed. */
async function cutShortUpload(name: string, ageMs: number) {
  const ticket = await beginUpload(await world.scope(), { projectId: world.projectId, name, size: 1000 });
  await h.storage.put(ticket.key, Readable.from([Buffer.alloc(300)]), { size: 300 });
  const when = new Date(Date.now() - ageMs);
  await forkEm(h.db.orm).nativeUpdate(Blob, { id: ticket.blobId }, { createdAt: when, updatedAt: when });
  return ticket;
}

describe('content.sweep', () => {
  it('removes bytes without a row once past the grace period, keeps fresh ones and those with a row', async () => {
    const old = await orphan(`blobs/${world.orgId}/${randomUUID()}`, 2 * hour);
    const fresh = await orphan(`blobs/${world.orgId}/${randomUUID()}`, 60_000);
    const owned = await world.upload('kept.txt');
    const ownedPath = join(h.dataDir, 'storage', owned.key);
    await utimes(ownedPath, new Date(Date.now() - 2 * hour), new Date(Date.now() - 2 * hour));

    const result = await sweep({}, h.context());
    expect(result).toMatch(/^deleted 1 orphan objects/);
    expect(await storedKeys(h.storage, [old, fresh, owned.key])).toEqual([fresh, owned.key]);
    expect(h.logs).toContainEqual(expect.objectContaining({ msg: 'content swept', deletedObjects: 1 }));
    // A second sweep finds nothing more.
    expect(await sweep({}, h.context())).toMatch(/^deleted 0 orphan objects, abandoned 0 uploads, purged 0/);
  });

  it('abandons a stale upload reservation: space released, bytes purged; a fresh upload is kept', async () => {
    const before = await world.storageBytes();
    const stale = await cutShortUpload('stale.bin', 25 * 3_600_000);
    const live = await cutShortUpload('live.bin', 60_000);
    expect(await world.storageBytes()).toBe(before + 2000);

    const result = await sweep({}, h.context());
    expect(result).toMatch(/abandoned 1 uploads, purged [1-9]/);
    expect(await world.storageBytes()).toBe(before + 1000);
    expect(await blobStates(h.db.orm, [stale.key, live.key])).toEqual({
      [stale.key]: 'gone',
      [live.key]: 'uploading',
    });
    expect(await storedKeys(h.storage, [stale.key, live.key])).toEqual([live.key]);
    // Abandoning is once: a second sweep releases nothing more.
    await sweep({}, h.context());
    expect(await world.storageBytes()).toBe(before + 1000);
  });

  it('two sweeps at once remove each orphan and release each reservation once', async () => {
    const before = await world.storageBytes();
    const orphans = await Promise.all(
      Array.from({ length: 6 }, () => orphan(`blobs/${world.orgId}/${randomUUID()}`, 2 * hour)),
    );
    const stale = await Promise.all(['a', 'b', 'c'].map((n) => cutShortUpload(`${n}.bin`, 30 * hour)));
    const results = await Promise.all([sweep({}, h.context()), sweep({}, h.context())]);
    expect(results).toHaveLength(2);
    expect(await storedKeys(h.storage, [...orphans, ...stale.map((ticket) => ticket.key)])).toEqual([]);
    expect(await world.storageBytes()).toBe(before);
    const abandoned = results.map((r) => Number(/abandoned (\d+)/.exec(r)![1]));
    expect(abandoned[0]! + abandoned[1]!).toBe(3);
  });

  it('runs every CONTENT_SWEEP_EVERY_MS as a scheduled job of the content queue', async () => {
    const old = await orphan(`blobs/${world.orgId}/${randomUUID()}`, 2 * hour);
    await h.start({ handlers: { ...handlers, 'content.sweep': sweep } });
    await scheduleContentSweep({ connection: h.redis, prefix: h.prefix, everyMs: 500 });
    // Scheduling again (another worker starting) keeps one schedule.
    await scheduleContentSweep({ connection: h.redis, prefix: h.prefix, everyMs: 500 });
    await waitFor(
      'the scheduled sweep to remove the orphan',
      async () => (await storedKeys(h.storage, [old])).length === 0,
    );
    const queue = new Queue('content', { connection: h.redis, prefix: h.prefix });
    try {
      expect(await queue.getJobSchedulersCount()).toBe(1);
    } finally {
      await queue.close();
    }
  });
});
