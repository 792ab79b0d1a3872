// Deleting commits the rows first; the bytes go in the worker's `content.purge`. Crash order (i):
// rows deleted and committed, then the process dies before the purge ran or finished: the job on a
// worker's start, or the sweep, removes the bytes. A purge run twice, or by two workers at once,
// deletes each thing once and fails on nothing.
import { deleteAsset, deleteFolder, createFolder } from '@roster/core';
import type { Storage } from '@roster/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeContentJob } from '../src/handlers/content-purge.js';
import { contentSweepJobWith } from '../src/handlers/content-sweep.js';
import { blobStates, contentWorld, lostJobs, storedKeys, type ContentWorld } from './support/content.js';
import { createWorkerHarness, type WorkerHarness } from './support/harness.js';
import { waitFor } from './support/wait-for.js';

let h: WorkerHarness;
let world: ContentWorld;
beforeAll(async () => {
  h = await createWorkerHarness();
  world = await contentWorld(h.db.orm, h.storage, h.jobs);
});
afterAll(() => h?.close());

/** A folder holding `count` files (and a subfolder holding one more): their storage keys. */
async function folderOfFiles(name: string, count: number): Promise<{ folderId: string; keys: string[] }> {
  const folder = await createFolder(await world.scope(), { projectId: world.projectId, name });
  const sub = await createFolder(await world.scope(), {
    projectId: world.projectId,
    parentId: folder.id,
    name: 'Sub',
  });
  const keys: string[] = [];
  for (let i = 0; i < count; i++)
    keys.push((await world.upload(`file-${i}.txt`, { folderId: folder.id })).key);
  keys.push((await world.upload('deep.txt', { folderId: sub.id })).key);
  return { folderId: folder.id, keys };
}

const sweep = contentSweepJobWith({ graceMs: 3_600_000, staleUploadMs: 86_400_000 });

/** The storage, counting how often each key is deleted. */
function counting(storage: Storage): { storage: Storage; deletes: Map<string, number> } {
  const deletes = new Map<string, number>();
  const proxy = new Proxy(storage, {
    get(target, prop, receiver) {
      if (prop === 'delete')
        return async (key: string) => {
          deletes.set(key, (deletes.get(key) ?? 0) + 1);
          await target.delete(key);
        };
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { storage: proxy, deletes };
}

describe('content.purge', () => {
  it('runs when a worker starts, after a delete committed while none was running', async () => {
    const { folderId, keys } = await folderOfFiles('Queued', 3);
    const before = await world.storageBytes();
    const summary = await deleteFolder(await world.scope(), { folderId });
    expect(summary).toMatchObject({ folders: 1, assets: 4 });
    // Committed: the space is released, the rows wait in 'deleting', the bytes are still there.
    expect(await world.storageBytes()).toBe(before - summary.bytes);
    expect(Object.values(await blobStates(h.db.orm, keys))).toEqual(keys.map(() => 'deleting'));
    expect(await storedKeys(h.storage, keys)).toEqual(keys);

    await h.start();
    await waitFor(
      'the purge job to remove the bytes',
      async () => (await storedKeys(h.storage, keys)).length === 0,
    );
    await waitFor('the rows to go', async () =>
      Object.values(await blobStates(h.db.orm, keys)).every((s) => s === 'gone'),
    );
    await waitFor('the log line', () => h.logs.some((l) => l.msg === 'content purged: 4 blobs'));
  });

  it('an asset deleted while the worker runs: its bytes are gone soon after', async () => {
    const { id, key } = await world.upload('single.txt');
    await deleteAsset(await world.scope(), { assetId: id });
    await waitFor('the bytes to go', async () => (await storedKeys(h.storage, [key])).length === 0);
    await waitFor('the row to go', async () => (await blobStates(h.db.orm, [key]))[key] === 'gone');
  });

  it('a purge job lost between the commit and the enqueue: the sweep purges the bytes', async () => {
    const { folderId, keys } = await folderOfFiles('Lost job', 2);
    await deleteFolder(await world.scope(lostJobs), { folderId });
    expect(await storedKeys(h.storage, keys)).toEqual(keys);
    const done = await sweep({}, h.context());
    expect(done).toMatch(/purged [1-9]/);
    expect(await storedKeys(h.storage, keys)).toEqual([]);
    expect(Object.values(await blobStates(h.db.orm, keys))).toEqual(keys.map(() => 'gone'));
  });

  it('a purge killed between deleting the bytes and the row: the next run finishes it without error', async () => {
    const { folderId, keys } = await folderOfFiles('Half purged', 2);
    await deleteFolder(await world.scope(lostJobs), { folderId });
    // The first run got as far as the bytes of two blobs.
    await h.storage.delete(keys[0]!);
    await h.storage.delete(keys[1]!);
    expect(await purgeContentJob({ orgId: world.orgId }, h.context())).toMatch(/^purged [1-9]/);
    expect(await storedKeys(h.storage, keys)).toEqual([]);
    expect(Object.values(await blobStates(h.db.orm, keys))).toEqual(keys.map(() => 'gone'));
  });

  it('two purges at once, then a third: each blob purged once, no errors', async () => {
    const { folderId, keys } = await folderOfFiles('Twice', 12);
    await deleteFolder(await world.scope(lostJobs), { folderId });
    const { storage, deletes } = counting(h.storage);
    const results = await Promise.all([
      purgeContentJob({ orgId: world.orgId }, { ...h.context(), storage }),
      purgeContentJob({ orgId: world.orgId }, { ...h.context(), storage }),
    ]);
    const purged = results.map((r) => Number(/^purged (\d+)/.exec(r)![1]));
    expect(purged[0]! + purged[1]!).toBe(keys.length);
    expect(await storedKeys(h.storage, keys)).toEqual([]);
    expect(Object.values(await blobStates(h.db.orm, keys))).toEqual(keys.map(() => 'gone'));
    for (const key of keys) expect(deletes.get(key) ?? 0, key).toBeGreaterThanOrEqual(1);
    expect(await purgeContentJob({ orgId: world.orgId }, { ...h.context(), storage })).toBe('purged 0');
  });

  it('two workers taking purge jobs at once: every byte and row goes, no job fails', async () => {
    await h.start(); // a second worker beside the first one's
    const folders = await Promise.all(
      ['One', 'Two', 'Three'].map((name) => folderOfFiles(`Pair ${name}`, 4)),
    );
    await Promise.all(folders.map(async ({ folderId }) => deleteFolder(await world.scope(), { folderId })));
    const keys = folders.flatMap((f) => f.keys);
    await waitFor('every byte to go', async () => (await storedKeys(h.storage, keys)).length === 0);
    await waitFor('every row to go', async () =>
      Object.values(await blobStates(h.db.orm, keys)).every((s) => s === 'gone'),
    );
    expect(h.logs.filter((l) => typeof l.msg === 'string' && l.msg.startsWith('job failed'))).toEqual([]);
  });
});
